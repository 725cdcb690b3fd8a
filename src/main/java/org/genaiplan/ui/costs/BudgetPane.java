package org.genaiplan.ui.costs;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.ui.CellNote;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Budget versus cost: the plan's budget and one budget per phase (typed in the Budget column; blank removes
 * one), each with planned, actual and forecast cost and the share of the budget reached, and the list of
 * budget alerts at 50, 75, 90 and 100 %.
 */
final class BudgetPane extends VBox {
    private static final List<String> LEVELS = List.of("budget-50", "budget-75", "budget-90", "budget-100");

    BudgetPane(BudgetViewModel viewModel, CellNote note) {
        getStyleClass().add("budget-pane");
        setSpacing(8);
        TableView<BudgetRow> table = new TableView<>(viewModel.budgetRows());
        table.setId("budgetTable");
        table.setTooltip(new javafx.scene.control.Tooltip("The whole plan, then each phase of the WBS (a task's"
                + " phase, else its top-level summary). Type a budget into the Budget column."));
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Phase", 160, BudgetRow::label, null, note, null));
        table.getColumns().add(col("Budget", 95, BudgetRow::budget, (row, i, text) -> row.phase() == null
                        ? viewModel.setPlanBudget(text) : viewModel.setPhaseBudget(row.phase(), text), note,
                "The money this scope may spend. Type an amount; clear it to remove the budget.",
                "cost-cell-number"));
        table.getColumns().add(col("Planned", 95, BudgetRow::planned, null, note,
                "Sum of the planned amounts of every cost item in scope.", "cost-cell-number"));
        table.getColumns().add(col("Actual", 90, BudgetRow::actual, null, note,
                "Sum of the actual costs entered so far.", "cost-cell-number"));
        table.getColumns().add(col("Forecast", 95, BudgetRow::forecast, null, note,
                "Actual + planned x (1 - % complete) per item; items with no actual count at their planned"
                        + " amount.", "cost-cell-number"));
        table.getColumns().add(col("Actual %", 78, BudgetRow::actualPercent, null, note,
                "Actual as a share of the budget.", "cost-cell-number"));
        table.getColumns().add(col("Forecast %", 88, BudgetRow::forecastPercent, null, note,
                "Forecast as a share of the budget.", "cost-cell-number"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(LEVELS);
                getStyleClass().remove("budget-plan-row");
                if (!empty && item != null) {
                    if (item.level() > 0) {
                        getStyleClass().add(BudgetViewModel.levelClass(item.level()));
                    }
                    if (item.phase() == null) {
                        getStyleClass().add("budget-plan-row");
                    }
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label alertsTitle = new Label("Budget alerts");
        alertsTitle.getStyleClass().add("cost-section-title");
        ListView<BudgetAlert> alerts = new ListView<>(viewModel.alerts());
        alerts.setId("budgetAlerts");
        alerts.setPrefHeight(130);
        Label none = new Label("No alerts: actual and forecast are under half of every budget, or no budget is set.");
        none.getStyleClass().add("placeholder-text");
        none.setWrapText(true);
        alerts.setPlaceholder(none);
        alerts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BudgetAlert item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(LEVELS);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.message());
                setGraphic(new FontIcon(item.overBudget() ? "mdi2a-alert-octagon-outline" : "mdi2a-alert-outline"));
                getStyleClass().add(BudgetViewModel.levelClass(item.threshold()));
            }
        });
        getChildren().addAll(table, alertsTitle, alerts);
    }

    private static TableColumn<BudgetRow, String> col(String header, double width, Function<BudgetRow, String> value,
                                                      EditCell.Commit<BudgetRow> commit, CellNote note, String tip,
                                                      String... classes) {
        TableColumn<BudgetRow, String> col = new TableColumn<>(header);
        col.setId("budget-col-" + header.toLowerCase(java.util.Locale.ROOT).replace(" %", "-percent"));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setEditable(commit != null);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        col.setCellFactory(c -> new EditCell<>(commit, row -> true, note, tip, classes));
        return col;
    }
}
