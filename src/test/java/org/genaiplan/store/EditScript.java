package org.genaiplan.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.RemovedTasks;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * A reproducible sequence of user actions (add, rename, edit, move, delete, restore tasks; add and
 * remove dependencies; risks, roles, plan settings). Action N depends only on the seed, N and the plan,
 * so replaying actions 1..N on {@link #startPlan()} gives the plan a session had after N actions.
 */
final class EditScript {
    private final long seed;
    private final Deque<RemovedTasks> removed = new ArrayDeque<>();

    EditScript(long seed) {
        this.seed = seed;
    }

    static Plan startPlan() {
        Plan plan = new Plan("Burst", LocalDate.of(2026, 2, 2));
        Task a = plan.addTask(null, "A");
        plan.addTask(a, "A1");
        plan.addTask(null, "B");
        plan.changes().drain();
        return plan;
    }

    /** The plan after actions 1..n. */
    static Plan replay(long seed, int n) {
        Plan plan = startPlan();
        EditScript script = new EditScript(seed);
        for (int i = 1; i <= n; i++) {
            script.apply(plan, i);
        }
        return plan;
    }

    void apply(Plan plan, int n) {
        Random r = new Random(seed * 1_000_003L + n);
        List<Task> tasks = plan.tasksInOrder();
        Task any = tasks.isEmpty() ? null : tasks.get(r.nextInt(tasks.size()));
        int kind = r.nextInt(12);
        try {
            switch (kind) {
                case 0, 1, 2 -> {
                    Task parent = r.nextInt(3) == 0 ? null : any;
                    int index = r.nextInt(plan.children(parent).size() + 1);
                    Task t = plan.addTask(parent, index, "T" + n);
                    t.setDurationMinutes(30L * r.nextInt(40));
                }
                case 3 -> {
                    if (any != null) {
                        any.setName("R" + n);
                    }
                }
                case 4 -> {
                    if (any != null) {
                        any.setPercentComplete(r.nextInt(101));
                        any.setNotes("note " + n);
                        any.setFixedCost(BigDecimal.valueOf(r.nextInt(10_000), 2));
                    }
                }
                case 5 -> {
                    Task target = tasks.get(r.nextInt(tasks.size()));
                    if (any != null && target != any && !any.isAncestorOf(target)) {
                        plan.move(any, r.nextBoolean() ? null : target, 0);
                    }
                }
                case 6 -> {
                    if (any != null && tasks.size() > 4) {
                        removed.push(plan.remove(any));
                    }
                }
                case 7 -> {
                    if (!removed.isEmpty()) {
                        RemovedTasks back = removed.pop();
                        if (back.parent() == null || plan.contains(back.parent())) {
                            if (back.index() <= plan.children(back.parent()).size()) {
                                plan.restore(back);
                            }
                        }
                    }
                }
                case 8 -> {
                    Task other = tasks.get(r.nextInt(tasks.size()));
                    if (any != null && other != any) {
                        plan.addDependency(new Dependency(any.id(), other.id(),
                                DependencyType.values()[r.nextInt(4)], r.nextInt(200) - 100));
                    }
                }
                case 9 -> {
                    List<Dependency> deps = new ArrayList<>(plan.dependencies());
                    if (!deps.isEmpty()) {
                        plan.removeDependency(deps.get(r.nextInt(deps.size())));
                    }
                }
                case 10 -> {
                    if (plan.risks().size() > 3 && r.nextBoolean()) {
                        plan.removeRisk(plan.risks().get(r.nextInt(plan.risks().size())));
                    } else {
                        Risk risk = plan.addRisk("Risk " + n);
                        risk.setProbability(1 + r.nextInt(5));
                        if (any != null) {
                            risk.linkTask(any.id());
                        }
                    }
                }
                default -> {
                    if (r.nextBoolean()) {
                        plan.putRole(new Role("Role " + r.nextInt(5), BigDecimal.valueOf(r.nextInt(200))));
                    } else {
                        plan.setDescription("after action " + n);
                    }
                }
            }
        } catch (ValidationException e) {
            // a refused action changes nothing, as in the app
        }
    }
}
