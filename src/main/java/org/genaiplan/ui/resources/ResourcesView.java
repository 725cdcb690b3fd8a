package org.genaiplan.ui.resources;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.model.Person;
import org.genaiplan.model.Role;
import org.genaiplan.ui.CellNote;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.resources.ResourcesViewModel.PersonColumn;
import org.genaiplan.ui.resources.ResourcesViewModel.RoleColumn;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Resources tab: the plan's roles and its people, each with rate per hour, max units, availability and
 * the number of tasks they own. Cells are typed into (Enter, F2 or double-click); Add and Remove work on the
 * table's selection. Every change is one undoable step.
 */
public final class ResourcesView extends BorderPane implements org.genaiplan.ui.EditTarget.WithoutClipboard {
    private static final PseudoClass EXAMPLE = PseudoClass.getPseudoClass("example");
    private final ResourcesViewModel viewModel;
    private final CellNote note = new CellNote("resourceCellError");
    private final TableView<Role> roles;
    private final TableView<Person> people;
    private final CapacityPane capacity;
    private final CapacityViewModel capacityModel;

    /** The tab over the open plan of {@code editor}; refusals go to {@code message} (the status bar). */
    public ResourcesView(PlanEditor editor, StringProperty message) {
        this(ResourcesViewModel.create(editor, message));
    }

    public ResourcesView(ResourcesViewModel viewModel) {
        this.viewModel = viewModel;
        this.capacityModel = new CapacityViewModel(viewModel.runner());
        getStyleClass().add("resources-view");
        getStylesheets().add(ResourcesView.class.getResource("resources.css").toExternalForm());
        setId("resourcesView");

        roles = table("roleTable", viewModel.roles(), Role::example);
        roles.getColumns().add(TextCell.column(note, "Role", 190, Role::name, (i, t) -> viewModel.editRole(i, RoleColumn.NAME, t),
                "The role's name; renaming it renames it on every task, cost line and person that uses it."));
        roles.getColumns().add(TextCell.column(note, "Rate / hour", 110, ResourcesViewModel::rateText,
                (i, t) -> viewModel.editRole(i, RoleColumn.RATE, t),
                "Cost of one working hour of this role; owner's work = rate x task duration.", "number-cell"));
        roles.getColumns().add(TextCell.column(note, "Max units", 90, r -> ResourcesViewModel.unitsText(r.maxUnits()),
                (i, t) -> viewModel.editRole(i, RoleColumn.MAX_UNITS, t),
                "How much of this role the plan can use at once: 100 % is one full-time person, 300 % three.",
                "number-cell"));
        roles.getColumns().add(TextCell.column(note, "Availability", 240, Role::availability,
                (i, t) -> viewModel.editRole(i, RoleColumn.AVAILABILITY, t),
                "A note on when the role is available, such as \"two contractors from April\"."));
        roles.getColumns().add(TextCell.column(note, "Tasks", 60, r -> Integer.toString(viewModel.tasksOwnedBy(r.name())), null,
                "Tasks this role owns.", "number-cell"));
        roles.getColumns().add(exampleColumn());
        roles.getColumns().add(TextCell.column(note, "Responsibilities", 320, Role::responsibilities,
                (i, t) -> viewModel.editRole(i, RoleColumn.RESPONSIBILITIES, t),
                "What the role owns and decides (from the role library, or your own words); \"Shared role\" marks one"
                        + " person who serves several teams."));
        roles.getColumns().add(TextCell.column(note, "Shared", 150, viewModel::sharedText, null,
                "A shared role serves several teams (its responsibilities say \"Shared role\", as the role library"
                        + " does for the seeds' shared resources) or owns tasks in more than one phase of this plan."));

        people = table("peopleTable", viewModel.people(), p -> false);
        people.getColumns().add(TextCell.column(note, "Person", 170, Person::name,
                (i, t) -> viewModel.editPerson(i, PersonColumn.NAME, t),
                "The person's name; renaming them renames them on every task they own."));
        people.getColumns().add(roleColumn());
        people.getColumns().add(TextCell.column(note, "Own rate / hour", 120, ResourcesViewModel::rateText,
                (i, t) -> viewModel.editPerson(i, PersonColumn.RATE, t),
                "The person's own hourly rate; leave it empty to cost them at their role's rate.", "number-cell"));
        people.getColumns().add(TextCell.column(note, "Costed at", 170, viewModel::effectiveRate, null,
                "What one hour of this person costs, and where the rate comes from.", "number-cell"));
        people.getColumns().add(TextCell.column(note, "Max units", 90, p -> ResourcesViewModel.unitsText(p.maxUnits()),
                (i, t) -> viewModel.editPerson(i, PersonColumn.MAX_UNITS, t),
                "How much of the person's time the plan can use: 100 % is full time, 50 % half.", "number-cell"));
        people.getColumns().add(TextCell.column(note, "Availability", 200, Person::availability,
                (i, t) -> viewModel.editPerson(i, PersonColumn.AVAILABILITY, t),
                "A note on when the person is available, such as \"Mondays only\" or \"leaves in June\"."));
        people.getColumns().add(TextCell.column(note, "Tasks", 60, p -> Integer.toString(viewModel.tasksOwnedBy(p.name())), null,
                "Tasks this person owns.", "number-cell"));
        people.getColumns().add(TextCell.column(note, "Leave", 200, p -> capacityModel.leaveText(p.name()),
                (i, t) -> capacityModel.setLeave(viewModel.people().get(i).name(), t),
                "Days off, such as \"2027-04-06 to 2027-04-10; 2027-05-03\": the person has no time for the plan"
                        + " then, which usage and levelling count."));

        SplitPane split = new SplitPane(
                section("Roles", "A role owns tasks at its hourly rate; people can hold a role.", roles, "role",
                        viewModel::addRole, viewModel::removeRole),
                section("People", "A person without an own rate is costed at their role's rate.", people, "person",
                        viewModel::addPerson, viewModel::removePerson));
        split.setOrientation(Orientation.VERTICAL);
        capacity = new CapacityPane(capacityModel, note);
        split.getItems().add(capacity);
        split.setDividerPositions(0.3, 0.5); // the roles table shows about eight rows at the default window size
        setCenter(split);
    }

