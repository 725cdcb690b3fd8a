package org.genaiplan.ui.costs;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.ui.CellNote;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cost lines of one task: a picker to choose the task (it follows the WBS selection), its cost, a table
 * of its lines (the first row is the owner's work and fixed cost from the WBS), buttons to add and remove
 * lines and to estimate training hours, and the inputs of the selected line under the table.
 */
final class CostLinesPane extends BorderPane {
    private final CostLinesViewModel viewModel;
    private final PriceTableViewModel prices;
    private final TableView<CostLineRow> table = new TableView<>();
    private final LineEditor lineEditor;
    private final TaskPicker picker;
    private final CellNote note;
    /** The line index to keep selected across refreshes. */
    private int wantedIndex = CostLineRow.WORK;

    CostLinesPane(CostLinesViewModel viewModel, PriceTableViewModel prices, CellNote note) {
        this.viewModel = viewModel;
        this.prices = prices;
        this.note = note;
        getStyleClass().add("cost-lines-pane");
        lineEditor = new LineEditor(viewModel, prices, note);

        picker = new TaskPicker(viewModel);
        HBox.setHgrow(picker, Priority.ALWAYS);
        picker.setMaxWidth(Double.MAX_VALUE);
        Label pickerLabel = new Label("Task");
        pickerLabel.getStyleClass().add("cost-picker-label");
        pickerLabel.setLabelFor(picker);
        // The hint under the picker while no task is chosen.
        Label title = new Label();
        title.setId("costTaskTitle");
        title.getStyleClass().add("cost-task-title");
        title.textProperty().bind(viewModel.taskTitleProperty());
        title.setWrapText(true);
        title.visibleProperty().bind(viewModel.shownTaskProperty().isNull());
        title.managedProperty().bind(title.visibleProperty());
        Label cost = new Label();
        cost.setId("costTaskCost");
        cost.getStyleClass().add("cost-task-cost");
        cost.textProperty().bind(viewModel.taskCostProperty());
        cost.setTooltip(new Tooltip("The task's planned cost: the owner's hourly rate x the task's duration, plus its"
                + " fixed cost, plus every cost line below; a summary task adds up its subtasks."));

        MenuButton add = new MenuButton("Add line", new FontIcon("mdi2p-playlist-plus"));
        add.setId("costAddLine");
        add.setTooltip(new Tooltip("Add a cost line of a chosen kind to this task"));
        for (LineKind kind : LineKind.values()) {
            MenuItem mi = new MenuItem(kind.label());
            mi.setId("costAdd-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            mi.setOnAction(e -> addLine(kind));
            add.getItems().add(mi);
        }
        Button remove = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        remove.setId("costRemoveLine");
        remove.setTooltip(new Tooltip("Remove the selected cost line (Delete)"));
        remove.setOnAction(e -> removeSelected());
        Button training = new Button("Training hours\u2026", new FontIcon("mdi2c-calculator-variant-outline"));
        training.setId("costTrainingHelper");
        training.setTooltip(new Tooltip("Estimate GPU hours of a training or fine-tuning run from model size and"
                + " tokens, then fill the selected compute line or add one"));
        training.setOnAction(e -> openTrainingHelper());
        add.disableProperty().bind(viewModel.taskCostProperty().isEmpty());
        remove.disableProperty().bind(viewModel.taskCostProperty().isEmpty());
        training.disableProperty().bind(viewModel.taskCostProperty().isEmpty());

        HBox head = new HBox(8, pickerLabel, picker);
        head.setAlignment(Pos.CENTER_LEFT);
        cost.visibleProperty().bind(viewModel.shownTaskProperty().isNotNull());
        cost.managedProperty().bind(cost.visibleProperty());
        HBox buttons = new HBox(6, add, remove, training);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, head, title, cost, buttons);
        top.getStyleClass().add("cost-lines-head");
        setTop(top);

        table.setId("costLinesTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.shownTaskProperty().isNull())
                .then("No task selected.")
                .otherwise("No cost lines yet. A summary task adds up its subtasks' costs; Add line puts costs on"
                        + " the summary itself."));
        table.setPlaceholder(empty);
        table.getColumns().add(column("Kind", 120, CostLineRow::kind, null, null, "cost-cell-kind"));
        table.getColumns().add(column("Description", 170, CostLineRow::description,
                (row, i, text) -> viewModel.editDescription(row.index(), text),
                "A few words saying what the line pays for", "cost-cell-description"));
        TableColumn<CostLineRow, String> inputs = column("Inputs", 230, CostLineRow::inputs, null, null,
                "cost-cell-inputs");
        inputs.setCellFactory(c -> new InputsCell());
        table.getColumns().add(inputs);
        table.getColumns().add(column("Planned", 100, CostLineRow::planned, null,
                "The amount the line's formula gives with the plan's prices", "cost-cell-number"));
        table.getColumns().add(column("Actual", 100, CostLineRow::actual,
                (row, i, text) -> viewModel.editActual(row.index(), text),
                "Money spent so far; blank until some is. Forecast = actual + planned x (1 - % complete);"
                        + " for a licence or fixed amount, the actual alone.",
                "cost-cell-number"));
        table.setItems(viewModel.lines());
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CostLineRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("cost-work-row");
                if (!empty && item != null && item.isWork()) {
                    getStyleClass().add("cost-work-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                wantedIndex = row.index();
            }
            lineEditor.show(row == null ? -2 : row.index());
        });
        viewModel.lines().addListener((ListChangeListener<CostLineRow>) c -> reselect());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                e.consume();
                removeSelected();
            }
        });
        setCenter(table);
        setBottom(lineEditor);
    }

    private TableColumn<CostLineRow, String> column(String header, double width, Function<CostLineRow, String> value,
                                                    EditCell.Commit<CostLineRow> commit, String tip,
                                                    String styleClass) {
        TableColumn<CostLineRow, String> col = new TableColumn<>(header);
        col.setId("cost-col-" + header.toLowerCase(java.util.Locale.ROOT));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setEditable(commit != null);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        col.setCellFactory(c -> new EditCell<>(commit, row -> !header.equals("Description") || !row.isWork(), note,
                tip, styleClass));
        return col;
    }

    /** The Inputs column: the line's inputs in words, with a warning sign when a price is missing. */
    private static final class InputsCell extends TableCell<CostLineRow, String> {
        private final Tooltip tooltip = new Tooltip();
        private final FontIcon warningIcon = new FontIcon("mdi2a-alert-outline");

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("cost-missing-price");
            CostLineRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item);
            if (row.warning() != null) {
                getStyleClass().add("cost-missing-price");
                setGraphic(warningIcon);
                tooltip.setText(row.warning());
                setTooltip(tooltip);
            } else {
                setGraphic(null);
                tooltip.setText(item);
                setTooltip(item == null || item.isEmpty() ? null : tooltip);
            }
        }
    }

    private void reselect() {
        int target = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).index() == wantedIndex) {
                target = i;
            }
        }
        if (target < 0 && !table.getItems().isEmpty()) {
            target = Math.min(table.getItems().size() - 1, Math.max(0, table.getSelectionModel().getSelectedIndex()));
        }
        if (target >= 0) {
            table.getSelectionModel().select(target);
        }
        CostLineRow row = table.getSelectionModel().getSelectedItem();
        lineEditor.show(row == null ? -2 : row.index());
    }

    void addLine(LineKind kind) {
        int index = viewModel.addLine(kind);
        if (index >= 0) {
            selectLine(index);
        }
    }

    /** Selects the row of line {@code index} ({@link CostLineRow#WORK} for the first row). */
    void selectLine(int index) {
        wantedIndex = index;
        reselect();
    }

    void removeSelected() {
        CostLineRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            viewModel.messageProperty().set("Select a cost line to remove.");
            return;
        }
        wantedIndex = Math.max(CostLineRow.WORK, row.index() - 1);
        viewModel.removeLine(row.index());
    }

    /** The line index of the selected row, or -2 when none. */
    int selectedLine() {
        CostLineRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? -2 : row.index();
    }

    private void openTrainingHelper() {
        int line = selectedLine();
        ComputeCost current = viewModel.lineInput(line) instanceof ComputeCost c ? c : null;
        TrainingDialog dialog = new TrainingDialog(prices, current);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(result -> {
            if (result.fill() && current != null) {
                viewModel.fillCompute(line, result.input());
            } else {
                int index = viewModel.addComputeLine(result.input(), result.description());
                if (index >= 0) {
                    selectLine(index);
                }
            }
        });
    }

    TableView<CostLineRow> table() {
        return table;
    }

    TaskPicker picker() {
        return picker;
    }

    LineEditor lineEditor() {
        return lineEditor;
    }
}
