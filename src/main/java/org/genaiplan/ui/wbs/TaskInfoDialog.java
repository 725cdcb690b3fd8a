package org.genaiplan.ui.wbs;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.DependencyType;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Task information (double-click a row's ID, Shift+F2, or double-click a bar): every field of a task on
 * four tabs, General, Predecessors, Advanced (constraint and deadline) and Notes, with its cost lines for
 * reference. OK applies the
 * changes as one undoable action; a value that is refused keeps the dialog open with the reason.
 */
public final class TaskInfoDialog extends Dialog<ButtonType> {
    private final TaskInfoViewModel model;
    private final Label refusal = new Label();
    private DatePicker deadline;

    TaskInfoDialog(TaskInfoViewModel model) {
        this.model = model;
        setTitle("Task information");
        getDialogPane().setId("taskInfoDialog");
        getDialogPane().getStyleClass().add("task-info");
        getDialogPane().getStylesheets().add(TaskInfoDialog.class.getResource("/org/genaiplan/ui/window/app.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add("dialog-heading");
        Label schedule = new Label();
        schedule.textProperty().bind(model.scheduleProperty());
        schedule.getStyleClass().add("dialog-note");
        refusal.getStyleClass().add("dialog-refusal");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        TabPane tabs = new TabPane(tab("General", general()), tab("Predecessors", predecessors()),
                tab("Advanced", advanced()), tab("Notes", notes()), tab("Costs", costs()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(8, heading, schedule, tabs, refusal);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            // A date typed and not yet committed (OK by Enter, or a click before the field lost the focus) counts.
            deadline.setValue(deadline.getConverter().fromString(deadline.getEditor().getText()));
            String why = model.apply();
            if (why != null) {
                refusal.setText(why);
                e.consume();
            }
        });
    }

    /** Shows the dialog for a task and waits; the changes are applied when the user presses OK. */
    public static void show(Window owner, TaskInfoViewModel model, long taskId) {
        if (!model.load(taskId)) {
            return;
        }
        TaskInfoDialog dialog = new TaskInfoDialog(model);
        dialog.initOwner(owner);
        dialog.showAndWait();
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("taskInfo" + title);
        return tab;
    }

    private GridPane general() {
        GridPane grid = grid();
        TextField name = field("taskInfoName", model.nameProperty());
        TextField duration = field("taskInfoDuration", model.durationProperty());
        duration.disableProperty().bind(model.summaryProperty());
        TextField percent = field("taskInfoPercent", model.percentProperty());
        percent.disableProperty().bind(model.summaryProperty());
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("taskInfoOwner");
        owner.setEditable(true);
        owner.getItems().add("");
        owner.getItems().addAll(model.roleNames());
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        TextField phase = field("taskInfoPhase", model.phaseProperty());
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Duration"), duration);
        grid.addRow(2, new Label("% complete"), percent);
        grid.addRow(3, new Label("Owner"), owner);
        grid.addRow(4, new Label("Phase"), phase);
        org.genaiplan.ui.decide.TechniqueInputs.addTo(grid, 5, model.technique(), model.summaryProperty(),
                model::applyTechniqueDefaults);
        return grid;
    }

    private VBox predecessors() {
        TableView<TaskInfoViewModel.PredecessorRow> table = new TableView<>(model.predecessors());
        table.setId("taskInfoPredecessors");
        table.setEditable(true);
        table.setPrefHeight(200);
        TableColumn<TaskInfoViewModel.PredecessorRow, String> id = new TableColumn<>("ID");
        id.setCellValueFactory(c -> c.getValue().idProperty());
        id.setCellFactory(TextFieldTableCell.forTableColumn());
        id.setPrefWidth(60);
        TableColumn<TaskInfoViewModel.PredecessorRow, String> name = new TableColumn<>("Task name");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setEditable(false);
        name.setPrefWidth(250);
        TableColumn<TaskInfoViewModel.PredecessorRow, DependencyType> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        type.setCellFactory(ComboBoxTableCell.forTableColumn(DependencyType.values()));
        type.setPrefWidth(80);
        TableColumn<TaskInfoViewModel.PredecessorRow, String> lag = new TableColumn<>("Lag");
        lag.setCellValueFactory(c -> c.getValue().lagProperty());
        lag.setCellFactory(TextFieldTableCell.forTableColumn());
        lag.setPrefWidth(90);
        table.getColumns().addAll(java.util.List.of(id, name, type, lag));
        Button add = new Button("Add", new FontIcon("mdi2p-plus"));
        add.setId("taskInfoAddPredecessor");
        add.setOnAction(e -> {
            model.addPredecessor();
            table.getSelectionModel().selectLast();
            table.edit(model.predecessors().size() - 1, id);
        });
        Button remove = new Button("Remove", new FontIcon("mdi2m-minus"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.predecessors().remove(table.getSelectionModel().getSelectedItem()));
        Label help = new Label("Name a predecessor by its ID (the sheet's first column). The lag is working time, "
                + "such as 2d or -4h.");
        help.setWrapText(true);
        help.setPrefWidth(520);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("dialog-note");
        VBox box = new VBox(8, table, new HBox(8, add, remove), help);
        box.setPadding(new Insets(10));
        return box;
    }

    private GridPane advanced() {
        GridPane grid = grid();
        ComboBox<ConstraintType> type = new ComboBox<>();
        type.setId("taskInfoConstraint");
        type.getItems().setAll(ConstraintType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConstraintType t) {
                return t == null ? "" : TaskInfoViewModel.label(t);
            }

            @Override
            public ConstraintType fromString(String s) {
                return ConstraintType.AS_SOON_AS_POSSIBLE;
            }
        });
        type.valueProperty().bindBidirectional(model.constraintProperty());
        DatePicker date = org.genaiplan.ui.input.DatePickers.shown(new DatePicker(), RowTexts.DATE);
        date.setId("taskInfoConstraintDate");
        date.valueProperty().bindBidirectional(model.constraintDateProperty());
        date.disableProperty().bind(type.valueProperty().map(t -> !t.needsDate()));
        deadline = dateField("taskInfoDeadline", model.deadlineProperty());
        deadline.setPromptText("none");
        Label deadlineHelp = new Label("The date the task should be done by. It does not move the task: finishing"
                + " later makes it late (negative slack), and the Gantt chart marks the date with an arrow.");
        deadlineHelp.setWrapText(true);
        deadlineHelp.setPrefWidth(380);
        deadlineHelp.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        deadlineHelp.getStyleClass().add("dialog-note");
        grid.addRow(0, new Label("Constraint"), type);
        grid.addRow(1, new Label("Constraint date"), date);
        grid.addRow(2, new Label("Deadline"), deadline);
        grid.add(deadlineHelp, 1, 3);
        org.genaiplan.ui.riskanalysis.EstimateInputs.addTo(grid, 4, model.estimate(), model.summaryProperty());
        return grid;
    }

    /**
     * A date picker whose text reads as the sheet's date cells do (ISO, "Fri 2026-11-20" or the system's short
     * date); blank is no date, and text that is no date keeps the date it had.
     */
    private static DatePicker dateField(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        org.genaiplan.ui.input.DatePickers.shown(picker, RowTexts.DATE);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private VBox notes() {
        TextArea area = new TextArea();
        area.setId("taskInfoNotes");
        area.setWrapText(true);
        area.textProperty().bindBidirectional(model.notesProperty());
        VBox box = new VBox(area);
        box.setPadding(new Insets(10));
        return box;
    }

    private VBox costs() {
        ListView<String> lines = new ListView<>(model.costLines());
        lines.setPlaceholder(new Label("No cost lines; add them in the Costs tab."));
        lines.setPrefHeight(200);
        VBox box = new VBox(lines);
        box.setPadding(new Insets(10));
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
