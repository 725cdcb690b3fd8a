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

    public ObservableValue<String> valueOf(TaskRowViewModel row) {
        return value.apply(row);
    }

    /** Summary rows show rolled-up values in the other columns; those are not typed in. */
    public boolean editable(TaskRowViewModel row) {
        return this != WBS && this != RISKS && (editableOnSummary || !row.isSummary());
    }
}
