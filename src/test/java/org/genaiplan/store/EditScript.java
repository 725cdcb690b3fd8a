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
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.TokenPrice;

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

    /** Zero to three cost lines of random kinds. */
    private static List<CostLine> costLines(Random r, int n) {
        List<CostLine> lines = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            BigDecimal actual = r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(100_000), 2);
            CostInput input = switch (r.nextInt(7)) {
                case 0 -> new PeopleCost("Role " + r.nextInt(5), r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(400), 1));
                case 1 -> new ComputeCost("GPU " + r.nextInt(3), r.nextInt(16), BigDecimal.valueOf(r.nextInt(2000), 1));
                case 2 -> new ApiCost("Model " + r.nextInt(3), r.nextInt(100_000), r.nextInt(2000), r.nextInt(1000),
                        BigDecimal.valueOf(1 + r.nextInt(24)));
                case 3 -> new LicenceCost(BigDecimal.valueOf(r.nextInt(50_000)));
                case 4 -> new AnnotationCost("Role " + r.nextInt(5), r.nextInt(20_000), BigDecimal.valueOf(r.nextInt(60), 1));
                case 5 -> new EvaluationCost("Role " + r.nextInt(5), BigDecimal.valueOf(r.nextInt(300)));
                default -> new OtherCost(BigDecimal.valueOf(r.nextInt(10_000), 2));
            };
            lines.add(new CostLine("line " + n + "." + i, input, actual));
        }
        return lines;
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
                        any.setWorkActualCost(r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(5_000), 1));
                        any.setCostLines(costLines(r, n));
                        any.setDeadline(r.nextBoolean() ? null : java.time.LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400)));
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
                    int what = r.nextInt(4);
                    if (what == 0) {
                        plan.putRole(new Role("Role " + r.nextInt(5), BigDecimal.valueOf(r.nextInt(200)), r.nextBoolean()));
                    } else if (what == 1) {
                        plan.setPriceTable(plan.priceTable().withPricedOn(LocalDate.of(2026, 1, 1).plusDays(n))
                                .withGpu(new GpuPrice("GPU " + r.nextInt(3), BigDecimal.valueOf(r.nextInt(900), 2),
                                        r.nextInt(1000), r.nextBoolean()))
                                .withModel(new TokenPrice("Model " + r.nextInt(3), BigDecimal.valueOf(r.nextInt(900), 2),
                                        BigDecimal.valueOf(r.nextInt(3000), 2), r.nextBoolean())));
                    } else if (what == 2) {
                        plan.setBudget(plan.budget().withTotal(r.nextBoolean() ? null : BigDecimal.valueOf(1 + r.nextInt(99_999)))
                                .withPhase("Phase " + r.nextInt(3), r.nextInt(4) == 0 ? null : BigDecimal.valueOf(1 + r.nextInt(9_999))));
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
