package org.genaiplan.ui.lessons;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.ui.EditTarget;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lessons-learned log: one row a lesson (date, phase, what happened, impact, repeat or change, what to do next
 * time, owner), every cell edited in place; Add lesson starts one dated today in the plan's first phase.
 */
public final class LessonsView extends BorderPane implements EditTarget.WithoutClipboard {
    private final LessonsViewModel model;
    private final TableView<LessonRow> table = new TableView<>();

    public LessonsView(LessonsViewModel model) {
        this.model = model;
        setId("lessonsView");
        getStyleClass().add("lessons-log");
        getStylesheets().add(LessonsView.class.getResource("lessons.css").toExternalForm());
        Button add = new Button("Add lesson", new FontIcon("mdi2l-lightbulb-on-outline"));
        add.setId("lessonAdd");
        add.setOnAction(e -> addLesson());
        Button delete = new Button("Delete");
        delete.setId("lessonDelete");
        delete.setOnAction(e -> delete());
        Label counts = new Label();
        counts.setId("lessonCounts");
        counts.getStyleClass().add("lesson-counts");
        counts.textProperty().bind(model.countsProperty());
        HBox bar = new HBox(8, add, delete, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar);
        top.getStyleClass().add("lesson-bar");
        setTop(top);

        table.setId("lessonTable");
        table.setEditable(true);
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No lessons yet. Add one at each phase review or retrospective: what happened,"
                + " what it did to the project, and what to repeat or change next time."));
        TableColumn<LessonRow, String> phase = column("Phase", LessonRow::phase, LessonsViewModel.Field.PHASE, 160);
        phase.setCellFactory(c -> {
            ComboBoxTableCell<LessonRow, String> cell = new ComboBoxTableCell<>(FXCollections.observableArrayList());
            cell.setComboBoxEditable(true);
            cell.editingProperty().addListener((o, was, is) -> {
                if (is) {
                    cell.getItems().setAll(model.phases());
                }
            });
            return cell;
        });
        TableColumn<LessonRow, String> action = column("Repeat or change", LessonRow::action,
                LessonsViewModel.Field.ACTION, 120);
        action.setCellFactory(ComboBoxTableCell.forTableColumn(
                LessonAction.REPEAT.label(), LessonAction.CHANGE.label()));
        table.getColumns().setAll(List.of(
                column("Date", LessonRow::date, LessonsViewModel.Field.DATE, 95),
                phase,
                column("What happened", LessonRow::whatHappened, LessonsViewModel.Field.WHAT_HAPPENED, 300),
                column("Impact", LessonRow::impact, LessonsViewModel.Field.IMPACT, 220),
                action,
                column("What to do next time", LessonRow::recommendation, LessonsViewModel.Field.RECOMMENDATION, 280),
                column("Owner", LessonRow::owner, LessonsViewModel.Field.OWNER, 130)));
        setCenter(table);
    }

    private TableColumn<LessonRow, String> column(String title, Function<LessonRow, String> text,
                                                  LessonsViewModel.Field field, double width) {
        TableColumn<LessonRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(text.apply(d.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            long id = e.getRowValue().id();
            model.set(id, field, e.getNewValue());
            select(id);
        });
        c.setPrefWidth(width);
        return c;
    }

    private void addLesson() {
        List<String> phases = model.phases();
        long id = model.add("What happened?", phases.isEmpty() ? "" : phases.getFirst());
        if (id > 0) {
            select(id);
            int row = table.getSelectionModel().getSelectedIndex();
            table.requestFocus();
            // once the new row's cells exist, type straight into what happened
            javafx.application.Platform.runLater(() -> table.edit(row, table.getColumns().get(2)));
        }
    }

    /** Selects the lesson's row. */
    public void select(long id) {
        for (LessonRow r : table.getItems()) {
            if (r.id() == id) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            }
        }
    }

    public TableView<LessonRow> table() {
        return table;
    }

    @Override
    public boolean isEditing() {
        return table.getEditingCell() != null;
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
        LessonRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.delete(row.id());
        }
    }

    @Override
    public void focus() {
        table.requestFocus();
    }
}
