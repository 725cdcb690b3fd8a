package org.genaiplan.ui.quality;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.genaiplan.model.quality.IssueStatus;
import org.genaiplan.ui.EditTarget;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Issues tab: the graded issue log with filters by grade and status, the counts of both, and buttons to record
 * an issue, edit it and move it on (in progress, fixed, verified, won't fix).
 */
public final class IssueLogView extends BorderPane implements EditTarget.WithoutClipboard {
    private final IssueLogViewModel model;
    private final TableView<IssueRow> table = new TableView<>();

    public IssueLogView(IssueLogViewModel model) {
        this.model = model;
        setId("issueLogView");
        getStyleClass().add("issue-log");
        getStylesheets().add(IssueLogView.class.getResource("quality.css").toExternalForm());
        Button add = new Button("Record issue\u2026", new FontIcon("mdi2b-bug-outline"));
        add.setId("issueAdd");
        add.setOnAction(e -> recordIssue());
        Button edit = new Button("Edit\u2026");
        edit.setId("issueEdit");
        edit.setOnAction(e -> editSelected());
        MenuButton move = new MenuButton("Set status");
        move.setId("issueSetStatus");
        for (IssueStatus s : IssueStatus.values()) {
            MenuItem item = new MenuItem(s.label());
            item.setId("issueStatus-" + s.name());
            item.setOnAction(e -> setStatus(s));
            move.getItems().add(item);
        }
        ChoiceBox<Integer> grade = new ChoiceBox<>();
        grade.getItems().add(null);
        for (int g = 1; g <= model.grades().size(); g++) {
            grade.getItems().add(g);
        }
        grade.setConverter(converter(g -> g == null ? "All grades" : "Grade " + g));
        grade.valueProperty().bindBidirectional(model.gradeFilterProperty());
        grade.setId("issueGradeFilter");
        ChoiceBox<IssueStatus> status = new ChoiceBox<>();
        status.getItems().add(null);
        status.getItems().addAll(IssueStatus.values());
        status.setConverter(converter(s -> s == null ? "All statuses" : s.label()));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.setId("issueStatusFilter");
        HBox bar = new HBox(8, add, edit, move, new Label("Show:"), grade, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label counts = new Label();
        counts.setId("issueCounts");
        counts.getStyleClass().add("issue-counts");
        counts.textProperty().bind(model.countsProperty());
        VBox top = new VBox(4, bar, counts);
        top.getStyleClass().add("issue-bar");
        setTop(top);

        table.setId("issueTable");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No issues recorded. Record one with its grade when evaluation or users find a fault."));
        table.getColumns().setAll(List.of(column("#", r -> String.valueOf(r.id()), 40),
                column("Grade", IssueRow::gradeText, 120), column("Title", IssueRow::title, 280),
                column("Status", IssueRow::status, 90), column("Owner", IssueRow::owner, 120),
                column("Found", IssueRow::found, 90), column("Fixed", IssueRow::fixed, 90),
                column("Metric", IssueRow::metric, 150), column("Task", IssueRow::task, 200),
                column("Risk", IssueRow::risk, 180)));
        table.setRowFactory(t -> {
            TableRow<IssueRow> row = new TableRow<>() {
                @Override
                protected void updateItem(IssueRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeIf(c -> c.startsWith("issue-"));
                    if (item != null && !empty) {
                        getStyleClass().add("issue-" + item.statusKey());
                        if (!item.statusKey().equals("verified") && !item.statusKey().equals("wont-fix")) {
                            getStyleClass().add("issue-grade-" + item.grade());
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        setCenter(table);
    }

    private void recordIssue() {
        IssueDialog.ask(getScene() == null ? null : getScene().getWindow(), model, model.blank(), true)
                .ifPresent(in -> {
                    long id = model.record(in);
                    select(id);
                });
    }

    private void editSelected() {
        IssueRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        IssueInput start = model.input(row.id());
        if (start != null) {
            IssueDialog.ask(getScene().getWindow(), model, start, false).ifPresent(in -> {
                model.change(row.id(), in);
                select(row.id());
            });
        }
    }

    private void setStatus(IssueStatus s) {
        IssueRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.setStatus(row.id(), s);
            select(row.id());
        }
    }

    /** Selects the issue's row, if it is shown. */
    public void select(long id) {
        for (IssueRow r : table.getItems()) {
            if (r.id() == id) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            }
        }
    }

    public TableView<IssueRow> table() {
        return table;
    }

    private static TableColumn<IssueRow, String> column(String title, Function<IssueRow, String> text, double width) {
        TableColumn<IssueRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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

    @Override
    public boolean isEditing() {
        return false;
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public void redo() {
        model.redo();
    }

    @Override
    public void say(String sentence) {
        model.tell(sentence);
    }

    @Override
    public void delete() {
        IssueRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.delete(row.id());
        }
    }

    @Override
    public void focus() {
        table.requestFocus();
    }
}
