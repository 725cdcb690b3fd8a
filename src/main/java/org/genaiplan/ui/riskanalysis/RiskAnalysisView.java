package org.genaiplan.ui.riskanalysis;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.export.RiskCharts;
import org.genaiplan.schedule.SimulationResult;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Risk analysis tab: Run (with progress and Cancel), the inputs in a sentence, P10 / P50 / P80 / P90
 * finish and cost before and after mitigation with the deadline and budget probabilities and the contingency
 * the P80 needs, the distribution (finish or cost) with its cumulative curve, the tornado of drivers and the
 * criticality index of the tasks that drive the finish.
 */
public final class RiskAnalysisView extends BorderPane {
    private final RiskAnalysisViewModel model;
    private final GridPane results = new GridPane();
    private final Label inputs = new Label("Run the analysis to see how likely the plan's dates and budget are.");
    private final Label staleNote = new Label("The plan has changed since this run: run it again.");
    private final ChartViewer distribution = new ChartViewer(null);
    private final ChartViewer tornado = new ChartViewer(null);
    private final ToggleGroup curve = new ToggleGroup();
    private final TableView<RiskAnalysisViewModel.Criticality> critical = new TableView<>();

    public RiskAnalysisView(RiskAnalysisViewModel model) {
        this.model = model;
        getStyleClass().add("risk-analysis");
        getStylesheets().add(RiskAnalysisView.class.getResource("/org/genaiplan/ui/risk-analysis.css").toExternalForm());
        setTop(toolbar());
        results.getStyleClass().add("risk-results");
        results.setId("riskResults");
        inputs.setWrapText(true);
        inputs.getStyleClass().add("risk-inputs");
        staleNote.getStyleClass().add("risk-stale");
        staleNote.visibleProperty().bind(model.staleProperty());
        staleNote.managedProperty().bind(model.staleProperty());
        criticalTable();
        VBox left = new VBox(8, inputs, staleNote, results, new Label("Criticality index: how often a task drives the finish"), critical);
        left.getStyleClass().add("risk-left");
        VBox.setVgrow(critical, Priority.ALWAYS);
        ToggleButton finish = toggle("Finish", "finish");
        ToggleButton cost = toggle("Cost", "cost");
        ToggleButton joint = toggle("Finish and cost", "joint");
        finish.setSelected(true);
        curve.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
                return;
            }
            charts();
        });
        HBox switcher = new HBox(0, finish, cost, joint);
        switcher.getStyleClass().add("chart-switch");
        distribution.setId("riskDistribution");
        tornado.setId("riskTornado");
        SplitPane chartSplit = new SplitPane(new VBox(4, switcher, distribution), tornado);
        chartSplit.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(distribution, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, chartSplit);
        split.setDividerPositions(0.42);
        setCenter(split);
        model.outcomeProperty().addListener((obs, o, n) -> show(n));
        show(model.outcomeProperty().get());
    }

    /**
     * The status bar's note of the last run: "P80 finish 2027-06-14" (marked when the plan changed since), hidden
     * before a run; clicking it shows the tab.
     */
    public static Label badge(RiskAnalysisViewModel model, Runnable show) {
        Label badge = new Label();
        badge.setId("riskBadge");
        badge.getStyleClass().add("risk-badge");
        badge.setTooltip(new Tooltip("The finish the risk analysis gives 80 % confidence in, before mitigation"));
        Runnable update = () -> {
            RiskAnalysisViewModel.Outcome o = model.outcomeProperty().get();
            badge.setVisible(o != null);
            badge.setManaged(o != null);
            if (o != null) {
                badge.setText("P80 finish " + o.inherent().percentile(80).finish()
                        + (model.staleProperty().get() ? " (out of date)" : ""));
            }
        };
        model.outcomeProperty().addListener((obs, a, b) -> update.run());
        model.staleProperty().addListener((obs, a, b) -> update.run());
        update.run();
        badge.setOnMouseClicked(e -> show.run());
        return badge;
    }

    private HBox toolbar() {
        Button run = new Button("Run analysis");
        run.setId("riskRun");
        run.setDefaultButton(false);
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("riskCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ChoiceBox<Integer> iterations = new ChoiceBox<>();
        iterations.getItems().addAll(1_000, 5_000, 10_000, 50_000, 100_000);
        iterations.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : String.format(Locale.ROOT, "%,d", n);
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace(",", ""));
            }
        });
        iterations.setValue(model.iterationsProperty().get());
        iterations.valueProperty().addListener((obs, o, n) -> model.iterationsProperty().set(n));
        iterations.setTooltip(new Tooltip("How many times the plan is rescheduled with drawn durations and risks"));
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip("The same seed gives the same result"));
        seed.textProperty().addListener((obs, o, n) -> {
            try {
                model.seedProperty().set(Long.parseLong(n.strip()));
            } catch (NumberFormatException ex) {
                // keeps the last whole number
            }
        });
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        HBox box = new HBox(8, run, cancel, new Label("Iterations"), iterations, new Label("Seed"), seed, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("risk-toolbar");
        return box;
    }

    private ToggleButton toggle(String text, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(curve);
        b.setUserData(id);
        b.setId("riskChart" + text.replace(" ", ""));
        b.getStyleClass().add("chart-toggle");
        return b;
    }

    private void criticalTable() {
        TableColumn<RiskAnalysisViewModel.Criticality, String> wbs = new TableColumn<>("WBS");
        wbs.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().wbs()));
        TableColumn<RiskAnalysisViewModel.Criticality, String> name = new TableColumn<>("Task");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<RiskAnalysisViewModel.Criticality, String> index = new TableColumn<>("Criticality");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(percent(c.getValue().index())));
        index.getStyleClass().add("number-column");
        critical.getColumns().add(wbs);
        critical.getColumns().add(name);
        critical.getColumns().add(index);
        critical.setId("riskCriticality");
        critical.setPlaceholder(new Label("No run yet."));
        critical.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void show(RiskAnalysisViewModel.Outcome o) {
        results.getChildren().clear();
        if (o == null) {
            inputs.setText("Run the analysis to see how likely the plan's dates and budget are. Each task with a"
                    + " three-point estimate and each open risk linked to tasks takes part.");
            critical.getItems().clear();
            distribution.setVisible(false);
            tornado.setVisible(false);
            return;
        }
        SimulationResult a = o.inherent();
        SimulationResult b = o.residual();
        inputs.setText(String.format(Locale.ROOT, "%d tasks with three-point estimates and %d risks as drivers;"
                        + " %,d iterations, seed %d, Latin hypercube sampling.", o.uncertainTasks(), o.riskDrivers(),
                a.iterations(), a.settings().seed()));
        header(0, "", "Before mitigation", "After mitigation");
        header(1, "", "Finish", "Cost", "Finish", "Cost");
        int row = 2;
        long det = a.deterministicFinish();
        row(row++, "Plan", day(a, det), money(a.deterministicCost(), o.currency()), day(b, det),
                money(b.deterministicCost(), o.currency()));
        row(row++, "Confidence in the plan", percent(a.deterministicConfidence()), percent(a.deterministicCostConfidence()),
                percent(b.deterministicConfidence()), percent(b.deterministicCostConfidence()));
        for (int p : new int[] {10, 50, 80, 90}) {
            SimulationResult.Percentile x = a.percentile(p);
            SimulationResult.Percentile y = b.percentile(p);
            row(row++, "P" + p, x.finish() + days(x.workingDays()), money(x.cost(), o.currency()),
                    y.finish() + days(y.workingDays()), money(y.cost(), o.currency()));
        }
        row(row++, "Mean", workingDays(a.meanWorkingDays()), money(a.meanCost(), o.currency()),
                workingDays(b.meanWorkingDays()), money(b.meanCost(), o.currency()));
        SimulationResult.Percentile a80 = a.percentile(80);
        SimulationResult.Percentile b80 = b.percentile(80);
        row(row++, "Contingency for P80", contingencyDays(a, a80), money(Math.max(0, a80.cost() - a.deterministicCost()), o.currency()),
                contingencyDays(b, b80), money(Math.max(0, b80.cost() - b.deterministicCost()), o.currency()));
        if (a.deadlineProbability() != null || a.budgetProbability() != null) {
            row(row++, "Chance to meet deadline / budget",
                    a.deadlineProbability() == null ? "no deadline" : percent(a.deadlineProbability()),
                    a.budgetProbability() == null ? "no budget" : percent(a.budgetProbability()),
                    b.deadlineProbability() == null ? "no deadline" : percent(b.deadlineProbability()),
                    b.budgetProbability() == null ? "no budget" : percent(b.budgetProbability()));
        }
        critical.getItems().setAll(o.critical());
        charts();
    }

    private void charts() {
        RiskAnalysisViewModel.Outcome o = model.outcomeProperty().get();
        if (o == null) {
            return;
        }
        Object kind = curve.getSelectedToggle() == null ? "finish" : curve.getSelectedToggle().getUserData();
        distribution.setVisible(true);
        tornado.setVisible(true);
        distribution.setChart(switch ((String) kind) {
            case "cost" -> RiskCharts.cost(o.inherent(), o.residual(), o.currency());
            case "joint" -> RiskCharts.joint(o.inherent(), o.currency());
            default -> RiskCharts.finish(o.inherent(), o.residual());
        });
        tornado.setChart(RiskCharts.tornado(o.inherent(), 10));
    }

    private void header(int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            Label l = new Label(texts[c]);
            l.getStyleClass().add("risk-header");
            if (row == 0 && c > 0) {
                results.add(l, 1 + (c - 1) * 2, row, 2, 1);
            } else {
                results.add(l, c, row);
            }
        }
    }

    private void row(int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            Label l = new Label(texts[c]);
            l.getStyleClass().add(c == 0 ? "risk-measure" : "risk-value");
            if (texts[0].equals("P80") || texts[0].equals("P50")) {
                l.getStyleClass().add("risk-key");
            }
            l.setMinWidth(Region.USE_PREF_SIZE);
            results.add(l, c, row);
        }
    }

    private static String day(SimulationResult r, long minutes) {
        return r.finishDate(minutes) + days(r.workingDays(minutes));
    }

    private static String days(double d) {
        return String.format(Locale.ROOT, " (%.1f d)", d);
    }

    private static String workingDays(double d) {
        return String.format(Locale.ROOT, "%.1f working days", d);
    }

    private static String contingencyDays(SimulationResult r, SimulationResult.Percentile p) {
        return String.format(Locale.ROOT, "%.1f working days", Math.max(0, p.workingDays() - r.workingDays(r.deterministicFinish())));
    }

    private static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%,.0f %s", amount, currency);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
