package org.genaiplan.export;

import java.time.LocalDate;
import org.genaiplan.export.pdf.GanttPicture;
import org.genaiplan.export.pdf.PageSetup;
import org.genaiplan.model.Plan;

/**
 * The Summary sheet's Gantt picture when none is given: the whole plan with its task names, drawn by
 * {@link GanttPicture} (the PDF report's drawing), so the window's workbook and the command line's match. The zoom
 * keeps the chart about a landscape page wide; a plan too tall for a sheet gets a note instead.
 */
final class SummaryGantt {
    /** Pixels per point: sharp when Excel shows the picture at a page's width. */
    static final double SCALE = 1.5;
    /** The chart part is kept about this wide, in points, by the zoom. */
    static final double CHART_POINTS = 900;
    /** Plans with more tasks get a note, not a picture (the Gantt sheet has every task). */
    static final int MAX_ROWS = 300;

    private SummaryGantt() {
    }

    /** The PNG, or null when the plan has more than {@link #MAX_ROWS} tasks or nothing scheduled. */
    static byte[] png(Plan plan, LocalDate today) {
        if (plan.taskCount() == 0 || plan.taskCount() > MAX_ROWS) {
            return null;
        }
        PageSetup.Zoom zoom = GanttPicture.zoomToFit(plan, CHART_POINTS);
        try {
            return GanttPicture.of(plan, zoom, null, null, today).png(SCALE);
        } catch (GanttPicture.TooLargeException e) {
            return null;
        }
    }

    /** The sentence on the Summary sheet when the plan is too large for a picture. */
    static String tooLarge(Plan plan) {
        return "The plan has " + plan.taskCount() + " tasks, too many for a picture here; the Gantt sheet shows them"
                + " all.";
    }
}
