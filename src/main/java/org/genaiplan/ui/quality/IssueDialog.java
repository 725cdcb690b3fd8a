package org.genaiplan.ui.quality;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.genaiplan.model.quality.IssueStatus;

/**
 * Records or edits an issue. The grade picker shows, for the grade chosen, what it covers, an example and the
 * response expected, so the grade is picked knowing what it commits the team to.
 */
public final class IssueDialog extends Dialog<IssueInput> {
    final TextField title = new TextField();
    final ChoiceBox<Integer> grade = new ChoiceBox<>();
    final Label gradeHelp = new Label();
    final ChoiceBox<IssueStatus> status = new ChoiceBox<>();
    final DatePicker found = org.genaiplan.ui.input.DatePickers.iso(new DatePicker());
    final TextField owner = new TextField();
    final ChoiceBox<String> metric = new ChoiceBox<>();
    final TextArea description = new TextArea();
    final TextField task = new TextField();
    final ChoiceBox<Long> risk = new ChoiceBox<>();
    final Label problem = new Label();

    public IssueDialog(Window owner, IssueLogViewModel model, IssueInput start, boolean isNew) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(isNew ? "Record issue" : "Edit issue");
        setHeaderText(null);
        getDialogPane().getStylesheets().add(IssueDialog.class.getResource("quality.css").toExternalForm());
        getDialogPane().setId("issueDialog");
        title.setId("issueTitle");
        title.setPromptText("What went wrong, in a line");
        for (int g = 1; g <= model.grades().size(); g++) {
            grade.getItems().add(g);
        }
        grade.setConverter(converter(g -> "Grade " + g + " \u2013 " + model.grades().get(g - 1).name()));
        grade.setId("issueGrade");
        gradeHelp.setId("issueGradeHelp");
        gradeHelp.getStyleClass().add("grade-help");
        gradeHelp.setWrapText(true);
        gradeHelp.setPrefWidth(520);
        gradeHelp.setMinHeight(110);
        grade.valueProperty().addListener((o, a, b) -> gradeHelp.setText(b == null ? "" : model.gradeHelp(b)));
        status.getItems().setAll(IssueStatus.values());
        status.setConverter(converter(IssueStatus::label));
        status.setId("issueStatus");
        found.setId("issueFound");
        this.owner.setId("issueOwner");
        Map<String, String> metrics = model.metricChoices();
        metric.getItems().add("");
        metric.getItems().addAll(metrics.keySet());
        metric.setConverter(converter(id -> id.isEmpty() ? "(none)" : metrics.getOrDefault(id, id)));
        metric.setId("issueMetric");
        task.setId("issueTask");
        task.setPromptText("WBS code, such as 3.2.2");
        task.setText(model.taskCode(start.taskId()));
        Map<Long, String> risks = model.riskChoices();
        risk.getItems().add(null);
        risk.getItems().addAll(risks.keySet());
        risk.setConverter(converter(id -> id == null ? "(none)" : risks.getOrDefault(id, "")));
        risk.setValue(start.riskId() != null && risks.containsKey(start.riskId()) ? start.riskId() : null);
        risk.setId("issueRisk");
        problem.setId("issueProblem");
        problem.getStyleClass().add("issue-problem");
        description.setId("issueDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);

        title.setText(start.title());
        grade.setValue(start.grade());
        status.setValue(start.status());
        found.setValue(start.found());
        this.owner.setText(start.owner());
        metric.setValue(start.metricId() == null ? "" : start.metricId());
        description.setText(start.description());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int r = 0;
        for (var row : List.of(new Object[] {"Title", title}, new Object[] {"Grade", grade},
                new Object[] {"", gradeHelp}, new Object[] {"Status", status}, new Object[] {"Found", found},
                new Object[] {"Owner", this.owner}, new Object[] {"Metric", metric}, new Object[] {"Task", task},
                new Object[] {"Risk", risk}, new Object[] {"Description", description}, new Object[] {"", problem})) {
            grid.add(new Label((String) row[0]), 0, r);
            grid.add((javafx.scene.Node) row[1], 1, r++);
        }
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(isNew ? "Record" : "OK", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(title.textProperty().isEmpty());
        getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                model.taskOf(task.getText());
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage()); // the dialog stays open to put it right
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? new IssueInput(title.getText(), grade.getValue(), status.getValue(),
                found.getValue(), this.owner.getText(), metric.getValue() == null || metric.getValue().isEmpty()
                        ? null : metric.getValue(), model.taskOf(task.getText()), risk.getValue(),
                description.getText()) : null);
    }

    /** Shows the dialog and waits for the user's answer. */
    public static Optional<IssueInput> ask(Window owner, IssueLogViewModel model, IssueInput start, boolean isNew) {
        return new IssueDialog(owner, model, start, isNew).showAndWait();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
