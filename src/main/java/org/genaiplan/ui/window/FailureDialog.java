package org.genaiplan.ui.window;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.genaiplan.ui.FailureLog;

/**
 * The one dialog for an unexpected failure: a sentence saying what it means for the user's work, a button
 * that copies the details for a report, and where the log file is. Never a stack trace on screen.
 */
public final class FailureDialog {
    /** What the user reads: the plan is safe, and what to do. */
    public static final String SENTENCE = "An unexpected problem stopped the last action. Your changes up to it are "
            + "kept in the plan's working copy; check the plan, undo the last step if it looks wrong, and save.";
    private static boolean showing;

    private FailureDialog() {
    }

    /** Shows the dialog once at a time (a burst of failures shows one). */
    public static void show(Window owner, Throwable error, FailureLog log) {
        if (showing) {
            return;
        }
        showing = true;
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.CLOSE);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong");
        alert.setContentText(SENTENCE + (log.file() == null ? "" : "\n\nThe details are in " + log.file() + "."));
        alert.getDialogPane().setId("failureDialog");
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(details(error));
            Clipboard.getSystemClipboard().setContent(content);
        });
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }

    /** The trace, for a report. */
    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
