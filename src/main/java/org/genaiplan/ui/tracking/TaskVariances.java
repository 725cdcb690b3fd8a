package org.genaiplan.ui.tracking;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.schedule.tracking.EarnedValue;
import org.genaiplan.schedule.tracking.Figures;

/**
 * The tracking table of the earned-value window: per task the baseline start, finish and cost beside today's,
 * the start and finish variances in working days and the task's own PV, EV, AC and CV.
 */
final class TaskVariances {
    /** One row, as text. */
    record Row(String wbs, String name, String baselineStart, String start, String startVariance,
               String baselineFinish, String finish, String finishVariance, String baselineCost, String pv,
               String ev, String ac, String cv) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private TaskVariances() {
    }

    static TableView<Row> table() {
        TableView<Row> table = new TableView<>();
        table.setId("evTasks");
        table.getColumns().addAll(List.of(column("WBS", Row::wbs, 60), column("Task", Row::name, 220),
                column("Baseline start", Row::baselineStart, 100), column("Start", Row::start, 100),
                column("Start var.", Row::startVariance, 70), column("Baseline finish", Row::baselineFinish, 100),
                column("Finish", Row::finish, 100), column("Finish var.", Row::finishVariance, 75),
                column("Baseline cost", Row::baselineCost, 100), column("PV", Row::pv, 90), column("EV", Row::ev, 90),
                column("AC", Row::ac, 90), column("CV", Row::cv, 90)));
        return table;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static void fill(TableView<Row> table, Plan plan, Baseline baseline, EarnedValue ev) {
        Map<Long, BaselineTask> planned = baseline.taskMap();
        org.genaiplan.schedule.WorkTime time = new org.genaiplan.schedule.WorkTime(plan.calendar(), plan.startDate());
        List<Row> rows = new ArrayList<>(plan.taskCount());
        for (EarnedValue.TaskValue v : ev.tasks()) {
            Task t = v.task();
            if (t == null) {
                continue;
            }
            BaselineTask b = planned.get(t.id());
            Figures f = v.money();
            rows.add(new Row(plan.wbsCode(t), t.name(), date(b == null ? null : b.start()), date(t.start()),
                    days(time, b == null ? null : b.start(), t.start()), date(b == null ? null : b.finish()),
                    date(t.finish()), days(time, b == null ? null : b.finish(), t.finish()),
                    b == null ? "not in baseline" : money(f.bac()), money(f.pv()), money(f.ev()), money(f.ac()),
                    money(f.cv())));
        }
        table.setItems(FXCollections.observableList(rows));
    }

    private static String date(LocalDateTime moment) {
        return moment == null ? "" : DATE.format(moment);
    }

    /** Working days from the baseline's moment to today's, signed: +2d is two days late. */
    private static String days(org.genaiplan.schedule.WorkTime time, LocalDateTime baseline, LocalDateTime now) {
        if (baseline == null || now == null) {
            return "";
        }
        double d = time.between(baseline, now) / (double) time.minutesPerDay();
        if (Math.abs(d) < 0.005) {
            return "0d";
        }
        String text = BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return (d > 0 ? "+" : "") + text + "d";
    }

    private static String money(BigDecimal v) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }
}
