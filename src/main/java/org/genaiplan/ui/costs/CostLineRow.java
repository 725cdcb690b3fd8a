package org.genaiplan.ui.costs;

/**
 * One row of the task's cost table. {@code index} is the line's position in the task's cost lines, or
 * {@link #WORK} for the first row (the owner's work and fixed cost from the WBS). {@code warning} names a
 * missing price, or is null.
 */
public record CostLineRow(int index, String kind, String description, String inputs, String planned, String actual,
                          String warning) {
    public static final int WORK = -1;

    public boolean isWork() {
        return index == WORK;
    }
}
