package org.genaiplan.ui.riskanalysis;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.genaiplan.model.Distribution;

/** The three-point estimate's fields in Task information's Advanced tab. */
public final class EstimateInputs {
    private EstimateInputs() {
    }

    /** Adds the rows from {@code row} on; they are disabled for a summary. */
    public static void addTo(GridPane grid, int row, EstimateFields fields, ObservableBooleanValue summary) {
        TextField optimistic = field("taskInfoOptimistic", fields.optimisticProperty(), "optimistic");
        TextField likely = field("taskInfoMostLikely", fields.mostLikelyProperty(), "most likely");
        TextField pessimistic = field("taskInfoPessimistic", fields.pessimisticProperty(), "pessimistic");
        HBox points = new HBox(6, optimistic, likely, pessimistic);
        ChoiceBox<Distribution> distribution = new ChoiceBox<>();
        distribution.setId("taskInfoDistribution");
        distribution.getItems().addAll(Distribution.values());
        distribution.setConverter(new StringConverter<>() {
            @Override
            public String toString(Distribution d) {
                return d == null ? "" : d.label();
            }

            @Override
            public Distribution fromString(String s) {
                return Distribution.parse(s);
            }
        });
        distribution.valueProperty().bindBidirectional(fields.distributionProperty());
        TextField group = field("taskInfoCorrelationGroup", fields.groupProperty(), "none");
        group.setPrefColumnCount(16);
        Label help = new Label("For the risk analysis: the shortest, likeliest and longest durations (all blank: the"
                + " duration is certain). Tasks in one correlation group tend to run long or short together.");
        help.setWrapText(true);
        help.setPrefWidth(380);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("dialog-note");
        for (var node : new javafx.scene.Node[] {points, distribution, group}) {
            node.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(summary::get, summary));
        }
        grid.addRow(row, new Label("Estimate"), points);
        grid.addRow(row + 1, new Label("Distribution"), distribution);
        grid.addRow(row + 2, new Label("Correlation group"), group);
        grid.add(help, 1, row + 3);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
