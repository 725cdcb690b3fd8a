package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * Creates a role or a person from a name typed as a task's owner and makes it the owner of those tasks, in
 * one step (MS Project's behaviour for an unknown resource name). A new role costs nothing per hour and a new
 * person has no role or rate until the PM fills them in on the Resources tab.
 */
public final class CreateOwnerCommand implements PlanCommand {
    /** What the typed name becomes. */
    public enum Kind { ROLE, PERSON }

    private final Kind kind;
    private final String name;
    private final List<Long> taskIds;
    private final List<String> ownersBefore = new ArrayList<>();

    /** @param taskIds the tasks the new owner takes over; may be empty to only create it */
    public CreateOwnerCommand(Kind kind, String name, List<Long> taskIds) {
        this.kind = java.util.Objects.requireNonNull(kind);
        this.name = name == null ? "" : name.strip();
        this.taskIds = List.copyOf(taskIds);
    }

    @Override
    public String displayName() {
        return kind == Kind.ROLE ? "Add Role" : "Add Person";
    }

    @Override
    public void execute(Plan plan) {
        String known = plan.resources().ownerName(name);
        if (known != null) {
            throw new ValidationException("The plan already has a role or person called \"" + known + "\".");
        }
        List<Task> tasks = new ArrayList<>();
        for (long id : taskIds) {
            Task t = plan.task(id);
            if (t == null) {
                throw new ValidationException("The task no longer exists.");
            }
            tasks.add(t);
        }
        if (kind == Kind.ROLE) {
            plan.putRole(new Role(name, java.math.BigDecimal.ZERO));
        } else {
            plan.resources().putPerson(new Person(name));
        }
        ownersBefore.clear();
        for (Task t : tasks) {
            ownersBefore.add(t.ownerRole());
            t.setOwnerRole(name);
        }
    }

    @Override
    public void undo(Plan plan) {
        for (int i = 0; i < taskIds.size(); i++) {
            plan.task(taskIds.get(i)).setOwnerRole(ownersBefore.get(i));
        }
        if (kind == Kind.ROLE) {
            plan.removeRole(name);
        } else {
            plan.resources().removePerson(name);
        }
    }

    /** The name as the plan now holds it. */
    public String name() {
        return name;
    }
}
