package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.bench.SyntheticPlanGenerator;
import org.junit.jupiter.api.Test;

/** After any edit, rescheduling only what the edit reaches must give exactly what a full run gives. */
class IncrementalTest {

    private static List<String> snapshot(Plan plan) {
        List<String> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            out.add(t.id() + " " + t.start() + " " + t.finish() + " " + t.lateStart() + " " + t.lateFinish() + " ts="
                    + t.totalSlackMinutes() + " fs=" + t.freeSlackMinutes() + " " + t.isCritical() + " d="
                    + t.rolledUpDurationMinutes() + " p=" + Math.round(t.rolledUpPercentComplete() * 1e6) + " c="
                    + t.cost());
        }
        return out;
    }

    @Test
    void randomEditsOnGeneratedPlansGiveTheFullResult() {
        int incrementalRuns = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Plan plan = new SyntheticPlanGenerator().generate(600, seed);
            if (seed == 2) {
                plan.setDeadline(LocalDate.of(2027, 3, 1));
            }
            List<Task> rows = plan.tasksInOrder();
            CpmScheduler incremental = new CpmScheduler();
            incremental.schedule(plan);
            Random rnd = new Random(seed * 31);
            // odd seeds compare every task's inputs; even ones only those the change log names, as the window does
            boolean logged = seed % 2 == 0;
            plan.changes().drain();
            for (int edit = 0; edit < 60; edit++) {
                Task t = rows.get(rnd.nextInt(rows.size()));
                edit(plan, t, rnd, rows);
                ScheduleReport report = logged ? incremental.reschedule(plan, plan.changes().pendingTasks())
                        : incremental.reschedule(plan);
                plan.changes().drain();
                if (!report.full()) {
                    incrementalRuns++;
                }
                List<String> after = snapshot(plan);
                new CpmScheduler().schedule(plan);
                List<String> full = snapshot(plan);
                assertThat(after).as("seed %d edit %d on %s (%s)", seed, edit, t, report).isEqualTo(full);
            }
        }
        assertThat(incrementalRuns).as("edits rescheduled incrementally").isGreaterThan(150);
    }

    /**
     * Indents and outdents keep the rows in their order and the links as they are; the scheduler then keeps
     * its id index and link lists and works out only the outline again. It must give what a fresh one gives.
     */
    @Test
    void indentsAndOutdentsGiveTheFullResult() {
        for (long seed = 1; seed <= 3; seed++) {
            Plan plan = new SyntheticPlanGenerator().generate(600, seed);
            CpmScheduler scheduler = new CpmScheduler();
            scheduler.schedule(plan);
            Random rnd = new Random(seed * 17);
            int moves = 0;
            for (int edit = 0; edit < 80; edit++) {
                List<Task> rows = plan.tasksInOrder();
                Task t = rows.get(1 + rnd.nextInt(rows.size() - 1));
                List<Task> siblings = t.parent() == null ? plan.roots() : plan.children(t.parent());
                int at = siblings.indexOf(t);
                if (rnd.nextBoolean() && at > 0) {
                    Task above = siblings.get(at - 1);
                    plan.move(t, above, plan.children(above).size());
                } else if (t.parent() != null && at == siblings.size() - 1) {
                    Task p = t.parent();
                    List<Task> up = p.parent() == null ? plan.roots() : plan.children(p.parent());
                    plan.move(t, p.parent(), up.indexOf(p) + 1);
                } else {
                    continue;
                }
                assertThat(plan.tasksInOrder()).as("rows keep their order").containsExactlyElementsOf(rows);
                moves++;
                scheduler.reschedule(plan);
                List<String> after = snapshot(plan);
                new CpmScheduler().schedule(plan);
                assertThat(after).as("seed %d move %d of %s", seed, edit, t).isEqualTo(snapshot(plan));
            }
            assertThat(moves).as("indents and outdents on seed %d", seed).isGreaterThan(15);
        }
    }

    private static void edit(Plan plan, Task t, Random rnd, List<Task> rows) {
        switch (rnd.nextInt(10)) {
            case 0, 1, 2 -> t.setDurationMinutes(60L * rnd.nextInt(60));
            case 3 -> t.setMilestone(!t.isMilestone());
            case 4 -> t.setConstraint(ConstraintType.values()[rnd.nextInt(ConstraintType.values().length)],
                    SyntheticPlanGenerator.DEFAULT_START.plusDays(rnd.nextInt(200)));
            case 5 -> t.setPercentComplete(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(101));
            case 6 -> t.setFixedCost(BigDecimal.valueOf(rnd.nextInt(5000)));
            case 7 -> plan.putRole(new Role("ML engineer", BigDecimal.valueOf(50 + rnd.nextInt(200))));
            case 8 -> t.setDeadline(rnd.nextInt(4) == 0 ? null
                    : SyntheticPlanGenerator.DEFAULT_START.plusDays(rnd.nextInt(200)));
            default -> {
                // A structural edit: a new link between any two tasks (summaries too) that closes no loop,
                // or a new task.
                Task other = rows.get(rnd.nextInt(rows.size()));
                if (rnd.nextInt(3) > 0 && other != t) {
                    Dependency d = new Dependency(other.id(), t.id(), DependencyType.values()[rnd.nextInt(4)],
                            240L * (rnd.nextInt(5) - 2));
                    if (DependencyGraph.findCycleIfAdded(plan, d).isEmpty()
                            && plan.predecessorsOf(t).stream().noneMatch(x -> x.predecessorId() == other.id())) {
                        plan.addDependency(d);
                    }
                } else {
                    Task added = plan.addTask(t.parent(), "Added");
                    added.setDurationMinutes(480);
                }
            }
        }
    }

    @Test
    void changingOneDurationUpdatesOnlyWhatItReaches() {
        // A chain A -> B and an unrelated C: lengthening C touches C (and the plan finish moves, which
        // moves every late date: A and B too). Lengthening A within C's length touches A and B only.
        Net n = new Net();
        Task a = n.task("A", 1);
        Task b = n.task("B", 1);
        Task c = n.task("C", 5);
        n.link(a, b);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(n.plan);

        a.setDurationMinutes(2 * Net.DAY);
        ScheduleReport report = scheduler.reschedule(n.plan);

        assertThat(report.full()).isFalse();
        assertThat(report.updatedTasks()).isEqualTo(2);
        assertThat(b.start()).isEqualTo(Net.jan(6, 8));
        assertThat(b.totalSlackMinutes()).isEqualTo(2 * Net.DAY);
        assertThat(c.isCritical()).isTrue();
    }

    @Test
    void nothingChangedMeansNothingWritten() {
        Plan plan = new SyntheticPlanGenerator().generate(300, 9);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(plan);
        ScheduleReport report = scheduler.reschedule(plan);
        assertThat(report.updatedTasks()).isZero();
        assertThat(report.full()).isFalse();
    }

    @Test
    void oneSchedulerServesTwoPlansOfTheSameShapeWithoutMixingThemUp() {
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 1, 5);
        Plan first = new Plan("First", monday);
        Plan second = new Plan("Second", monday);
        for (Plan p : List.of(first, second)) {
            Task a = p.addTask(null, "A");
            Task b = p.addTask(null, "B");
            a.setDurationMinutes(480);
            b.setDurationMinutes(p == first ? 480 : 3 * 480);
            b.setConstraint(org.genaiplan.model.ConstraintType.FINISH_NO_LATER_THAN, monday);
            p.addDependency(org.genaiplan.model.Dependency.finishToStart(a.id(), b.id()));
        }
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(first);
        ScheduleReport report = scheduler.reschedule(second);

        Task b2 = second.roots().get(1);
        // B of the second plan runs Tue-Thu (3 days after A's Monday), not Tue as in the first plan.
        assertThat(b2.finish()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 8, 16, 0));
        assertThat(report.problems()).anyMatch(msg -> msg.contains("\"B\" (2) cannot finish by 2026-01-05"));
    }
}
