package org.genaiplan.ui.testing;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.rows.VisibleRows;
import org.genaiplan.ui.wbs.CellEdits;
import org.genaiplan.ui.wbs.RowTexts;
import org.genaiplan.ui.wbs.WbsActions;
import org.genaiplan.ui.wbs.WbsClipboard;

/**
 * The WBS sheet's view-models over one plan, without a window or the JavaFX toolkit: what the sheet and
 * the chart do is tested here, fast; the robot tests keep to the journeys through the real window.
 */
public final class SheetModels {
    public final MemoryDocuments documents = new MemoryDocuments();
    public final MemoryClipboard clipboard = new MemoryClipboard();
    public final StringProperty message = new SimpleStringProperty("");
    public final PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
    public final PlanSelection selection = new PlanSelection();
    public final VisibleRows rows = new VisibleRows(editor);
    public final RowTexts texts = new RowTexts(editor, new ScheduleFormats());
    public final WbsActions actions = new WbsActions(editor, selection, rows, message);
    /** What the "new role or person?" question answers, and the names it was asked about. */
    public java.util.Optional<org.genaiplan.ui.command.CreateOwnerCommand.Kind> newOwnerAnswer = java.util.Optional.empty();
    public final java.util.List<String> askedAbout = new java.util.ArrayList<>();
    public final CellEdits edits = new CellEdits(actions.runner(), new ScheduleFormats(), java.time.LocalDate::now,
            unknown -> {
                askedAbout.add(unknown.name());
                return newOwnerAnswer;
            });
    public final WbsClipboard rowClipboard = new WbsClipboard(actions, texts, clipboard);

    public SheetModels(Plan plan) {
        editor.setSession(documents.session(plan), true);
    }

    public Plan plan() {
        return editor.plan();
    }

    /** The rows shown, as "WBS name". */
    public java.util.List<String> shown() {
        return rows.rows().stream().map(r -> texts.text(r, org.genaiplan.ui.wbs.WbsColumn.WBS) + " "
                + texts.text(r, org.genaiplan.ui.wbs.WbsColumn.NAME)).toList();
    }
}
