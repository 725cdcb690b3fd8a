package org.genaiplan.ui.resources;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.genaiplan.ui.command.CreateOwnerCommand;

/** Asks whether an unknown owner name becomes a role or a person (or neither). */
public final class OwnerPrompt {
    public static final ButtonType ROLE = new ButtonType("Create role", ButtonBar.ButtonData.YES);
    public static final ButtonType PERSON = new ButtonType("Create person", ButtonBar.ButtonData.OTHER);

    private OwnerPrompt() {
    }

    /** The alert, not yet shown (tests show it without waiting). */
    public static Alert alert(Window owner, OwnerInput.Unknown unknown) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, unknown.explanation(), ROLE, PERSON, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("New owner");
        alert.setHeaderText(unknown.question());
        alert.getDialogPane().setId("createOwnerDialog");
        return alert;
    }

    /** Shows the question and waits: a role, a person, or empty when cancelled. */
    public static Optional<CreateOwnerCommand.Kind> ask(Window owner, OwnerInput.Unknown unknown) {
        return alert(owner, unknown).showAndWait().map(OwnerPrompt::kind);
    }

    /** The kind a button of the alert stands for, or null for Cancel. */
    public static CreateOwnerCommand.Kind kind(ButtonType button) {
        if (button == ROLE) {
            return CreateOwnerCommand.Kind.ROLE;
        }
        return button == PERSON ? CreateOwnerCommand.Kind.PERSON : null;
    }
}
