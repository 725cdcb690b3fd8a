package org.genaiplan.ui.bench;

import java.time.LocalDate;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.window.FxDialogs;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.testing.MemoryClipboard;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.schedule.CpmScheduler;

/** Hand-run: shows the window over a template plan, to look at it (screenshots under Xvfb). */
public final class LookHarness extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        MemoryDocuments docs = new MemoryDocuments();
        Workbench bench = Workbench.create(new Workbench.Ports(docs, new ScheduleFormats(), CpmScheduler::new,
                FxDialogs::new, new RecentFiles(Preferences.userRoot().node("genaiplan-look")), new org.genaiplan.ui.testing.CurrentThreadTaskExecutor(),
                new MemoryClipboard(), new org.genaiplan.app.WorkbookExchange(), org.genaiplan.ui.FailureLog.NONE), stage, stage::hide);
        String id = getParameters().getRaw().isEmpty() ? "llm-chatbot" : getParameters().getRaw().getFirst();
        var plan = TemplateCatalog.load().template(id).instantiate(LocalDate.of(2026, 3, 2));
        bench.editor().setSession(docs.session(plan), false);
        stage.show();
        String show = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "";
        var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        pause.setOnFinished(e -> {
            var task = plan.taskByWbsCode("1.2.2");
            if (show.equals("error")) {
                bench.window().wbsView().startEdit(task.id(), org.genaiplan.ui.wbs.WbsColumn.DURATION);
                var field = (javafx.scene.control.TextField) stage.getScene().getFocusOwner();
                field.setText("abc");
                field.fireEvent(new javafx.event.ActionEvent());
            } else if (show.equals("menu")) {
                bench.wbs().select(java.util.List.of(task.id()));
                ((javafx.scene.control.MenuBar) stage.getScene().lookup("#menuBar")).getMenus().get(2).show();
            } else if (show.startsWith("costs")) {
                showCosts(bench, plan, show);
            } else if (show.equals("find")) {
                bench.window().wbsView().showFind();
            }
        });
        pause.play();
    }

    /** The Costs tab over a task with a compute line and a budget near its limit ("costs-budget", "costs-prices"). */
    private static void showCosts(Workbench bench, org.genaiplan.model.Plan plan, String show) {
        var vm = bench.window().costsView().viewModel();
        if (plan.priceTable().gpus().isEmpty()) {
            plan.setPriceTable(plan.priceTable()
                    .withGpu(new org.genaiplan.model.cost.GpuPrice("H100", new java.math.BigDecimal("2.75"), 989, true))
                    .withGpu(new org.genaiplan.model.cost.GpuPrice("A100", new java.math.BigDecimal("1.60"), 312, true))
                    .withModel(new org.genaiplan.model.cost.TokenPrice("gpt-class", new java.math.BigDecimal("2.50"),
                            new java.math.BigDecimal("10"), true)));
        }
        var task = plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && t.ownerRole() != null
                && t.name().toLowerCase(java.util.Locale.ROOT).contains("fine")).findFirst()
                .orElse(plan.tasksInOrder().stream().filter(t -> !t.hasChildren()).findFirst().orElseThrow());
        bench.wbs().select(java.util.List.of(task.id()));
        bench.window().tabs().getSelectionModel().select(bench.window().costsTab());
        int c = vm.costLines().addLine(org.genaiplan.ui.costs.LineKind.COMPUTE);
        vm.costLines().editInput(c, org.genaiplan.ui.costs.CostField.GPU_COUNT, "4");
        vm.costLines().editInput(c, org.genaiplan.ui.costs.CostField.HOURS, "120");
        vm.costLines().editDescription(c, "LoRA run, 3 epochs");
        int api = vm.costLines().addLine(org.genaiplan.ui.costs.LineKind.API);
        vm.costLines().editInput(api, org.genaiplan.ui.costs.CostField.REQUESTS, "10000");
        vm.costLines().editInput(api, org.genaiplan.ui.costs.CostField.INPUT_TOKENS, "500");
        vm.costLines().editInput(api, org.genaiplan.ui.costs.CostField.OUTPUT_TOKENS, "300");
        vm.costLines().editInput(api, org.genaiplan.ui.costs.CostField.MONTHS, "3");
        vm.costLines().editActual(-1, "1200");
        vm.refreshReport();
        java.math.BigDecimal forecast = vm.reportProperty().get().total().forecast();
        vm.budget().setPlanBudget(forecast.multiply(new java.math.BigDecimal("1.08")).setScale(0, java.math.RoundingMode.UP)
                .toPlainString());
        if (show.equals("costs-budget")) {
            bench.window().costsView().showSide("Budget");
        } else if (show.equals("costs-prices")) {
            bench.window().costsView().showSide("Prices");
        } else if (show.equals("costs-curve")) {
            bench.window().costsView().showChart("S_CURVE");
        } else if (show.equals("costs-category")) {
            bench.window().costsView().showChart("BY_CATEGORY");
        }
        bench.window().costsView().selectLine(show.equals("costs-api") ? api : c);
        if (show.equals("costs-api")) {
            vm.costLines().editInput(api, org.genaiplan.ui.costs.CostField.MODEL, "Claude-class");
        }
        if (show.equals("costs-training")) {
            javafx.application.Platform.runLater(() ->
                    ((javafx.scene.control.Button) bench.scene().lookup("#costTrainingHelper")).fire());
        }
    }
}
