package org.genaiplan.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.command.PlanCommand;

/**
 * Runs a view's edits through the {@link PlanEditor} as undoable commands and keeps the status-bar message:
 * cleared when a command is accepted, set to the one sentence saying why when it is refused.
 */
public final class CommandRunner {
    private final PlanEditor editor;
    private final StringProperty message;

    public CommandRunner(PlanEditor editor, StringProperty message) {
        this.editor = Objects.requireNonNull(editor);
        this.message = Objects.requireNonNull(message);
    }

    /** Runs {@code command}; returns null when accepted, else the reason it was refused (also the message). */
    public String run(PlanCommand command) {
        try {
            editor.execute(command);
            message.set("");
            return null;
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    /**
     * Runs {@code command} and then {@code check} on the rescheduled plan (see
     * {@link PlanEditor#execute(PlanCommand, Consumer)}); returns null when accepted, else the reason it was
     * refused (also the message), with the plan as it was and no undo step.
     */
    public String run(PlanCommand command, Consumer<Plan> check) {
        try {
            editor.execute(command, check);
            message.set("");
            return null;
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    /** Puts {@code news} about an accepted change in the status bar. */
    public void tell(String news) {
        message.set(news);
    }

    /** Puts {@code why} in the status bar and returns it. */
    public String refuse(String why) {
        message.set(why);
        return why;
    }

    /** Undoes the last command; false (with the reason as the message, if any) when nothing was undone. */
    public boolean undo() {
        try {
            return editor.undo();
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Redoes the last undone command; false (with the reason as the message, if any) when nothing was redone. */
    public boolean redo() {
        try {
            return editor.redo();
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public PlanEditor editor() {
        return editor;
    }

    /** The open plan, or null. */
    public Plan plan() {
        return editor.plan();
    }

    public StringProperty messageProperty() {
        return message;
    }
}
