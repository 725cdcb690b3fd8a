package org.genaiplan.export.pdf;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.schedule.PredecessorFormat;
import org.genaiplan.schedule.TaskIds;

/**
 * The WBS table pages: ID (the row number the predecessors use), WBS code, name (wrapped), duration, start,
 * finish, predecessors, owner and cost, summaries in bold, the header on every page.
 */
final class WbsPages {
    private WbsPages() {
    }

    static List<ReportPage> pages(Plan plan, ReportFonts fonts, Rectangle2D area) {
        String currency = plan.currency();
        TextTable table = new TextTable(fonts, area.getWidth(), List.of(
                TextTable.Column.number("ID", 28),
                TextTable.Column.text("WBS", 46),
                TextTable.Column.text("Task name", 0),
                TextTable.Column.number("Duration", 40),
                new TextTable.Column("Start", 56, false, false),
                new TextTable.Column("Finish", 56, false, false),
                TextTable.Column.text("Predecessors", 78),
                TextTable.Column.text("Owner", 78),
                TextTable.Column.number("Cost (" + currency + ")", 62)));
        TaskIds ids = new TaskIds(plan);
        PredecessorFormat predecessors = new PredecessorFormat(plan, ids);
        DurationFormat durations = new DurationFormat(plan.calendar());
        NumberFormat money = money();
        for (Task t : plan.tasksInOrder()) {
            table.add(t.hasChildren(), null, List.of(
                    Integer.toString(ids.idOf(t)),
                    plan.wbsCode(t),
                    t.name(),
                    durations.format(t.rolledUpDurationMinutes()),
                    t.start() == null ? "" : t.start().toLocalDate().format(GanttPages.DATE),
                    t.finish() == null ? "" : GanttPages.lastDay(t).format(GanttPages.DATE),
                    predecessors.format(t).replace(",", ", "),
                    t.ownerRole() == null ? "" : t.ownerRole(),
                    amount(money, t.cost())));
        }
        Flow flow = new Flow(PageSetup.Section.WBS, fonts, area);
        flow.table(null, table);
        if (table.size() == 0) {
            flow.note("The plan has no tasks.");
        }
        return flow.pages();
    }

    static NumberFormat money() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        format.setGroupingUsed(true);
        return format;
    }

    static String amount(NumberFormat format, BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : format.format(value);
    }
}
