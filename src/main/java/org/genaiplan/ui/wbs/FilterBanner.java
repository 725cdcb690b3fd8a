package org.genaiplan.ui.wbs;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.genaiplan.ui.rows.VisibleRows;
import org.kordamp.ikonli.javafx.FontIcon;

/** A bar above the sheet while a filter is on ("Showing late tasks only"), with a button to show all rows. */
final class FilterBanner extends HBox {

    FilterBanner(VisibleRows rows, Runnable showAll) {
        getStyleClass().add("filter-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setGraphic(new FontIcon("mdi2f-filter-outline"));
        text.textProperty().bind(rows.filterNameProperty().map(n -> "Showing " + n + " only"));
        Button all = new Button("Show all tasks");
        all.setId("showAllTasks");
        all.setOnAction(e -> showAll.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, spacer, all);
        visibleProperty().bind(rows.filterNameProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
