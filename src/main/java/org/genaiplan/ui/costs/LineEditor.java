package org.genaiplan.ui.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.ui.CellNote;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inputs of the selected cost line, one field each, in the order its kind needs them: pickers for the
 * role, GPU type or model (from the plan's roles and price table), text fields for counts, hours and
 * amounts. Enter or leaving a field applies it; a refused value stays in the field, marked, with the
 * reason under it, and the plan is not changed.
 */
final class LineEditor extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final CostLinesViewModel viewModel;
    private final PriceTableViewModel prices;
    private final CellNote note;
    private final FlowPane fields = new FlowPane(12, 8);
    private final Label heading = new Label();
    private final Label warning = new Label();
    private final List<Runnable> refreshers = new ArrayList<>();
    private int index = -2;
    private LineKind kind;
    private boolean updating;

    LineEditor(CostLinesViewModel viewModel, PriceTableViewModel prices, CellNote note) {
        this.viewModel = viewModel;
        this.prices = prices;
        this.note = note;
        getStyleClass().add("line-editor");
        setId("lineEditor");
        heading.getStyleClass().add("line-editor-heading");
        warning.getStyleClass().add("cost-warning");
        warning.setId("lineWarning");
        warning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warning.setWrapText(true);
        warning.managedProperty().bind(warning.visibleProperty());
        setSpacing(6);
        setPadding(new Insets(8, 10, 10, 10));
        getChildren().addAll(heading, fields, warning);
        show(-2);
    }

    /** Shows the inputs of line {@code lineIndex} of the focused task (anything else shows a hint). */
    void show(int lineIndex) {
        CostInput input = viewModel.lineInput(lineIndex);
        LineKind k = input == null ? null : LineKind.of(input);
        if (lineIndex != index || k != kind) {
            index = lineIndex;
            kind = k;
            rebuild();
        }
        refresh();
    }

    int index() {
        return index;
    }

    private void rebuild() {
        fields.getChildren().clear();
        refreshers.clear();
        note.hide();
        if (kind == null) {
            heading.setText(index == CostLineRow.WORK
                    ? "The first row comes from the WBS: change the owner, duration or cost there. Its actual is"
                    + " typed in the Actual column."
                    : "Select a cost line to edit its inputs, or add one.");
            return;
        }
        heading.setText(kind.label() + " inputs \u2014 " + kind.description());
        for (CostField f : kind.fields()) {
            fields.getChildren().add(field(f));
        }
    }

    private void refresh() {
        updating = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        CostInput input = viewModel.lineInput(index);
        String missing = input == null || viewModel.plan() == null ? null : input.missingPrice(viewModel.plan().prices());
        warning.setText(missing == null ? "" : missing + " The line counts as zero until the price is added.");
        warning.setVisible(missing != null);
    }

    private Node field(CostField f) {
        Label label = new Label(f.label());
        label.getStyleClass().add("line-field-label");
        Control control = f.picker() == CostField.Picker.TEXT ? textField(f) : picker(f);
        control.setId("costField-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Tooltip tip = new Tooltip(f.tip());
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        control.setTooltip(tip);
        label.setTooltip(tip);
        label.setLabelFor(control);
        VBox box = new VBox(2, label, control);
        box.getStyleClass().add("line-field");
        return box;
    }

    private TextField textField(CostField f) {
        TextField text = new TextField();
        text.setPrefColumnCount(f == CostField.HOURS && kind == LineKind.PEOPLE ? 10 : 8);
        if (f == CostField.HOURS && kind == LineKind.PEOPLE) {
            text.setPromptText("task duration");
        }
        refreshers.add(() -> {
            CostInput in = viewModel.lineInput(index);
            if (in != null) {
                text.setText(CostInputs.value(in, f));
                text.pseudoClassStateChanged(INVALID, false);
            }
        });
        text.setOnAction(e -> apply(text, f, text.getText()));
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
                note.hide();
            }
        });
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                apply(text, f, text.getText());
            }
        });
        return text;
    }

    private ComboBox<String> picker(CostField f) {
        ComboBox<String> box = new ComboBox<>();
        box.setPrefWidth(170);
        ObservableList<String> source = switch (f.picker()) {
            case ROLE -> prices.roleNames();
            case GPU -> prices.gpuNames();
            case MODEL -> prices.modelNames();
            case TEXT -> throw new IllegalStateException();
        };
        Runnable fill = () -> {
            CostInput in = viewModel.lineInput(index);
            String current = in == null ? null : CostInputs.value(in, f);
            List<String> items = new ArrayList<>(source);
            if (current != null && items.stream().noneMatch(current::equalsIgnoreCase)) {
                items.add(current);
            }
            if (!box.getItems().equals(items)) {
                box.getItems().setAll(items);
            }
            box.setValue(current);
        };
        refreshers.add(fill);
        source.addListener((ListChangeListener<String>) c -> {
            boolean was = updating;
            updating = true;
            try {
                fill.run();
            } finally {
                updating = was;
            }
        });
        box.setOnAction(e -> {
            if (!updating && box.getValue() != null) {
                apply(box, f, box.getValue());
            }
        });
        return box;
    }

    private void apply(Control control, CostField f, String text) {
        if (updating || viewModel.lineInput(index) == null) {
            return;
        }
        String error = viewModel.editInput(index, f, text);
        if (error != null) {
            control.pseudoClassStateChanged(INVALID, true);
            note.show(control, error);
        } else {
            control.pseudoClassStateChanged(INVALID, false);
        }
    }
}
