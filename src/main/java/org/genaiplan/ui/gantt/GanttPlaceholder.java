package org.genaiplan.ui.gantt;

import org.genaiplan.ui.ComingSoonPane;

/** The Gantt tab until the chart is built. */
public final class GanttPlaceholder extends ComingSoonPane {
    public GanttPlaceholder() {
        super("mdi2c-chart-gantt", "Gantt chart \u2014 coming",
                "Bars beside the WBS rows, summary bars, milestones, dependency arrows and the critical path "
                        + "will appear here. Rows you select in the WBS will be selected here too.");
    }
}
