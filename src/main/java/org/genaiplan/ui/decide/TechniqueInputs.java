package org.genaiplan.ui.decide;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.genaiplan.templates.Technique;

/** The Technique row of Task information's General tab: the picker, Apply defaults and the cheat-sheet row. */
public final class TechniqueInputs {
    private TechniqueInputs() {
    }

    /** Adds the rows at {@code row} and {@code row + 1} of {@code grid}; {@code apply} runs Apply defaults. */
    public static void addTo(GridPane grid, int row, TechniqueFields fields, ObservableBooleanValue summary,
                             Runnable apply) {
        ComboBox<Technique> picker = new ComboBox<>();
        picker.setId("taskInfoTechnique");
        picker.getItems().add(null);
        picker.getItems().addAll(TechniqueFields.choices());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Technique t) {
                return t == null ? "(none)" : t.name();
            }

            @Override
            public Technique fromString(String s) {
                return null;
            }
        });
        picker.valueProperty().bindBidirectional(fields.techniqueProperty());
        picker.setPrefWidth(260);
        picker.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(summary::get, summary));
        Button defaults = new Button("Apply defaults");
        defaults.setId("taskInfoApplyTechnique");
        defaults.disableProperty().bind(fields.techniqueProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(summary::get, summary)));
        defaults.setOnAction(e -> apply.run());
        defaults.setMinWidth(Region.USE_PREF_SIZE);
        Label sheet = note("taskInfoTechniqueSheet");
        sheet.textProperty().bind(fields.sheetProperty());
        Label applied = note("taskInfoTechniqueApplied");
        applied.textProperty().bind(fields.appliedProperty());
        applied.setMinHeight(36); // room for what Apply defaults did, so the dialog need not grow
        grid.addRow(row, new Label("Technique"), new HBox(8, picker, defaults));
        grid.add(new javafx.scene.layout.VBox(4, sheet, applied), 1, row + 1);
    }

    private static Label note(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setPrefWidth(380);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("dialog-note");
        return label;
    }
}
