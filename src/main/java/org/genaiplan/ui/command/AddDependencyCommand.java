package org.genaiplan.ui.command;

import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.DependencyGraph;

/** Links two tasks (what dragging from one bar to another does). Refuses a link that would close a loop. */
public final class AddDependencyCommand implements PlanCommand {
    private final Dependency dependency;

    public AddDependencyCommand(Dependency dependency) {
        this.dependency = dependency;
    }

    @Override
    public String displayName() {
        return "Link Tasks";
    }

    @Override
    public void execute(Plan plan) {
        if (plan.task(dependency.predecessorId()) == null || plan.task(dependency.successorId()) == null) {
            throw new ValidationException("The task no longer exists.");
        }
        var cycle = DependencyGraph.findCycleIfAdded(plan, dependency);
        if (cycle.isPresent()) {
            throw new ValidationException(cycle.get().message());
        }
        plan.addDependency(dependency);
    }

    @Override
    public void undo(Plan plan) {
        plan.removeDependency(dependency);
    }

    public Dependency dependency() {
        return dependency;
    }
}
