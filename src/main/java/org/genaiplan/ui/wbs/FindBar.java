package org.genaiplan.ui.wbs;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ctrl+F: a bar above the sheet; Enter selects the next task whose name contains the text, Esc closes. */
public final class FindBar extends HBox {
    private final TextField field = new TextField();

    FindBar(TaskFinder finder, Runnable onClose) {
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("findField");
        field.setPromptText("Find a task by name");
        field.setPrefColumnCount(28);
        Button next = new Button("Find next", new FontIcon("mdi2m-magnify"));
        next.setTooltip(new Tooltip("Select the next task whose name contains the text (Enter)"));
        next.setOnAction(e -> finder.findNext(field.getText()));
        field.setOnAction(e -> finder.findNext(field.getText()));
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setTooltip(new Tooltip("Close the find bar (Esc)"));
        close.getStyleClass().add("flat-button");
        close.setOnAction(e -> onClose.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onClose.run();
            }
        });
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new Label("Find:"), field, next, spacer, close);
    }

    void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
