package org.genaiplan.ui.risks;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Asks before the library adds risks the register already has: names them, and offers to add them again
 * anyway or to leave them out (the default, so Enter never makes a copy by accident). Esc hides it.
 */
final class DuplicateWarning extends VBox {
    private final Label message = new Label();
    private final Button anyway = new Button("Add anyway");
    private final Button leaveOut = new Button();

    DuplicateWarning(Runnable addAnyway, Runnable leaveOutDuplicates) {
        setId("libraryDuplicateWarning");
        getStyleClass().add("library-warning");
        message.setId("libraryDuplicateText");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setGraphic(new FontIcon("mdi2a-alert-outline"));
        anyway.setId("libraryAddAnyway");
        anyway.setTooltip(new Tooltip("Add a second copy of these risks to the register"));
        anyway.setOnAction(e -> addAnyway.run());
        leaveOut.setId("libraryLeaveOut");
        leaveOut.getStyleClass().add("default-button");
        leaveOut.setDefaultButton(false);
        leaveOut.setOnAction(e -> leaveOutDuplicates.run());
        anyway.setMinWidth(Region.USE_PREF_SIZE);
        leaveOut.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 6, anyway, leaveOut);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        setSpacing(6);
        getChildren().addAll(message, buttons);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                hide();
            }
        });
        hide();
    }

    /**
     * @param repeats "R-003 Title" of each ticked risk already in the register
     * @param others  whether other ticked risks are new (then "leave out" still adds those)
     */
    void show(List<String> repeats, boolean others) {
        message.setText((repeats.size() == 1 ? "Already in the register: " : "Already in the register ("
                + repeats.size() + "): ") + String.join("; ", repeats) + ". Add "
                + (repeats.size() == 1 ? "it" : "them") + " again?");
        leaveOut.setText(others ? "Add only the new ones" : "Don't add");
        leaveOut.setTooltip(new Tooltip(others ? "Untick the risks already in the register and add the others"
                : "Untick the risks already in the register"));
        setVisible(true);
        setManaged(true);
        leaveOut.requestFocus();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    /** The warning's sentence, or null while it is hidden. */
    String text() {
        return isVisible() ? message.getText() : null;
    }
}
