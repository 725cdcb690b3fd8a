package org.genaiplan.ui.command;

import java.util.Objects;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;

/**
 * Replaces a person with new values in their place in the list. A new name follows into the tasks they own,
 * the cost lines that name them and their task assignments and leave; undo puts all of it back.
 */
public final class EditPersonCommand implements PlanCommand {
    private final String oldName;
    private final Person updated;
    private final String label;
    private Person before;
    private int index;
    private OwnerReferences references;
    private org.genaiplan.model.capacity.CapacityState capacityBefore;

    /** @param label for the Undo menu, e.g. "Edit Person Rate" */
    public EditPersonCommand(String label, String oldName, Person updated) {
        this.label = label;
        this.oldName = Objects.requireNonNull(oldName);
        this.updated = Objects.requireNonNull(updated);
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        Person old = plan.resources().person(oldName);
        if (old == null) {
            throw new ValidationException("The plan has no person \"" + oldName + "\".");
        }
        String name = updated.name();
        boolean renamed = !name.equals(oldName);
        String clash = plan.resources().ownerName(name);
        if (renamed && clash != null && !clash.equals(oldName)) {
            throw new ValidationException("The plan already has a role or person called \"" + clash + "\".");
        }
        var capacity = renamed ? AssignmentReferences.renamed(plan.capacity().state(), oldName, name)
                : plan.capacity().state();
        int at = plan.resources().indexOfPerson(oldName);
        plan.resources().removePerson(oldName);
        try {
            plan.resources().putPerson(at, updated);
        } catch (ValidationException e) {
            plan.resources().putPerson(at, old);
            throw e;
        }
        references = renamed ? OwnerReferences.rename(plan, oldName, name) : null;
        capacityBefore = AssignmentReferences.apply(plan, capacity);
        before = old;
        index = at;
    }

    @Override
    public void undo(Plan plan) {
        plan.resources().removePerson(updated.name());
        plan.resources().putPerson(index, before);
        if (references != null) {
            references.restore(plan);
        }
        if (capacityBefore != null) {
            plan.capacity().set(capacityBefore);
        }
    }
}
