package org.genaiplan.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.util.Duration;

/** Shows why a cell refused what was typed: a small red note right under the cell, for a few seconds. */
public final class CellNote {
    private final Popup popup = new Popup();
    private final Label label = new Label();
    private final PauseTransition hideLater = new PauseTransition(Duration.seconds(6));
    private boolean showing;

    /** @param id the note's node id, for tests and CSS (e.g. {@code riskCellError}) */
    public CellNote(String id) {
        label.getStyleClass().add("cell-error");
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(420);
        popup.getContent().add(label);
        popup.setAutoHide(true);
        hideLater.setOnFinished(e -> hide());
        popup.setOnAutoHide(e -> showing = false);
    }

    public void show(Node cell, String message) {
        label.setText(message);
        // Position after the next layout pass, when the cell is where the user sees it.
        javafx.application.Platform.runLater(() -> place(cell));
        showing = true;
    }

    private void place(Node cell) {
        if (!showing) {
            return;
        }
        Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        if (b == null || cell.getScene() == null) {
            return;
        }
        popup.show(cell.getScene().getWindow(), b.getMinX(), b.getMaxY() + 2);
        hideLater.playFromStart();
    }

    public void hide() {
        showing = false;
        popup.hide();
    }

    /** True from the refusal until the note is hidden (also while it waits for the layout to place it). */
    public boolean isShowing() {
        return showing && (popup.isShowing() || label.getText() != null);
    }

    public String text() {
        return label.getText();
    }
}
