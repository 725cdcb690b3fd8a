package org.genaiplan.ui.costs;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.model.Role;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.ui.CellNote;
import org.genaiplan.ui.MoneyText;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The plan's price table: GPU types (price per GPU-hour, peak TFLOP/s), hosted models (price per million
 * input and output tokens), role rates, and the date the prices were checked. Starter values are tagged
 * "example" until the user types over them.
 */
final class PricePane extends ScrollPane {
    private final PriceTableViewModel viewModel;
    private final CellNote note;
    private final DatePicker pricedOn = org.genaiplan.ui.input.DatePickers.iso(new DatePicker());
    private boolean updating;

    PricePane(PriceTableViewModel viewModel, CellNote note) {
        this.viewModel = viewModel;
        this.note = note;
        getStyleClass().add("price-pane");
        setFitToWidth(true);

        pricedOn.setId("pricedOn");
        pricedOn.setPromptText("not dated");
        pricedOn.setTooltip(new Tooltip("The day these prices were checked; cloud and API prices change often, so"
                + " re-check old ones before relying on the totals."));
        pricedOn.setValue(viewModel.pricedOnProperty().get());
        viewModel.pricedOnProperty().addListener((obs, o, n) -> {
            updating = true;
            pricedOn.setValue(n);
            updating = false;
        });
        pricedOn.valueProperty().addListener((obs, o, n) -> {
            if (!updating) {
                viewModel.setPricedOn(n);
            }
        });
        Button today = new Button("Today");
        today.setOnAction(e -> pricedOn.setValue(LocalDate.now()));
        Label dated = new Label("Priced on");
        HBox dateRow = new HBox(8, dated, pricedOn, today);
        dateRow.setAlignment(Pos.CENTER_LEFT);

        TableView<GpuPrice> gpus = table("gpuTable", viewModel.gpus(), GpuPrice::example);
        gpus.getColumns().add(col("GPU type", 130, GpuPrice::name,
                (row, i, t) -> viewModel.editGpu(i, PriceTableViewModel.GpuColumn.NAME, t), "The GPU's name as cost lines"
                        + " refer to it; renaming leaves lines that use the old name unpriced."));
        gpus.getColumns().add(col("Price / GPU-hour", 120, g -> MoneyText.format(g.pricePerHour()),
                (row, i, t) -> viewModel.editGpu(i, PriceTableViewModel.GpuColumn.PRICE, t),
                "What one GPU of this type costs per hour; compute lines multiply it by GPUs x hours.",
                "cost-cell-number"));
        gpus.getColumns().add(col("Peak TFLOP/s", 100, g -> Numbers.plain(java.math.BigDecimal.valueOf(g.peakTflops())),
                (row, i, t) -> viewModel.editGpu(i, PriceTableViewModel.GpuColumn.PEAK, t),
                "Peak dense throughput of one GPU; the training-hours helper starts from it.", "cost-cell-number"));
        gpus.getColumns().add(exampleColumn(GpuPrice::example));

        TableView<TokenPrice> models = table("modelTable", viewModel.models(), TokenPrice::example);
        models.getColumns().add(col("Model", 150, TokenPrice::model,
                (row, i, t) -> viewModel.editModel(i, PriceTableViewModel.ModelColumn.NAME, t),
                "The hosted model's name as API lines refer to it."));
        models.getColumns().add(col("Input / 1M tokens", 120, m -> MoneyText.format(m.inputPerMillion()),
                (row, i, t) -> viewModel.editModel(i, PriceTableViewModel.ModelColumn.INPUT, t),
                "Price of one million tokens sent to the model.", "cost-cell-number"));
        models.getColumns().add(col("Output / 1M tokens", 120, m -> MoneyText.format(m.outputPerMillion()),
                (row, i, t) -> viewModel.editModel(i, PriceTableViewModel.ModelColumn.OUTPUT, t),
                "Price of one million tokens the model writes back.", "cost-cell-number"));
        models.getColumns().add(exampleColumn(TokenPrice::example));

        TableView<Role> roles = table("roleTable", viewModel.roles(), Role::example);
        roles.getColumns().add(col("Role", 170, Role::name, null, "Roles own tasks in the WBS; a role is renamed"
                + " by adding a new one and changing the owners."));
        roles.getColumns().add(col("Rate / hour", 110, r -> MoneyText.format(r.ratePerHour()),
                (row, i, t) -> viewModel.editRoleRate(i, t),
                "Cost of one working hour; owner's work = rate x task duration, people lines = rate x hours.",
                "cost-cell-number"));
        roles.getColumns().add(exampleColumn(Role::example));

        VBox box = new VBox(10, dateRow,
                section("GPU types", gpus, "gpu", viewModel::addGpu, i -> viewModel.removeGpu(i)),
                section("Hosted models", models, "model", viewModel::addModel, i -> viewModel.removeModel(i)),
                section("Roles and hourly rates", roles, "role", viewModel::addRole, i -> viewModel.removeRole(i)));
        box.getStyleClass().add("price-box");
        setContent(box);
    }

    private <T> TableView<T> table(String id, ObservableList<T> items, Predicate<T> example) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setEditable(true);
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(items).multiply(26).add(34)
                .map(h -> Math.max(86, Math.min(260, h.doubleValue()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("None yet.");
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("example"),
                        !isEmpty && item != null && example.test(item));
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> col(String header, double width, Function<T, String> value,
                                           EditCell.Commit<T> commit, String tip, String... classes) {
        TableColumn<T, String> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setEditable(commit != null);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        col.setCellFactory(c -> new EditCell<>(commit, row -> true, note, tip, classes));
        return col;
    }

    private static <T> TableColumn<T, String> exampleColumn(Predicate<T> example) {
        TableColumn<T, String> col = new TableColumn<>("");
        col.setPrefWidth(80);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() != null && example.test(f.getValue())
                ? "example" : ""));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label tag = new Label(item);
                tag.getStyleClass().add("example-tag");
                tag.setTooltip(new Tooltip("A starter value shipped with the app: replace it with your own price."
                        + " Typing over it removes this tag."));
                setGraphic(tag);
                setText(null);
            }
        });
        return col;
    }

    private <T> Node section(String title, TableView<T> table, String id,
                             java.util.function.Function<String, String> add,
                             java.util.function.IntFunction<String> remove) {
        Label heading = new Label(title);
        heading.getStyleClass().add("cost-section-title");
        TextField name = new TextField();
        name.setId(id + "NewName");
        name.setPromptText("New " + (id.equals("gpu") ? "GPU type" : id) + " name");
        name.setPrefColumnCount(14);
        Button addButton = new Button("Add", new FontIcon("mdi2p-plus"));
        addButton.setId(id + "Add");
        Runnable doAdd = () -> {
            String error = add.apply(name.getText());
            if (error == null) {
                name.clear();
                table.getSelectionModel().selectLast();
            } else {
                note.show(name, error);
            }
        };
        addButton.setOnAction(e -> doAdd.run());
        name.setOnAction(e -> doAdd.run());
        Button removeButton = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        removeButton.setId(id + "Remove");
        removeButton.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i < 0) {
                note.show(removeButton, "Select a row to remove.");
                return;
            }
            String error = remove.apply(i);
            if (error != null) {
                note.show(removeButton, error);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, heading, spacer, name, addButton, removeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, table);
    }
}
