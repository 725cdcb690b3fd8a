package org.genaiplan.ui.wbs;

import org.genaiplan.ui.rows.TaskRow;

/** The columns of the WBS sheet, their headers, tooltips and which rows may be typed into. */
public enum WbsColumn {
    ID("ID", false, 52),
    WBS("WBS", false, 76),
    NAME("Task name", true, 270),
    DURATION("Duration", false, 74),
    START("Start", false, 134),
    FINISH("Finish", false, 134),
    DEADLINE("Deadline", true, 92),
    PREDECESSORS("Predecessors", true, 104),
    PERCENT("% Complete", false, 92),
    SLACK("Total slack", false, 86),
    OWNER("Owner", true, 132),
    COST("Cost", false, 108),
    PHASE("Phase", true, 120),
    NOTES("Notes", true, 54),
    RISKS("Risks", false, 56),
    /** Shown only while the plan has a baseline (see {@link #baseline()}). */
    BASELINE_START("Baseline start", false, 134),
    BASELINE_FINISH("Baseline finish", false, 134),
    FINISH_VARIANCE("Finish var.", false, 84);

    private final String header;
    private final boolean editableOnSummary;
    private final double width;

    WbsColumn(String header, boolean editableOnSummary, double width) {
        this.header = header;
        this.editableOnSummary = editableOnSummary;
        this.width = width;
    }

    public String header() {
        return header;
    }

    /** The column's width when the sheet opens, in pixels. */
    public double width() {
        return width;
    }

    /** What the column holds and how to type into it (the header's tooltip). */
    public String help() {
        return switch (this) {
            case ID -> "The row number, as in MS Project: predecessors name tasks by it. Double-click it for "
                    + "the task's information.";
            case WBS -> "The outline code, from the task's place in the outline. Indent, outdent or move to change it.";
            case NAME -> "The task's name. Type to replace it, F2 to change it; Enter keeps the change and goes down.";
            case DURATION -> org.genaiplan.schedule.DurationFormat.HELP + " 0 makes a milestone.";
            case START -> org.genaiplan.ui.command.DateEntry.START_HELP;
            case FINISH -> org.genaiplan.ui.command.DateEntry.FINISH_HELP;
            case DEADLINE -> "The date the task should be done by, as MS Project's Deadline; a summary's applies to all "
                    + "of its work. It never moves the task: one finishing later is late (negative slack), and the "
                    + "Gantt chart marks the date with an arrow. Type a date or pick one (Alt+Down); blank removes it.";
            case PREDECESSORS -> org.genaiplan.schedule.PredecessorFormat.HELP;
            case PERCENT -> "Work done, 0 to 100. Summaries show the duration-weighted % of their subtasks.";
            case SLACK -> "How long the task can slip without moving the plan's finish or a date it must meet. "
                    + "Negative slack means it cannot meet its dates.";
            case OWNER -> "The role or person that does the work; its hourly rate sets the cost. Type a new name "
                    + "to add it to the team.";
            case COST -> "Work at the owner's rate plus the fixed cost typed here. Summaries add up their subtasks.";
            case PHASE -> "The GenAI lifecycle phase the task belongs to.";
            case NOTES -> "A note icon shows when a task has notes; point at it to read them, F2 to edit.";
            case RISKS -> "A warning mark shows when risks are linked to the task; point at it to see them. "
                    + "Links are made in the Risks tab.";
            case BASELINE_START -> "The start the compared baseline saved for the task (Tracking > baselines).";
            case BASELINE_FINISH -> "The finish the compared baseline saved for the task (Tracking > baselines).";
            case FINISH_VARIANCE -> "Today's finish less the baseline finish, in working time: positive means the "
                    + "task now finishes later than planned.";
        };
    }

    /** Whether the column holds a date (typed as dates are, with a calendar to pick from). */
    public boolean date() {
        return this == START || this == FINISH || this == DEADLINE;
    }

    /** Whether the column is typed into at all (some are calculated for every row). */
    public boolean typed() {
        return this != ID && this != WBS && this != RISKS && this != SLACK && !baseline();
    }

    /** The columns read from the compared baseline, shown only while the plan has one. */
    public boolean baseline() {
        return this == BASELINE_START || this == BASELINE_FINISH || this == FINISH_VARIANCE;
    }

    /** Summary rows show rolled-up values in most columns; those are not typed in. */
    public boolean editable(TaskRow row) {
        return typed() && (editableOnSummary || !row.isSummary());
    }
}
