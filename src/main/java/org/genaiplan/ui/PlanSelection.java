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
    private final javafx.beans.property.LongProperty version = new SimpleLongProperty(this, "version", 0);

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

    /** Selects tasks; every call bumps {@link #versionProperty()} so each view shows it, even if unchanged. */
    public void select(List<Long> ids, long focused) {
        if (!selectedIds.equals(ids)) {
            selectedIds.setAll(ids);
        }
        focusedId.set(focused);
        version.set(version.get() + 1);
    }

    /** Bumped on every {@link #select}; views follow it to show the selection. */
    public javafx.beans.value.ObservableLongValue versionProperty() {
        return version;
    }

    public void clear() {
        selectedIds.clear();
        focusedId.set(0);
    }
}
