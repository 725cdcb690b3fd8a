package org.genaiplan.ui.wbs;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/** The columns of the WBS sheet, their headers and which row property each shows. */
public enum WbsColumn {
    WBS("WBS", TaskRowViewModel::wbsCodeProperty, false),
    NAME("Task name", TaskRowViewModel::nameProperty, true),
    DURATION("Duration", TaskRowViewModel::durationProperty, false),
    START("Start", TaskRowViewModel::startProperty, false),
    FINISH("Finish", TaskRowViewModel::finishProperty, false),
    PREDECESSORS("Predecessors", TaskRowViewModel::predecessorsProperty, true),
    PERCENT("% Complete", TaskRowViewModel::percentCompleteProperty, false),
    OWNER("Owner", TaskRowViewModel::ownerProperty, true),
    COST("Cost", TaskRowViewModel::costProperty, false),
    PHASE("Phase", TaskRowViewModel::phaseProperty, true),
    NOTES("Notes", TaskRowViewModel::notesProperty, true),
    RISKS("Risks", TaskRowViewModel::risksProperty, false);

    private final String header;
    private final Function<TaskRowViewModel, ObservableValue<String>> value;
    private final boolean editableOnSummary;

    WbsColumn(String header, Function<TaskRowViewModel, ObservableValue<String>> value, boolean editableOnSummary) {
        this.header = header;
        this.value = value;
        this.editableOnSummary = editableOnSummary;
    }

    public String header() {
        return header;
    }

    /** What the column holds and how to type into it (the header's tooltip). */
    public String help() {
        return switch (this) {
            case WBS -> "The outline code, from the task's place in the outline. Indent, outdent or move to change it.";
            case NAME -> "The task's name. F2 edits; Enter keeps the change and goes to the next row.";
            case DURATION -> org.genaiplan.schedule.DurationFormat.HELP + " 0 makes a milestone.";
            case START -> org.genaiplan.ui.command.DateEntry.START_HELP;
            case FINISH -> org.genaiplan.ui.command.DateEntry.FINISH_HELP;
            case PREDECESSORS -> org.genaiplan.schedule.PredecessorFormat.HELP;
            case PERCENT -> "Work done, 0 to 100. Summaries show the duration-weighted % of their subtasks.";
            case OWNER -> "The role that does the work; its hourly rate sets the cost.";
            case COST -> "Work at the owner's rate plus the fixed cost typed here. Summaries add up their subtasks.";
            case PHASE -> "The GenAI lifecycle phase the task belongs to.";
            case NOTES -> "A note icon shows when a task has notes; point at it to read them, F2 to edit.";
            case RISKS -> "A warning mark shows when risks are linked to the task; point at it to see them. "
                    + "Links are made in the Risks tab.";
        };
    }

    public ObservableValue<String> valueOf(TaskRowViewModel row) {
        return value.apply(row);
    }

    /** Summary rows show rolled-up values in the other columns; those are not typed in. */
    public boolean editable(TaskRowViewModel row) {
        return this != WBS && this != RISKS && (editableOnSummary || !row.isSummary());
    }
}
