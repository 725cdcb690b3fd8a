package org.genaiplan.ui;

import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tasks selected in the open plan, shared by the WBS, Gantt and Risks views: selecting a row in one
 * selects it in the others. Holds task ids, not rows, so it survives refreshes and undo.
 */
public final class PlanSelection {
    private final ObservableList<Long> selectedIds = FXCollections.observableArrayList();
    private final LongProperty focusedId = new SimpleLongProperty(this, "focusedId", 0);

    /** The selected task ids in row order. */
    public ObservableList<Long> selectedIds() {
        return selectedIds;
    }

    /** The task with the focus (the one the status bar names), 0 when none. */
    public LongProperty focusedIdProperty() {
        return focusedId;
    }

    public long focusedId() {
        return focusedId.get();
    }

    public void select(List<Long> ids, long focused) {
        if (!selectedIds.equals(ids)) {
            selectedIds.setAll(ids);
        }
        focusedId.set(focused);
    }

    public void clear() {
        selectedIds.clear();
        focusedId.set(0);
    }
}
