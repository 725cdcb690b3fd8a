package org.genaiplan.ui.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Makes a milestone a gate, or changes a gate's criteria: metrics met, no open issues at a grade, no big risk. */
public final class GateDialog extends Dialog<GateInput> {
    public GateDialog(Window owner, Map<Long, String> milestones, Map<String, String> metrics, GateInput start) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Gate on a milestone");
        setHeaderText(null);
        getDialogPane().setId("gateDialog");
        ChoiceBox<Long> milestone = new ChoiceBox<>();
        milestone.getItems().setAll(milestones.keySet());
        milestone.setConverter(converter(id -> milestones.getOrDefault(id, "")));
        milestone.setValue(start.milestoneId() > 0 ? start.milestoneId() : null);
        milestone.setId("gateMilestone");
        VBox metricBoxes = new VBox(3);
        List<CheckBox> checks = new ArrayList<>();
        metrics.forEach((id, name) -> {
            CheckBox c = new CheckBox(name);
            c.setUserData(id);
            c.setSelected(start.metricIds().contains(id));
            checks.add(c);
            metricBoxes.getChildren().add(c);
        });
        ChoiceBox<Integer> grade = new ChoiceBox<>();
        grade.getItems().setAll(null, 1, 2, 3, 4, 5);
        grade.setConverter(converter(g -> g == null ? "issues do not count" : g == 1 ? "no open Grade 1 issue"
                : "no open issue of Grade 1 to " + g));
        grade.setValue(start.issueGrade());
        grade.setId("gateGrade");
        CheckBox riskOn = new CheckBox("no open risk scoring above");
        riskOn.setSelected(start.riskScore() != null);
        Spinner<Integer> risk = new Spinner<>(0, 25, start.riskScore() == null ? 15 : start.riskScore());
        risk.disableProperty().bind(riskOn.selectedProperty().not());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Milestone"), milestone);
        grid.addRow(1, new Label("Metrics met"), metricBoxes);
        grid.addRow(2, new Label("Issues"), grade);
        grid.addRow(3, riskOn, risk);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(milestone.valueProperty().isNull());
        setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            List<String> chosen = new ArrayList<>();
            for (CheckBox c : checks) {
                if (c.isSelected()) {
                    chosen.add((String) c.getUserData());
                }
            }
            return new GateInput(milestone.getValue(), chosen, grade.getValue(),
                    riskOn.isSelected() ? risk.getValue() : null);
        });
    }

    public static Optional<GateInput> ask(Window owner, Map<Long, String> milestones, Map<String, String> metrics,
                                          GateInput start) {
        return new GateDialog(owner, milestones, metrics, start).showAndWait();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
