package org.genaiplan.ui.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.export.CostCharts;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.TrainingEstimate;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.testing.Fixture;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Costs tab as a PM would: pick a task, add a compute line, read totals and charts, undo. */
@ExtendWith(RobotExtension.class)
class CostViewTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private CostView view() {
        return bench.window().costsView();
    }

    private void open(FxRobot robot, Plan plan) {
        robot.interact(() -> bench.editor().setSession(fixture.documents.session(plan), true));
    }

    private Plan templatePlan() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        if (plan.priceTable().gpu("H100") == null) {
            plan.setPriceTable(plan.priceTable().withGpu(new GpuPrice("H100", new BigDecimal("2.75"), 989, true)));
        }
        plan.changes().drain();
        return plan;
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the focus to a field as Tab would (a refusal note may cover it) and types a value with Enter. */
    private void typeInto(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        chord(robot, KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The planned amount the shown phase chart gives for {@code phase}. */
    private double chartPlanned(String phase) {
        CategoryDataset data = ((CategoryPlot) view().chart().getPlot()).getDataset();
        return data.getValue(CostCharts.PLANNED, phase).doubleValue();
    }

    private Task firstLeafWithOwner(Plan plan) {
        return plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && t.ownerRole() != null
                && t.durationMinutes() > 0).findFirst().orElseThrow();
    }

    @Test
    void computeLineOnATemplateTaskUpdatesTaskTotalsAndChartAndUndoes(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        Task task = firstLeafWithOwner(plan);
        String phase = CostReport.phaseOf(task);
        robot.interact(() -> bench.wbs().select(List.of(task.id())));
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isSameAs(bench.window().costsTab());
        assertThat(text(robot, "#costTaskTitle")).contains(task.name()).startsWith(plan.wbsCode(task));

        BigDecimal taskBefore = task.cost();
        BigDecimal plannedBefore = CostReport.of(plan, LocalDate.now()).total().planned();
        double chartBefore = chartPlanned(phase);
        assertThat(text(robot, "#summaryPlanned")).isEqualTo(MoneyText.format(plannedBefore));
        assertThat(text(robot, "#costTaskCost")).contains(MoneyText.format(taskBefore));

        robot.clickOn("#costAddLine");
        robot.clickOn("#costAdd-compute");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#costField-gpu-type").queryAs(ComboBox.class).setValue("H100"));
        typeInto(robot, "#costField-gpu-count", "4");
        typeInto(robot, "#costField-hours", "120");

        assertThat(task.costLines()).extracting(CostLine::input)
                .containsExactly(new ComputeCost("H100", 4, new BigDecimal("120")));
        BigDecimal delta = plan.priceTable().gpu("H100").pricePerHour().multiply(new BigDecimal("480"));
        assertThat(task.cost()).isEqualByComparingTo(taskBefore.add(delta));
        assertThat(text(robot, "#costTaskCost")).contains(MoneyText.format(taskBefore.add(delta)));
        assertThat(text(robot, "#summaryPlanned")).isEqualTo(MoneyText.format(plannedBefore.add(delta)));
        assertThat(chartPlanned(phase)).isCloseTo(chartBefore + delta.doubleValue(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(view().linesTable().getItems()).extracting(CostLineRow::planned)
                .contains(MoneyText.format(delta));
        assertThat(bench.main().titleProperty().get()).startsWith("*");

        // Undo the hours, the count, the GPU type and the added line: back where we started.
        robot.clickOn(view().linesTable());
        for (int i = 0; i < 4 && !task.costLines().isEmpty(); i++) {
            chord(robot, KeyCode.CONTROL, KeyCode.Z);
        }
        assertThat(task.costLines()).isEmpty();
        assertThat(task.cost()).isEqualByComparingTo(taskBefore);
        assertThat(text(robot, "#summaryPlanned")).isEqualTo(MoneyText.format(plannedBefore));
        assertThat(text(robot, "#costTaskCost")).contains(MoneyText.format(taskBefore));
        assertThat(chartPlanned(phase)).isCloseTo(chartBefore, org.assertj.core.data.Offset.offset(0.005));
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isSameAs(bench.window().costsTab());

        chord(robot, KeyCode.CONTROL, KeyCode.Y);
        assertThat(task.costLines()).hasSize(1);
    }

    @Test
    void selectingAnotherTaskInTheWbsShowsItsLines(FxRobot robot) {
        Plan plan = templatePlan();
        Task a = firstLeafWithOwner(plan);
        Task b = plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && t != a).findFirst().orElseThrow();
        b.setCostLines(List.of(new CostLine("GPU box", new OtherCost(new BigDecimal("1500")), null)));
        plan.changes().drain();
        open(robot, plan);
        robot.interact(() -> bench.window().tabs().getSelectionModel().select(bench.window().costsTab()));
        robot.interact(() -> bench.wbs().select(List.of(a.id())));
        assertThat(view().linesTable().getItems()).hasSize(1).first().matches(CostLineRow::isWork);
        robot.interact(() -> bench.wbs().select(List.of(b.id())));
        assertThat(text(robot, "#costTaskTitle")).contains(b.name());
        assertThat(view().linesTable().getItems()).extracting(CostLineRow::description).contains("GPU box");
    }

    @Test
    void theTaskPickerEditsATaskThatIsNotSelectedInTheWbs(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        Task selected = firstLeafWithOwner(plan);
        List<Task> leaves = plan.tasksInOrder().stream().filter(t -> !t.hasChildren()).toList();
        Task other = leaves.stream().filter(t -> t.costLines().isEmpty() && !t.isMilestone() && t != selected)
                .reduce((a, b) -> b).orElseThrow(); // a late task without cost lines
        robot.interact(() -> bench.wbs().select(List.of(selected.id())));
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        @SuppressWarnings("unchecked")
        ComboBox<org.genaiplan.ui.TaskChoice> picker = robot.lookup("#costTaskPicker").queryAs(ComboBox.class);
        assertThat(picker.getValue().taskId()).as("the picker follows the WBS").isEqualTo(selected.id());

        // Search by WBS code and a word of the name, Enter picks.
        robot.clickOn(picker);
        // the search field is in a pop-up: type once it shows, or the first letters miss it
        waitUntil(picker::isShowing);
        robot.write(plan.wbsCode(other) + " " + other.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue().taskId()).isEqualTo(other.id());
        assertThat(view().viewModel().costLines().taskId()).isEqualTo(other.id());
        assertThat(bench.selection().selectedIds()).as("picked here, selected in the WBS").containsExactly(other.id());

        robot.clickOn("#costAddLine");
        robot.clickOn("#costAdd-compute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other.costLines()).hasSize(1);
        assertThat(selected.costLines()).isEmpty();

        // Searching by name alone finds a task too; Esc goes back without picking.
        robot.clickOn(picker);
        robot.write(selected.name());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().viewModel().costLines().taskId()).isEqualTo(other.id());
        assertThat(picker.getValue()).as("the picker shows the task still shown").isNotNull();
        assertThat(picker.getValue().taskId()).isEqualTo(other.id());

        // And it still follows the WBS.
        robot.interact(() -> bench.wbs().select(List.of(selected.id())));
        assertThat(picker.getValue().taskId()).isEqualTo(selected.id());
        assertThat(view().linesTable().getItems()).hasSize(1);
    }

    @Test
    void invalidInputsAreRefusedAtTheFieldAndChangeNothing(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        Task task = firstLeafWithOwner(plan);
        robot.interact(() -> {
            bench.wbs().select(List.of(task.id()));
            bench.window().tabs().getSelectionModel().select(bench.window().costsTab());
        });
        robot.interact(() -> view().addLine(LineKind.COMPUTE));
        List<CostLine> added = task.costLines();
        String undoText = bench.editor().undoStack().undoTextProperty().get();

        typeInto(robot, "#costField-gpu-count", "-3");
        assertThat(view().fieldErrorText()).isEqualTo("The GPU count cannot be negative.");
        assertThat(bench.main().messageProperty().get()).isEqualTo("The GPU count cannot be negative.");
        assertThat(robot.lookup("#costField-gpu-count").queryAs(TextField.class).getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"));

        typeInto(robot, "#costField-hours", "lots");
        assertThat(view().fieldErrorText()).contains("Hours must be a number").contains("\"lots\"");
        typeInto(robot, "#costField-hours", "");
        assertThat(view().fieldErrorText()).isEqualTo("Hours is required.");

        assertThat(task.costLines()).isSameAs(added);
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo(undoText);

        // A price table cell refuses text too.
        int gpu = plan.priceTable().gpus().size() - 1;
        String[] error = new String[1];
        robot.interact(() -> error[0] = view().viewModel().prices().editGpu(gpu, PriceTableViewModel.GpuColumn.PRICE, "cheap"));
        assertThat(error[0]).contains("must be a number");
        assertThat(plan.priceTable().gpus().get(gpu).example()).isTrue();

        // A GPU type the price table does not list: the line warns and counts as zero.
        robot.interact(() -> robot.lookup("#costField-gpu-type").queryAs(ComboBox.class).setValue("TPU v9"));
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup("#lineWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("The price table has no GPU type \"TPU v9\".");
    }

    @Test
    void editingAnExamplePriceClearsTheFlagAndUndoRestoresIt(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        int gpu = plan.priceTable().gpus().size() - 1;
        GpuPrice before = plan.priceTable().gpus().get(gpu);
        assertThat(before.example()).isTrue();
        robot.interact(() -> assertThat(view().viewModel().prices().editGpu(gpu, PriceTableViewModel.GpuColumn.PRICE, "3.10")).isNull());
        assertThat(plan.priceTable().gpus().get(gpu)).isEqualTo(new GpuPrice(before.name(), new BigDecimal("3.10"),
                before.peakTflops(), false));
        robot.interact(() -> view().viewModel().undo());
        assertThat(plan.priceTable().gpus().get(gpu)).isEqualTo(before);
    }

    @Test
    void badgeShowsTheWorstBudgetAlertAndOpensTheCostsTab(FxRobot robot) {
        Plan plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
        Task t = plan.addTask(null, "Buy GPUs");
        t.setDurationMinutes(480);
        t.setCostLines(List.of(new CostLine(new OtherCost(new BigDecimal("900")))));
        plan.changes().drain();
        open(robot, plan);
        Label badge = robot.lookup("#budgetBadge").queryAs(Label.class);
        assertThat(badge.isVisible()).isFalse();

        robot.interact(() -> view().viewModel().budget().setPlanBudget("1,000"));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Forecast 90 % of budget");
        assertThat(badge.getStyleClass()).contains("budget-90").doesNotContain("budget-75");

        robot.interact(() -> view().viewModel().budget().setPlanBudget("1000.01"));
        assertThat(badge.getText()).isEqualTo("Forecast 89 % of budget");
        assertThat(badge.getStyleClass()).contains("budget-75").doesNotContain("budget-90");

        robot.interact(() -> view().viewModel().budget().setPlanBudget("900"));
        assertThat(badge.getStyleClass()).contains("budget-100");
        assertThat(view().viewModel().budget().alerts()).extracting(a -> a.message())
                .contains("Forecast for the plan has reached 100 % of the plan's budget (100 %).");

        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isNotSameAs(bench.window().costsTab());
        robot.clickOn(badge);
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isSameAs(bench.window().costsTab());

        robot.interact(() -> view().viewModel().budget().setPlanBudget("zero"));
        assertThat(plan.budget().total()).isEqualByComparingTo("900");
        robot.interact(() -> view().viewModel().budget().setPlanBudget(""));
        assertThat(badge.isVisible()).isFalse();
    }

    @Test
    void trainingHelperAddsAComputeLineAndFillsTheSelectedOne(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        Task task = firstLeafWithOwner(plan);
        robot.interact(() -> {
            bench.wbs().select(List.of(task.id()));
            bench.window().tabs().getSelectionModel().select(bench.window().costsTab());
        });
        robot.clickOn("#costTrainingHelper");
        robot.interact(() -> robot.lookup("#trainingGpuType").queryAs(ComboBox.class).setValue("H100"));
        assertThat(robot.lookup("#trainingPeak").queryAs(TextField.class).getText()).isEqualTo(
                new BigDecimal(Double.toString(plan.priceTable().gpu("H100").peakTflops())).stripTrailingZeros()
                        .toPlainString());
        robot.interact(() -> {
            robot.lookup("#trainingParameters").queryAs(TextField.class).setText("7B");
            robot.lookup("#trainingTokens").queryAs(TextField.class).setText("2B");
            robot.lookup("#trainingMethod").queryAs(ComboBox.class).setValue(TrainingEstimate.Method.FULL);
            robot.lookup("#trainingGpus").queryAs(TextField.class).setText("8");
            robot.lookup("#trainingUtilisation").queryAs(TextField.class).setText("40");
        });
        TrainingEstimate expected = new TrainingEstimate(7e9, 2e9, TrainingEstimate.Method.FULL, 8,
                plan.priceTable().gpu("H100").peakTflops(), 0.4);
        assertThat(robot.lookup("#trainingResult").queryAs(Label.class).getText())
                .contains(expected.wallClockHours().toPlainString() + " hours");
        robot.clickOn("Add compute line");
        assertThat(task.costLines()).extracting(CostLine::input).containsExactly(expected.toComputeCost("H100"));
        assertThat(task.costLines().getFirst().description()).contains("7B").contains("2B");

        assertThat(view().selectedLine()).isZero();
        robot.clickOn("#costTrainingHelper");
        robot.interact(() -> robot.lookup("#trainingGpus").queryAs(TextField.class).setText("4"));
        robot.clickOn("Fill selected line");
        ComputeCost filled = (ComputeCost) task.costLines().getFirst().input();
        assertThat(filled.gpuCount()).isEqualTo(4);
        assertThat(filled.hours()).isGreaterThan(expected.wallClockHours());
        assertThat(task.costLines()).hasSize(1);
    }

    private javafx.scene.control.TableCell<?, ?> cell(FxRobot robot, String table, int row, int column) {
        javafx.scene.control.TableView<?> view = robot.lookup(table).queryAs(javafx.scene.control.TableView.class);
        return robot.from(view).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() == view.getColumns().get(column) && !c.isEmpty())
                .findFirst().orElseThrow();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not get there within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInCell(FxRobot robot, String table, int row, int column, String text) {
        javafx.scene.control.TableCell<?, ?> cell = cell(robot, table, row, column);
        robot.doubleClickOn(cell);
        waitUntil(cell::isEditing); // the cell's text field takes the keys once it is there
        chord(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pricesAndBudgetsAreTypedIntoTheirTables(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        robot.interact(() -> {
            bench.window().tabs().getSelectionModel().select(bench.window().costsTab());
            view().showSide("Prices");
        });
        int row = plan.priceTable().gpus().size() - 1;
        GpuPrice before = plan.priceTable().gpus().get(row);
        assertThat(cell(robot, "#gpuTable", row, 3).getGraphic()).isNotNull(); // the "example" tag

        typeInCell(robot, "#gpuTable", row, 1, "cheap");
        assertThat(view().fieldErrorText()).startsWith("The price per GPU-hour must be a number");
        assertThat(plan.priceTable().gpus().get(row)).isEqualTo(before);

        typeInCell(robot, "#gpuTable", row, 1, "3.10");
        assertThat(plan.priceTable().gpus().get(row).pricePerHour()).isEqualByComparingTo("3.10");
        assertThat(plan.priceTable().gpus().get(row).example()).isFalse();
        assertThat(cell(robot, "#gpuTable", row, 3).getGraphic()).isNull();

        robot.interact(() -> view().showSide("Budget"));
        typeInCell(robot, "#budgetTable", 0, 1, "-5");
        assertThat(view().fieldErrorText()).isEqualTo("The plan budget cannot be negative.");
        assertThat(plan.budget().total()).isNull();
        typeInCell(robot, "#budgetTable", 0, 1, "250,000");
        assertThat(plan.budget().total()).isEqualByComparingTo("250000");
        assertThat(text(robot, "#summaryBudget")).isEqualTo("250,000.00");
        String phase = view().viewModel().budget().budgetRows().get(1).phase();
        typeInCell(robot, "#budgetTable", 1, 1, "1000");
        assertThat(plan.budget().phase(phase)).isEqualByComparingTo("1000");
        assertThat(view().viewModel().budget().alerts()).extracting(a -> a.phase()).contains(phase);
        assertThat(robot.lookup("#budgetAlerts").queryListView().getItems()).isNotEmpty();
    }

    @Test
    void ownersWorkActualIsTypedInTheFirstRowAndDeleteRemovesALine(FxRobot robot) {
        Plan plan = templatePlan();
        open(robot, plan);
        Task task = firstLeafWithOwner(plan);
        robot.interact(() -> {
            bench.wbs().select(List.of(task.id()));
            bench.window().tabs().getSelectionModel().select(bench.window().costsTab());
        });
        typeInCell(robot, "#costLinesTable", 0, 4, "1,200");
        assertThat(task.workActualCost()).isEqualByComparingTo("1200");
        assertThat(text(robot, "#summaryActual")).isEqualTo("1,200.00");
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Actual Cost");

        robot.doubleClickOn(cell(robot, "#costLinesTable", 0, 1));
        assertThat(view().isEditing()).isFalse(); // the first row's description comes from the WBS

        robot.interact(() -> view().addLine(LineKind.OTHER));
        typeInCell(robot, "#costLinesTable", 1, 1, "Vector database licence");
        assertThat(task.costLines().getFirst().description()).isEqualTo("Vector database licence");
        robot.clickOn(cell(robot, "#costLinesTable", 1, 0));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.costLines()).isEmpty();
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(task.costLines()).extracting(CostLine::description).containsExactly("Vector database licence");
    }
}
