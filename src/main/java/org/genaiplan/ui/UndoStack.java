package org.genaiplan.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genaiplan.ui.command.PlanCommand;

/**
 * The executed commands of one document, with a cursor and the point where it was last saved. It does
 * not run commands itself ({@link PlanEditor} does); it tracks them. Unlimited depth.
 * The document is dirty whenever the cursor is not at the saved point, so undoing back to the saved
 * point clears the mark.
 */
public final class UndoStack {
    private final List<PlanCommand> commands = new ArrayList<>();
    private int cursor;
    /** Cursor position of the saved state, or -1 when that state can no longer be reached. */
    private int savedPoint;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    /** Records a command that has just been executed; the redo branch is dropped. */
    public void pushExecuted(PlanCommand command) {
        commands.subList(cursor, commands.size()).clear();
        if (savedPoint > cursor) {
            savedPoint = -1;
        }
        commands.add(command);
        cursor++;
        update();
    }

    /** The command to undo next, moving the cursor back; null if there is none. */
    public PlanCommand stepBack() {
        if (cursor == 0) {
            return null;
        }
        PlanCommand c = commands.get(--cursor);
        update();
        return c;
    }

    /** The command to redo next, moving the cursor forward; null if there is none. */
    public PlanCommand stepForward() {
        if (cursor == commands.size()) {
            return null;
        }
        PlanCommand c = commands.get(cursor++);
        update();
        return c;
    }

    /** Puts the cursor back where it was before {@link #stepBack()} (the undo failed). */
    void revertStepBack() {
        cursor++;
        update();
    }

    /** Puts the cursor back where it was before {@link #stepForward()} (the redo failed). */
    void revertStepForward() {
        cursor--;
        update();
    }

    /** The current state is what is on disk. */
    public void markSaved() {
        savedPoint = cursor;
        update();
    }

    /** A state of the history, to mark saved once a snapshot of it is on disk. */
    public record SavePoint(int cursor, PlanCommand last) {
    }

    /** The current state, as a save's snapshot sees it. */
    public SavePoint savePoint() {
        return new SavePoint(cursor, cursor == 0 ? null : commands.get(cursor - 1));
    }

    /**
     * The state at {@code point} is what is on disk now. If the history was rewritten meanwhile (undone below
     * it and something new done), that state cannot be reached any more and nothing counts as saved.
     */
    public void markSaved(SavePoint point) {
        boolean reachable = point.cursor() <= commands.size()
                && (point.cursor() == 0 || commands.get(point.cursor() - 1) == point.last());
        savedPoint = reachable ? point.cursor() : -1;
        update();
    }

    /** Forgets all commands (a document was opened or created); the state counts as saved or not. */
    public void clear(boolean saved) {
        commands.clear();
        cursor = 0;
        savedPoint = saved ? 0 : -1;
        update();
    }

    public int size() {
        return commands.size();
    }

    private void update() {
        canUndo.set(cursor > 0);
        canRedo.set(cursor < commands.size());
        undoText.set(cursor > 0 ? "Undo " + commands.get(cursor - 1).displayName() : "Undo");
        redoText.set(cursor < commands.size() ? "Redo " + commands.get(cursor).displayName() : "Redo");
        dirty.set(cursor != savedPoint);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
