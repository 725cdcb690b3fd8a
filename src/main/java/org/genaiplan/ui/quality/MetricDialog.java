package org.genaiplan.ui.quality;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Adds a metric of the user's own or changes one's target, warning threshold, unit and sample size. */
public final class MetricDialog extends Dialog<MetricInput> {
    public MetricDialog(Window owner, MetricInput start, boolean isNew) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(isNew ? "Add metric" : "Edit metric");
        setHeaderText(null);
        getDialogPane().setId("metricDialog");
        TextField name = field("metricName", start.name(), "Hallucination rate");
        TextField group = field("metricGroup", start.group(), "Quality and safety");
        TextField measure = field("metricMeasure", start.measure(), "How it is measured");
        ChoiceBox<String> direction = new ChoiceBox<>();
        direction.getItems().setAll("at most", "at least");
        direction.setValue(start.atMost() ? "at most" : "at least");
        direction.setId("metricDirection");
        TextField target = field("metricTarget", start.target(), "5");
        TextField warning = field("metricWarning", start.warning(), "4 (at risk past it)");
        TextField unit = field("metricUnit", start.unit(), "%, ms, score");
        TextField samples = field("metricSamples", start.sampleSize(), "500");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        Object[][] rows = {{"Name", name}, {"Group", group}, {"Measured as", measure}, {"Direction", direction},
            {"Target", target}, {"Warning", warning}, {"Unit", unit}, {"Sample size", samples}};
        for (int r = 0; r < rows.length; r++) {
            grid.add(new Label((String) rows[r][0]), 0, r);
            grid.add((javafx.scene.Node) rows[r][1], 1, r);
        }
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(isNew ? "Add" : "OK", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty());
        setResultConverter(b -> b == ok ? new MetricInput(start.id(), name.getText(), group.getText(),
                measure.getText(), "at most".equals(direction.getValue()), target.getText(), warning.getText(),
                unit.getText(), samples.getText()) : null);
    }

    private static TextField field(String id, String text, String prompt) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(30);
        return f;
    }

    public static Optional<MetricInput> ask(Window owner, MetricInput start, boolean isNew) {
        return new MetricDialog(owner, start, isNew).showAndWait();
    }
}
