package org.genaiplan.ui.tracking;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genaiplan.export.EarnedValueCharts;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.schedule.tracking.EarnedValue;
import org.genaiplan.schedule.tracking.EvCurve;
import org.genaiplan.schedule.tracking.Figures;
import org.genaiplan.schedule.tracking.MonthlyPhasing;
import org.genaiplan.ui.PlanEditor;
import org.jfree.chart.fx.ChartViewer;

/**
 * Project &gt; Earned value: the cumulative PV, EV and AC curves against the compared baseline, the figures at
 * the status date in money and in GPU-hours, the monthly burn and the month's alert. It follows the plan while
 * it is open.
 */
public final class EarnedValueWindow {
    private final PlanEditor editor;
    private final Stage stage = new Stage();
    private final Label heading = new Label();
    private final Label alert = new Label();
    private final GridPane figures = new GridPane();
    private final ChartViewer curves = new ChartViewer(null);
    private final ChartViewer burn = new ChartViewer(null);
    private final javafx.scene.control.TableView<TaskVariances.Row> tasks = TaskVariances.table();

    private EarnedValueWindow(Window owner, PlanEditor editor) {
        this.editor = editor;
        stage.initOwner(owner);
        stage.setTitle("Earned value");
        heading.getStyleClass().add("ev-heading");
        alert.getStyleClass().add("ev-alert");
        alert.setWrapText(true);
        figures.getStyleClass().add("ev-figures");
        figures.setId("evFigures");
        curves.setId("evCurves");
        burn.setId("evBurn");
        HBox lower = new HBox(figures, burn);
        HBox.setHgrow(burn, Priority.ALWAYS);
        javafx.scene.control.Tab chartsTab = new javafx.scene.control.Tab("Curves and figures");
        javafx.scene.control.Tab tasksTab = new javafx.scene.control.Tab("Tasks against the baseline", tasks);
        chartsTab.setClosable(false);
        tasksTab.setClosable(false);
        SplitPane split = new SplitPane(curves, lower);
        chartsTab.setContent(split);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(chartsTab, tasksTab);
        tabs.setId("evTabs");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(heading, alert));
        root.getStyleClass().add("ev-window");
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(EarnedValueWindow.class.getResource("tracking.css").toExternalForm());
        stage.setScene(scene);
        editor.addChangeListener(change -> {
            if (stage.isShowing()) {
                refresh();
            }
        });
    }

    /** Opens the window for the plan in {@code editor}; the plan must have a baseline. */
    public static EarnedValueWindow show(Window owner, PlanEditor editor) {
        EarnedValueWindow w = new EarnedValueWindow(owner, editor);
        w.refresh();
        w.stage.show();
        return w;
    }

    private void refresh() {
        Plan plan = editor.plan();
        Baseline baseline = plan == null ? null : plan.tracking().comparedBaseline();
        if (baseline == null) {
            heading.setText("The plan has no baseline: save one with Project > Save baseline.");
            figures.getChildren().clear();
            alert.setVisible(false);
            return;
        }
        LocalDate status = plan.statusDate() != null ? plan.statusDate() : LocalDate.now();
        EarnedValue ev = EarnedValue.of(plan, baseline, status);
        MonthlyPhasing phasing = MonthlyPhasing.of(plan, baseline, status);
        heading.setText("Earned value at " + status + " against baseline \u201c" + baseline.name() + "\u201d"
                + (plan.statusDate() == null ? " (no status date set: today)" : ""));
        alert.setText(phasing.alert().map(a -> a.message()).orElse(""));
        alert.setVisible(phasing.alert().isPresent());
        alert.setManaged(phasing.alert().isPresent());
        String currency = plan.currency();
        curves.setChart(EarnedValueCharts.curves(EvCurve.of(plan, baseline, status), status,
                ev.money().bac().doubleValue(), currency));
        burn.setChart(EarnedValueCharts.monthlyBurn(phasing.months(), currency));
        fill(ev.money(), ev.gpuHours(), currency);
        TaskVariances.fill(tasks, plan, baseline, ev);
    }

    private void fill(Figures m, Figures g, String currency) {
        figures.getChildren().clear();
        header(0, "");
        header(1, currency);
        header(2, "GPU-hours");
        row(1, "BAC", m.bac(), g.bac());
        row(2, "PV", m.pv(), g.pv());
        row(3, "EV", m.ev(), g.ev());
        row(4, "AC", m.ac(), g.ac());
        row(5, "SV", m.sv(), g.sv());
        row(6, "CV", m.cv(), g.cv());
        row(7, "SPI", m.spi(), g.spi());
        row(8, "CPI", m.cpi(), g.cpi());
        row(9, "EAC", m.eac(), g.eac());
        row(10, "ETC", m.etc(), g.etc());
        row(11, "VAC", m.vac(), g.vac());
        row(12, "TCPI", m.tcpi(), g.tcpi());
        Label method = new Label("EAC = " + m.method().formula());
        method.getStyleClass().add("ev-note");
        figures.add(method, 0, 13, 3, 1);
    }

    private void header(int column, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("ev-column-head");
        figures.add(l, column, 0);
    }

    private void row(int row, String name, BigDecimal money, BigDecimal hours) {
        Label n = new Label(name);
        n.getStyleClass().add("ev-name");
        Label a = value(money);
        Label b = value(hours);
        figures.addRow(row, n, a, b);
    }

    private static Label value(BigDecimal v) {
        Label l = new Label(v == null ? "n/a" : format(v));
        l.getStyleClass().add("ev-value");
        if (v != null && v.signum() < 0) {
            l.getStyleClass().add("ev-negative");
        }
        return l;
    }

    private static String format(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    Stage stage() {
        return stage;
    }
}
