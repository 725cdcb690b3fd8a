package org.genaiplan.ui.resources;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.schedule.CapacityProfile;
import org.genaiplan.schedule.ResourceUsage;

/**
 * The usage view: every role, person and GPU pool the plan uses (over-allocated ones in red), the chosen
 * one's histogram by day, week or month against what it has, and the over-allocations with the tasks
 * causing them.
 */
public final class UsageView extends BorderPane {
    private final CapacityViewModel model;
    private final ListView<Integer> resources = new ListView<>();
    private final ComboBox<ResourceUsage.Period> period = new ComboBox<>(
            FXCollections.observableArrayList(ResourceUsage.Period.values()));
    private final UsageChart chart = new UsageChart();
    private final ListView<String> overloads = new ListView<>();
    private final Label heading = new Label();

    UsageView(CapacityViewModel model) {
        this.model = model;
        setId("usageView");
        getStyleClass().add("usage-view");
        period.setId("usagePeriod");
        period.setValue(ResourceUsage.Period.WEEK);
        period.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ResourceUsage.Period p) {
                return p == null ? "" : switch (p) {
                    case DAY -> "By day";
                    case WEEK -> "By week";
                    case MONTH -> "By month";
                };
            }

            @Override
            public ResourceUsage.Period fromString(String s) {
                return null;
            }
        });
        resources.setId("usageResources");
        resources.setPrefWidth(190);
        resources.setMinWidth(120);
        resources.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("usage-over");
                ResourceUsage u = model.usageProperty().get();
                if (empty || r == null || u == null || r >= u.profile().size()) {
                    setText(null);
                    return;
                }
                setText(title(u.profile(), r) + (u.firstOverload(r) != null ? "  (over)" : ""));
                if (u.firstOverload(r) != null) {
                    getStyleClass().add("usage-over");
                }
            }
        });
        overloads.setId("usageOverloads");
        overloads.setPrefHeight(130);
        heading.getStyleClass().add("resources-title");
        Label hint = new Label("Bars: used; line: available; red: over-allocated.");
        hint.getStyleClass().add("resources-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        period.setMinWidth(120);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        HBox bar = new HBox(8, heading, spacer, period);
        bar.setMinWidth(0);
        chart.setMinWidth(100);
        overloads.setMinWidth(100);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("resources-bar");
        VBox right = new VBox(6, bar, chart, hint, overloads);
        VBox.setVgrow(chart, Priority.ALWAYS);
        right.getStyleClass().add("resources-section");
        setLeft(resources);
        setCenter(right);
        model.usageProperty().addListener((o, a, b) -> reload());
        resources.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> draw());
        period.valueProperty().addListener((o, a, b) -> draw());
        reload();
    }

    static String title(CapacityProfile p, int r) {
        return switch (p.kind(r)) {
            case POOL -> p.name(r) + " (" + p.gpuType(r) + " pool)";
            case ROLE -> p.name(r) + " (role)";
            case PERSON -> p.name(r);
        };
    }

    private void reload() {
        ResourceUsage u = model.usageProperty().get();
        Integer selected = resources.getSelectionModel().getSelectedItem();
        String selectedName = u == null || selected == null || selected >= u.profile().size() ? null
                : u.profile().name(selected);
        List<Integer> items = new ArrayList<>();
        if (u != null) {
            for (int r = 0; r < u.profile().size(); r++) {
                if (u.isUsed(r) || u.profile().kind(r) == CapacityProfile.Kind.POOL) {
                    items.add(r);
                }
            }
        }
        resources.getItems().setAll(items);
        resources.refresh();
        List<String> lines = new ArrayList<>(model.overloadLines());
        if (lines.isEmpty()) {
            lines.add(u == null || u.profile().size() == 0 ? "No roles, people or GPU pools yet."
                    : "No role, person or GPU pool is over-allocated.");
        }
        overloads.getItems().setAll(lines);
        int pick = -1;
        for (int i = 0; i < items.size(); i++) {
            if (u.profile().name(items.get(i)).equals(selectedName)) {
                pick = i;
            }
        }
        if (pick < 0 && u != null) {
            for (int i = 0; i < items.size() && pick < 0; i++) {
                if (u.firstOverload(items.get(i)) != null) {
                    pick = i;
                }
            }
        }
        if (pick < 0 && !items.isEmpty()) {
            pick = 0;
        }
        if (pick >= 0) {
            resources.getSelectionModel().select(pick);
        }
        draw();
    }

    private void draw() {
        ResourceUsage u = model.usageProperty().get();
        Integer r = resources.getSelectionModel().getSelectedItem();
        if (u == null || r == null || r >= u.profile().size()) {
            heading.setText("Usage");
            chart.show(List.of(), "");
            return;
        }
        boolean pool = u.profile().kind(r) == CapacityProfile.Kind.POOL;
        heading.setText(title(u.profile(), r) + (pool ? ": peak GPUs a day" : ": hours"));
        chart.show(u.buckets(r, period.getValue()), pool ? "GPUs" : "h");
    }

    public javafx.scene.layout.Pane chart() {
        return chart;
    }

    public ListView<String> overloadList() {
        return overloads;
    }

    public ListView<Integer> resourceList() {
        return resources;
    }
}