    private <T> TableView<T> table(String id, ObservableList<T> items, Predicate<T> example) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setEditable(true);
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("None yet: type a name above and press Enter.");
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                pseudoClassStateChanged(EXAMPLE, !isEmpty && item != null && example.test(item));
            }
        });
        // Counts and rates taken from a role change with other rows and tasks: redraw after every change.
        viewModel.refreshedProperty().addListener((obs, o, n) -> table.refresh());
        return table;
    }


    private TableColumn<Person, String> roleColumn() {
        TableColumn<Person, String> col = new TableColumn<>("Role");
        col.setPrefWidth(150);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().role() == null ? "" : f.getValue().role()));
        col.setCellFactory(c -> {
            ComboBoxTableCell<Person, String> cell = new ComboBoxTableCell<>(viewModel.roleChoices());
            cell.setTooltip(new Tooltip("The role the person holds; without an own rate they cost its rate."));
            return cell;
        });
        col.setOnEditCommit(e -> {
            String error = viewModel.editPerson(e.getTablePosition().getRow(), PersonColumn.ROLE, e.getNewValue());
            if (error != null) {
                note.show(people, error);
            }
            people.refresh();
        });
        return col;
    }

    private static <T> TableColumn<T, String> exampleColumn() {
        TableColumn<T, String> col = new TableColumn<>("");
        col.setPrefWidth(80);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() instanceof Role r && r.example()
                ? "example" : ""));
        col.setCellFactory(c -> new TableCell<>() {
            private final Label tag = new Label("example");

            {
                tag.getStyleClass().add("example-tag");
                tag.setTooltip(new Tooltip("A starter rate shipped with the app: type your own rate to replace it."));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null || item.isEmpty() ? null : tag);
            }
        });
        return col;
    }

    private Node section(String title, String hint, TableView<?> table, String id,
                         Function<String, String> add, IntFunction<String> remove) {
        Label heading = new Label(title);
        heading.getStyleClass().add("resources-title");
        Label help = new Label(hint);
        help.getStyleClass().add("resources-hint");
        TextField name = new TextField();
        name.setId(id + "NewName");
        name.setPromptText("New " + id + " name");
        name.setPrefColumnCount(16);
        name.setTooltip(new Tooltip("Type a name and press Enter to add the " + id + "; fill in the rate in the table."));
        Button addButton = new Button("Add", new FontIcon("mdi2p-plus"));
        addButton.setId(id + "Add");
        addButton.setTooltip(new Tooltip("Adds the " + id + " named on the left."));
        Runnable doAdd = () -> {
            String error = add.apply(name.getText());
            if (error == null) {
                name.clear();
                table.getSelectionModel().selectLast();
            } else {
                note.show(name, error);
            }
        };
        addButton.setOnAction(e -> doAdd.run());
        name.setOnAction(e -> doAdd.run());
        Button removeButton = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        removeButton.setId(id + "Remove");
        removeButton.setTooltip(new Tooltip("Removes the selected " + id + " (only when they own no task)."));
        removeButton.setOnAction(e -> {
            String error = remove.apply(table.getSelectionModel().getSelectedIndex());
            if (error != null) {
                note.show(removeButton, error);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, help, spacer, name, addButton, removeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("resources-bar");
        VBox box = new VBox(4, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("resources-section");
        return box;
    }

    // ---- for the window ----

    @Override
    public void undo() {
        viewModel.undo();
    }

    @Override
    public void redo() {
        viewModel.redo();
    }

    @Override
    public void say(String sentence) {
        viewModel.say(sentence);
    }

    /** Delete on the Resources tab removes the selected person, or else the selected role. */
    @Override
    public void delete() {
        String error;
        if (people.isFocused() || roles.getSelectionModel().isEmpty()) {
            error = viewModel.removePerson(people.getSelectionModel().getSelectedIndex());
        } else {
            error = viewModel.removeRole(roles.getSelectionModel().getSelectedIndex());
        }
        if (error != null) {
            note.show(people.isFocused() ? people : roles, error);
        }
    }

    @Override
    public boolean isEditing() {
        return roles.getEditingCell() != null || people.getEditingCell() != null || capacity.isEditing();
    }

    @Override
    public void focus() {
        (people.isFocused() ? people : roles).requestFocus();
    }

    public ResourcesViewModel viewModel() {
        return viewModel;
    }

    /** GPU pools, assignments, usage and levelling. */
    public CapacityPane capacityPane() {
        return capacity;
    }

    public TableView<Role> rolesTable() {
        return roles;
    }

    public TableView<Person> peopleTable() {
        return people;
    }

    /** The message under a field or cell that refused a value, or null when none is showing. */
    public String fieldErrorText() {
        return note.isShowing() ? note.text() : null;
    }
}
