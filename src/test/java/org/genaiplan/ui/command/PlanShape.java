package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** Everything a user could notice about a plan's tasks: ids, outline, order, inputs, links, roles. */
record PlanShape(List<String> rows, List<String> links, List<String> roles) {

    static PlanShape of(Plan plan) {
        List<String> rows = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            rows.add(plan.wbsCode(t) + " #" + t.id() + " parent=" + (t.parent() == null ? 0 : t.parent().id())
                    + " " + TaskInputs.of(t));
        }
        List<String> links = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            for (Dependency d : plan.predecessorsOf(t)) {
                links.add(d.toString());
            }
        }
        List<String> roles = plan.roles().stream().map(Object::toString).toList();
        return new PlanShape(rows, links, roles);
    }
}
