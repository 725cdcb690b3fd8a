package org.genaiplan.ui.gantt.layout;

import org.genaiplan.model.Task;

/** The rows the chart shows, top to bottom: the WBS sheet's visible (expanded) rows. */
public interface RowSource {
    int rowCount();

    /** The task of a row, 0 &lt;= row &lt; rowCount(). */
    Task task(int row);

    /** The row showing a task, or -1 when it is hidden (under a collapsed summary) or unknown. */
    int rowOf(long taskId);

    /** Changes whenever the rows change (added, removed, moved, shown or hidden); a fixed list keeps 0. */
    default long version() {
        return 0;
    }

    /**
     * Changes whenever anything the rows show may have changed (dates, criticality, names), so that what is
     * drawn from them needs no second look while it stays; below zero (the default) when not known.
     */
    default long contentVersion() {
        return -1;
    }

    /** The sentence naming the over-allocated resource and weeks while a task works in one, else null. */
    default String overAllocation(long taskId) {
        return null;
    }
}
