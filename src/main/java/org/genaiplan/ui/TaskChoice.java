package org.genaiplan.ui;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** A task offered in a list to pick from: its WBS code and name, shown as "1.2  Name". */
public record TaskChoice(long taskId, String wbsCode, String name) {
    @Override
    public String toString() {
        return wbsCode + "  " + name;
    }

    /** Every task of the plan in outline order (none without a plan). */
    public static List<TaskChoice> of(Plan plan) {
        if (plan == null) {
            return List.of();
        }
        List<TaskChoice> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            out.add(of(plan, t));
        }
        return out;
    }

    public static TaskChoice of(Plan plan, Task task) {
        return new TaskChoice(task.id(), plan.wbsCode(task), task.name());
    }
}
