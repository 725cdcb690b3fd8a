package org.genaiplan.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a view that is not built yet shows: its name, what it will do, and nothing pretending to work. */
public class ComingSoonPane extends VBox {

    public ComingSoonPane(String iconCode, String title, String description) {
        getStyleClass().add("coming-soon");
        setAlignment(Pos.CENTER);
        FontIcon icon = new FontIcon(iconCode);
        icon.getStyleClass().add("coming-soon-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("coming-soon-title");
        Label text = new Label(description);
        text.getStyleClass().add("coming-soon-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        getChildren().addAll(icon, heading, text);
    }
}
