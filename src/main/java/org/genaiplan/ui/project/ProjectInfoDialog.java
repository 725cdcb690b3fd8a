package org.genaiplan.ui.project;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.genaiplan.model.CalendarException;
import org.genaiplan.schedule.DurationFormat;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Project > Project information, also shown for a new plan: the plan's name, dates, currency, working
 * calendar with its holidays and other days off, and the default duration of new tasks. OK applies every
 * change as one undoable step; it stays disabled, with the reason below, while a value cannot be used.
 */
public final class ProjectInfoDialog extends Dialog<Boolean> {
    private final ProjectInfoViewModel viewModel;
    private final Label problem = new Label();
    private final Label exceptionError = new Label();

    /** @param newPlan true when shown for a plan just made with File > New (another header) */
    public ProjectInfoDialog(ProjectInfoViewModel viewModel, boolean newPlan) {
        this.viewModel = viewModel;
        setTitle("Project information");
        setHeaderText(newPlan ? "Set up the new plan: its name, dates and working calendar"
                : "The plan's name, dates, working calendar and defaults");
        getDialogPane().getStylesheets().add(ProjectInfoDialog.class.getResource("project.css").toExternalForm());
        getDialogPane().getStyleClass().add("project-dialog");
        getDialogPane().setId("projectInfoDialog");
        setResizable(true);

        VBox content = new VBox(12, general(), calendar(), exceptions(), problemLabel());
        content.getStyleClass().add("project-content");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("projectInfoOk");
        ok.disableProperty().bind(viewModel.problemProperty().isNotEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            content.lookupAll(".date-picker").forEach(n -> ((DatePicker) n).commitValue());
            if (viewModel.apply() != null) {
                e.consume(); // the reason shows below, from the view-model
            }
        });
        setResultConverter(button -> button == ButtonType.OK);
    }

    /** Shows the dialog over {@code owner} and waits; true when the user applied it. */
    public static boolean show(Window owner, ProjectInfoViewModel viewModel) {
        return open(owner, viewModel, false);
    }

    /** As {@link #show}, with the header for a plan just made with File > New. */
    public static boolean showForNewPlan(Window owner, ProjectInfoViewModel viewModel) {
        return open(owner, viewModel, true);
    }

    private static boolean open(Window owner, ProjectInfoViewModel viewModel, boolean newPlan) {
        ProjectInfoDialog dialog = new ProjectInfoDialog(viewModel, newPlan);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().orElse(false);
    }

    private Node general() {
        TextField name = text("projectName", viewModel.nameProperty().get(), "The plan's title, as the workbook"
                + " and reports show it. A plan nobody named is called after its file.");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextArea description = new TextArea();
        description.setId("projectDescription");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        description.setTooltip(tip("What the project is for; the first line heads the workbook's Summary."));
        DatePicker start = DateField.of("projectStart", viewModel.startProperty(), "YYYY-MM-DD",
                "The first day work can start; tasks without links or constraints start here.");
        DatePicker status = DateField.of("projectStatusDate", viewModel.statusDateProperty(), "today",
                "The date progress is reported as of; leave it empty to use today.");
        DatePicker deadline = DateField.of("projectDeadline", viewModel.deadlineProperty(), "none",
                "The date the plan must finish by; work that ends later shows negative slack.");
        TextField currency = text("projectCurrency", null, "The three-letter code money is shown in: USD, EUR, GBP.");
        currency.setPrefColumnCount(4);
        currency.textProperty().bindBidirectional(viewModel.currencyProperty());

        GridPane grid = grid();
        grid.addRow(0, label("Name", name), name);
        GridPane.setColumnSpan(name, 3);
        grid.addRow(1, label("Description", description), description);
        GridPane.setColumnSpan(description, 3);
        grid.addRow(2, label("Project start", start), start, label("Status date", status), status);
        grid.addRow(3, label("Deadline", deadline), deadline, label("Currency", currency), currency);
        return section("Project", grid);
    }

    private Node calendar() {
        SegmentedButton days = new SegmentedButton();
        days.setId("projectWorkingDays");
        days.setToggleGroup(null); // several days are on at once
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton button = new ToggleButton(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            button.setId("workingDay" + day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            button.setSelected(viewModel.workingDays().contains(day));
            button.setTooltip(tip("Whether the team works on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + "s."));
            button.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    viewModel.workingDays().add(day);
                } else {
                    viewModel.workingDays().remove(day);
                }
            });
            viewModel.workingDays().addListener((SetChangeListener<DayOfWeek>) c ->
                    button.setSelected(viewModel.workingDays().contains(day)));
            days.getButtons().add(button);
        }
        TextField hours = text("projectHoursPerDay", null, "Working hours in a day; a duration of 1d is this long.");
        hours.setPrefColumnCount(5);
        hours.textProperty().bindBidirectional(viewModel.hoursPerDayProperty());
        TextField dayStart = text("projectDayStart", null, "When the working day starts, such as 08:00.");
        dayStart.setPrefColumnCount(5);
        dayStart.textProperty().bindBidirectional(viewModel.dayStartProperty());
        TextField duration = text("projectDefaultDuration", null, "The duration a new task starts with. "
                + DurationFormat.HELP);
        duration.setPrefColumnCount(6);
        duration.textProperty().bindBidirectional(viewModel.defaultDurationProperty());

        GridPane grid = grid();
        grid.addRow(0, label("Working days", days), days);
        GridPane.setColumnSpan(days, 3);
        grid.addRow(1, label("Hours per day", hours), hours, label("Day starts at", dayStart), dayStart);
        grid.addRow(2, label("New task duration", duration), duration);
        return section("Working calendar", grid);
    }

    private Node exceptions() {
        TableView<CalendarException> table = new TableView<>(viewModel.exceptions());
        table.setId("projectExceptions");
        table.getStyleClass().add("exception-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No holidays yet: add public holidays and shutdowns so no work is planned on them.");
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        table.getColumns().add(column("From", 110, e -> e.first().toString()));
        table.getColumns().add(column("To", 110, e -> e.last().toString()));
        table.getColumns().add(column("Days", 60, e -> Integer.toString(e.days())));
        table.getColumns().add(column("Name", 220, CalendarException::name));

        DatePicker from = DateField.of("exceptionFrom", null, "first day", "The first day off.");
        DatePicker to = DateField.of("exceptionTo", null, "last day", "The last day off; leave empty for one day.");
        TextField name = text("exceptionName", null, "Optional: Christmas Day, company shutdown, off-site.");
        name.setPromptText("name (optional)");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button("Add", new FontIcon("mdi2p-plus"));
        add.setId("exceptionAdd");
        add.setTooltip(tip("Adds the days off to the calendar; no work is scheduled on them."));
        Runnable doAdd = () -> {
            from.commitValue();
            to.commitValue();
            String why = viewModel.addException(from.getValue(), to.getValue(), name.getText());
            exceptionError.setText(why == null ? "" : why);
            if (why == null) {
                from.setValue(null);
                to.setValue(null);
                name.clear();
            }
        };
        add.setOnAction(e -> doAdd.run());
        name.setOnAction(e -> doAdd.run());
        Button remove = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        remove.setId("exceptionRemove");
        remove.setTooltip(tip("Removes the selected days off."));
        remove.setOnAction(e -> {
            String why = viewModel.removeException(table.getSelectionModel().getSelectedIndex());
            exceptionError.setText(why == null ? "" : why);
        });
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.getStyleClass().add("exception-date");
        }
        for (Button button : new Button[] {add, remove}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox editor = new HBox(6, from, to, name, add, remove);
        editor.setAlignment(Pos.CENTER_LEFT);
        exceptionError.setId("exceptionError");
        exceptionError.getStyleClass().add("problem-text");
        exceptionError.setWrapText(true);
        exceptionError.managedProperty().bind(exceptionError.textProperty().isNotEmpty());
        return section("Holidays and other days off", new VBox(6, table, editor, exceptionError));
    }

    private Node problemLabel() {
        problem.setId("projectProblem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    private static TableColumn<CalendarException, String> column(String header, double width,
                                                                 java.util.function.Function<CalendarException, String> value) {
        TableColumn<CalendarException, String> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return col;
    }

    private static Node section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        return new VBox(6, heading, body);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("project-grid");
        return grid;
    }

    private static TextField text(String id, String value, String tipText) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setTooltip(tip(tipText));
        return field;
    }

    private static Label label(String text, Control field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setTooltip(field.getTooltip());
        return label;
    }

    private static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        return tooltip;
    }
}
