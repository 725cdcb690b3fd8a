package org.genaiplan.ui.risks;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.util.Duration;

/** Why a cell refused what was typed: a small red note right under the cell, for a few seconds. */
final class CellNote {
    private final Popup popup = new Popup();
    private final Label label = new Label();
    private final PauseTransition hideLater = new PauseTransition(Duration.seconds(6));

    CellNote() {
        label.getStyleClass().add("cell-error");
        label.setId("riskCellError");
        label.setWrapText(true);
        label.setMaxWidth(420);
        popup.getContent().add(label);
        popup.setAutoHide(true);
        hideLater.setOnFinished(e -> popup.hide());
    }

    void show(Node cell, String message) {
        label.setText(message);
        Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        if (b == null || cell.getScene() == null) {
            return;
        }
        popup.show(cell.getScene().getWindow(), b.getMinX(), b.getMaxY() + 2);
        hideLater.playFromStart();
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    String text() {
        return label.getText();
    }
}
