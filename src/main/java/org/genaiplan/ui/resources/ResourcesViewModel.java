package org.genaiplan.ui.resources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.PlanChange;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.CreateOwnerCommand;
import org.genaiplan.ui.command.EditPersonCommand;
import org.genaiplan.ui.command.EditRoleCommand;
import org.genaiplan.ui.command.RemovePersonCommand;
import org.genaiplan.ui.command.RemoveRoleCommand;
import org.genaiplan.ui.input.CellInput;

/**
 * The Resources tab's state: the plan's roles and people with rate, max units and availability, and how many
 * tasks each owns. Every edit is one undoable command; it returns null when accepted, else the sentence
 * saying why not, with the plan unchanged.
 */
public final class ResourcesViewModel {
    /** The role table's columns that can be typed into. */
    public enum RoleColumn { NAME, RATE, MAX_UNITS, AVAILABILITY, RESPONSIBILITIES }

    /** The people table's columns that can be typed into or picked. */
    public enum PersonColumn { NAME, ROLE, RATE, MAX_UNITS, AVAILABILITY }

    private final CommandRunner runner;
    private final ObservableList<Role> roles = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<String> roleChoices = FXCollections.observableArrayList();
    private final Map<String, Integer> owned = new HashMap<>();
    /** Each shared role's reason, or null until asked again after a change. */
    private Map<String, String> shared;
    private final Map<Long, String> ownerRoleOf = new HashMap<>();
    private final javafx.beans.property.ReadOnlyLongWrapper refreshed =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "refreshed");

    public ResourcesViewModel(CommandRunner runner) {
        this.runner = Objects.requireNonNull(runner);
        runner.editor().addChangeListener(this::changed);
        refresh();
    }

    /**
     * Follows one action: the lists when roles, people or the plan changed, else only the task counts of the
     * tasks the action touched (an edit of a task's duration costs a lookup, not a pass over the plan).
     */
    private void changed(PlanChange change) {
        if (change.roles() || change.settings()) {
            refresh();
            return;
        }
        Plan plan = runner.plan();
        boolean counts = false;
        for (long id : change.inputs().removedTasks()) {
            counts |= recount(id, null);
        }
        for (long id : change.inputs().tasks()) {
            Task task = plan == null ? null : plan.task(id);
            counts |= recount(id, task == null ? null : task.ownerRole());
        }
        if (counts) {
            refreshed.set(refreshed.get() + 1);
        }
    }

    /** Moves one task's count to its new owner role; whether any count changed. */
    private boolean recount(long taskId, String role) {
        String old = role == null ? ownerRoleOf.remove(taskId) : ownerRoleOf.put(taskId, role);
        if (Objects.equals(old, role)) {
            return false;
        }
        shared = null;
        if (old != null) {
            owned.merge(old, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        if (role != null) {
            owned.merge(role, 1, Integer::sum);
        }
        return true;
    }

    /** A view-model over the open plan of {@code editor}, reporting refusals in {@code message}. */
    public static ResourcesViewModel create(PlanEditor editor, StringProperty message) {
        return new ResourcesViewModel(new CommandRunner(editor, message));
    }

    /** Brings the lists up to date with the plan; lists that did not change are left alone. */
    public void refresh() {
        Plan plan = runner.plan();
        setIfChanged(roles, plan == null ? List.of() : List.copyOf(plan.roles()));
        setIfChanged(people, plan == null ? List.of() : plan.resources().people());
        List<String> choices = new ArrayList<>();
        choices.add("");
        roles.forEach(r -> choices.add(r.name()));
        setIfChanged(roleChoices, choices);
        owned.clear();
        ownerRoleOf.clear();
        shared = null;
        if (plan != null) {
            for (Task t : plan.tasksInOrder()) {
                recount(t.id(), t.ownerRole());
            }
        }
        refreshed.set(refreshed.get() + 1);
    }

    /**
     * Bumped after every refresh: task counts and rates taken from a role can change while the lists stay the
     * same, so the view redraws its cells then.
     */
    public javafx.beans.property.ReadOnlyLongProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> wanted) {
        if (!list.equals(wanted)) {
            list.setAll(wanted);
        }
    }

    // ---- adding and removing ----

    public String addRole(String name) {
        return run(() -> new CreateOwnerCommand(CreateOwnerCommand.Kind.ROLE, required(name, "The role"), List.of()));
    }

    public String addPerson(String name) {
        return run(() -> new CreateOwnerCommand(CreateOwnerCommand.Kind.PERSON, required(name, "The person"),
                List.of()));
    }

    public String removeRole(int index) {
        if (index < 0 || index >= roles.size()) {
            return runner.refuse("Select a role to remove.");
        }
        RemoveRoleCommand remove = new RemoveRoleCommand(roles.get(index).name());
        String refused = runner.run(remove);
        if (refused == null && remove.statusMessage() != null) {
            runner.messageProperty().set(remove.statusMessage());
        }
        return refused;
    }

    public String removePerson(int index) {
        if (index < 0 || index >= people.size()) {
            return runner.refuse("Select a person to remove.");
        }
        RemovePersonCommand remove = new RemovePersonCommand(people.get(index).name());
        String refused = runner.run(remove);
        if (refused == null && remove.statusMessage() != null) {
            runner.messageProperty().set(remove.statusMessage());
        }
        return refused;
    }

    // ---- editing ----

    /** Edits one cell of the role table; a typed rate stops the role being an example. */
    public String editRole(int index, RoleColumn column, String text) {
        if (index < 0 || index >= roles.size()) {
            return runner.refuse("That role no longer exists.");
        }
        Role old = roles.get(index);
        return run(() -> {
            Role changed = switch (column) {
                case NAME -> old.withName(required(text, "The role"));
                case RATE -> old.withRate(CellInput.money(text, "The hourly rate"));
                case MAX_UNITS -> old.withMaxUnits(units(text));
                case AVAILABILITY -> old.withAvailability(text);
                case RESPONSIBILITIES -> old.withResponsibilities(text);
            };
            return changed.equals(old) ? null : new EditRoleCommand(label("Role", column.name()), old.name(), changed);
        });
    }

    /** Edits one cell of the people table; a blank rate costs the person at their role's rate. */
    public String editPerson(int index, PersonColumn column, String text) {
        if (index < 0 || index >= people.size()) {
            return runner.refuse("That person no longer exists.");
        }
        Person old = people.get(index);
        return run(() -> {
            Person changed = switch (column) {
                case NAME -> old.withName(required(text, "The person"));
                case ROLE -> old.withRole(text);
                case RATE -> old.withRate(CellInput.optionalMoney(text, "The hourly rate"));
                case MAX_UNITS -> old.withMaxUnits(units(text));
                case AVAILABILITY -> old.withAvailability(text);
            };
            return changed.equals(old) ? null
                    : new EditPersonCommand(label("Person", column.name()), old.name(), changed);
        });
    }

    private interface CommandSource {
        org.genaiplan.ui.command.PlanCommand make();
    }

    private String run(CommandSource source) {
        if (runner.plan() == null) {
            return runner.refuse("No plan is open.");
        }
        try {
            org.genaiplan.ui.command.PlanCommand command = source.make();
            return command == null ? null : runner.run(command);
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    private static String label(String what, String column) {
        String field = switch (column) {
            case "NAME" -> "Name";
            case "ROLE" -> "Role";
            case "RATE" -> "Rate";
            case "MAX_UNITS" -> "Max Units";
            case "RESPONSIBILITIES" -> "Responsibilities";
            default -> "Availability";
        };
        return "Edit " + what + " " + field;
    }

    /** Max units typed as "150", "150%" or "150 %". */
    static int units(String text) {
        String t = text == null ? "" : text.replace("%", "").replace(",", "").strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new ValidationException("Max units are a whole percentage such as 100 or 50 %, not \""
                    + (text == null ? "" : text.strip()) + "\".");
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field + " needs a name.");
        }
        return text.strip();
    }

    // ---- what the tables show ----

    public ObservableList<Role> roles() {
        return roles;
    }

    public ObservableList<Person> people() {
        return people;
    }

    /** The roles a person can hold, after an empty entry for none. */
    public ObservableList<String> roleChoices() {
        return roleChoices;
    }

    /** How many tasks the role or person owns. */
    public int tasksOwnedBy(String name) {
        return owned.getOrDefault(name, 0);
    }

    /**
     * Whether a role is shared and why ("Shared role", "Owns tasks in 3 phases"), or "" (see
     * {@link org.genaiplan.model.people.SharedRoles}); worked out when first asked after a change of owners.
     */
    public String sharedText(Role role) {
        Plan plan = runner.plan();
        if (plan == null) {
            return "";
        }
        if (shared == null) {
            shared = org.genaiplan.model.people.SharedRoles.reasons(plan);
        }
        String reason = shared.get(role.name());
        if (reason == null && role.responsibilities().strip().toLowerCase(java.util.Locale.ROOT).startsWith("shared")) {
            reason = "Shared role"; // responsibilities edited since the owners were last counted
        }
        return reason == null ? "" : reason;
    }

    /** A role's rate as the table shows it. */
    public static String rateText(Role role) {
        return MoneyText.format(role.ratePerHour());
    }

    /** A person's own rate, or blank when they are costed at their role's. */
    public static String rateText(Person person) {
        return MoneyText.format(person.ratePerHour());
    }

    /** What a person costs an hour and where it comes from: "95.00 (ML engineer's rate)", or "no rate". */
    public String effectiveRate(Person person) {
        Plan plan = runner.plan();
        BigDecimal rate = plan == null ? null : plan.resources().rateOf(person.name());
        if (rate == null) {
            return "no rate";
        }
        return person.ratePerHour() != null ? MoneyText.format(rate)
                : MoneyText.format(rate) + " (" + person.role() + "'s rate)";
    }

    public static String unitsText(int maxUnits) {
        return maxUnits + " %";
    }

    public org.genaiplan.ui.CommandRunner runner() {
        return runner;
    }

    public void undo() {
        runner.undo();
    }

    public void redo() {
        runner.redo();
    }

    /** The open plan's currency, or empty. */
    public String currency() {
        return runner.plan() == null ? "" : runner.plan().currency();
    }

    /** Puts a sentence in the status bar (what an Edit command means here). */
    public void say(String sentence) {
        runner.messageProperty().set(sentence);
    }
}
