package org.genaiplan.ui.costs;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Cost by phase, cost by category and the S-curve (cumulative planned and actual cost over time). The chart
 * is only rebuilt while it is on screen; a change made elsewhere marks it stale and it is rebuilt when shown.
 */
final class ChartPane extends BorderPane {
    /** The three charts the pane can show. */
    enum Kind { BY_PHASE, BY_CATEGORY, S_CURVE }

    private final CostViewModel viewModel;
    private final CostChartSource source;
    private final ToggleGroup group = new ToggleGroup();
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label empty = new Label("No costs yet: add cost lines, owners with rates or fixed costs.");
    private boolean showing;
    private boolean stale = true;
    private JFreeChart chart;
    private long builds;

    ChartPane(CostViewModel viewModel, CostChartSource source) {
        this.viewModel = viewModel;
        this.source = source;
        getStyleClass().add("chart-pane");
        ToggleButton phase = toggle("By phase", Kind.BY_PHASE, "chartByPhase",
                "Planned, forecast and actual cost of each lifecycle phase");
        ToggleButton category = toggle("By category", Kind.BY_CATEGORY, "chartByCategory",
                "Planned, forecast and actual cost of people, compute, API tokens, data and other costs");
        ToggleButton curve = toggle("S-curve", Kind.S_CURVE, "chartSCurve",
                "Cumulative planned cost over the schedule against the actual cost spent up to today");
        phase.setSelected(true);
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true); // one chart is always chosen
                return;
            }
            stale = true;
            refresh();
        });
        HBox bar = new HBox(0, phase, category, curve);
        bar.getStyleClass().add("chart-switch");
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        viewer.setId("costChart");
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        StackPane center = new StackPane(viewer, empty);
        setCenter(center);
        viewModel.reportProperty().addListener((obs, o, n) -> {
            stale = true;
            refresh();
        });
    }

    private ToggleButton toggle(String text, Kind kind, String id, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(kind);
        b.setToggleGroup(group);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("chart-toggle");
        return b;
    }

    /** Whether the chart is on screen; it is rebuilt as soon as it is shown after a change. */
    void setShowing(boolean showing) {
        this.showing = showing;
        refresh();
    }

    private void refresh() {
        if (!showing || !stale) {
            return;
        }
        CostReport report = viewModel.reportProperty().get();
        stale = false;
        if (report == null) {
            // no plan open: the viewer keeps its last chart hidden (it takes no null chart)
            chart = null;
            viewer.setVisible(false);
            empty.setVisible(true);
            return;
        }
        viewer.setVisible(true);
        String currency = viewModel.currencyProperty().get();
        chart = switch (kind()) {
            case BY_PHASE -> source.byPhase(report, currency);
            case BY_CATEGORY -> source.byCategory(report, currency);
            case S_CURVE -> source.sCurve(report, currency, viewModel.today());
        };
        builds++;
        viewer.setChart(chart);
        empty.setVisible(report.items().isEmpty());
    }

    Kind kind() {
        return group.getSelectedToggle() == null ? Kind.BY_PHASE : (Kind) group.getSelectedToggle().getUserData();
    }

    void show(Kind kind) {
        group.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst().ifPresent(t -> t.setSelected(true));
    }

    /** The chart now shown, or null. */
    JFreeChart chart() {
        return chart;
    }

    long builds() {
        return builds;
    }
}
