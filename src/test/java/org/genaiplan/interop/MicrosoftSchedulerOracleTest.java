package org.genaiplan.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.WorkTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpxj.ProjectFile;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * MPXJ's {@code MicrosoftScheduler} (MS Project's rules) as an oracle for our scheduler on random networks:
 * every task's early start and finish agree in working time, except where a documented rule differs
 * (ADR 0003): a lead or start-to-finish link that would start a task before the project start (we never do),
 * and a start-no-earlier-than date on a non-working day.
 */
class MicrosoftSchedulerOracleTest {
    static final LocalDate START = LocalDate.of(2027, 1, 4);

    static Plan randomPlan(long seed, int n) {
        Random r = new Random(seed);
        Plan plan = new Plan("Random " + seed, START);
        List<Task> leaves = new ArrayList<>();
        Task parent = null;
        for (int i = 0; i < n; i++) {
            if (i % 10 == 0) {
                parent = plan.addTask(null, "Phase " + i);
                continue;
            }
            Task t = plan.addTask(parent, "Task " + i);
            if (r.nextInt(12) == 0) {
                t.setMilestone(true);
            } else {
                t.setDurationMinutes(60L * (1 + r.nextInt(40)));
            }
            if (r.nextInt(15) == 0) {
                t.setConstraint(ConstraintType.START_NO_EARLIER_THAN, START.plusDays(r.nextInt(40)));
            }
            leaves.add(t);
        }
        for (int i = 1; i < leaves.size(); i++) {
            int links = r.nextInt(3);
            for (int k = 0; k < links; k++) {
                Task pred = leaves.get(r.nextInt(i));
                DependencyType type = DependencyType.values()[r.nextInt(10) < 7 ? 0 : r.nextInt(4)];
                long lag = r.nextInt(4) == 0 ? 60L * (r.nextInt(24) - 8) : 0;
                try {
                    plan.addDependency(new Dependency(pred.id(), leaves.get(i).id(), type, lag));
                } catch (RuntimeException duplicate) {
                    // the same pair twice: one link is enough
                }
            }
        }
        return plan;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void earlyDatesAgreeWithMsProjectsRulesExceptTheDocumentedOnes(long seed) throws Exception {
        Plan plan = randomPlan(seed, 300);
        new CpmScheduler().schedule(plan);
        MspdiExporter exporter = new MspdiExporter();
        ProjectFile project = exporter.toProject(plan);
        new MicrosoftScheduler().schedule(project, START.atTime(plan.calendar().dayStart()));
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        List<org.mpxj.Task> theirs = project.getTasks().stream().filter(t -> t.getUniqueID() != 0).toList();
        List<Task> ours = plan.tasksInOrder();
        int compared = 0;
        int agreed = 0;
        List<String> unexplained = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            Task t = ours.get(i);
            if (t.hasChildren()) {
                continue;
            }
            org.mpxj.Task m = theirs.get(i);
            compared++;
            long s = DateAgreement.offset(time, project.getDefaultCalendar(), m.getStart());
            long f = DateAgreement.offset(time, project.getDefaultCalendar(), m.getFinish());
            if (s == time.toOffset(t.start()) && f == time.toOffset(t.finish())) {
                agreed++;
            } else if (!documented(plan, t, m, time, project)) {
                unexplained.add(t.name() + ": MS Project " + m.getStart() + " to " + m.getFinish() + ", ours "
                        + t.start() + " to " + t.finish());
            }
        }
        System.out.printf("seed %d: %d of %d tasks agree with MicrosoftScheduler%n", seed, agreed, compared);
        assertThat(unexplained).as("differences no documented rule explains").isEmpty();
    }

    /** A difference one of the documented rules explains, here or in a predecessor. */
    private static boolean documented(Plan plan, Task t, org.mpxj.Task m, WorkTime time, ProjectFile project) {
        return documented(plan, t, m, time, project, 0);
    }

    private static boolean documented(Plan plan, Task t, org.mpxj.Task m, WorkTime time, ProjectFile project, int depth) {
        if (m.getStart().isBefore(START.atTime(plan.calendar().dayStart()))) {
            return true; // rule 1: MS Project starts it before the project start
        }
        if (t.constraintType() == ConstraintType.START_NO_EARLIER_THAN
                && !plan.calendar().isWorkingDay(t.constraintDate())) {
            return true; // rule 4
        }
        if (depth > 50) {
            return false;
        }
        Map<Long, org.mpxj.Task> byId = new java.util.HashMap<>();
        List<Task> order = plan.tasksInOrder();
        List<org.mpxj.Task> theirs = project.getTasks().stream().filter(x -> x.getUniqueID() != 0).toList();
        for (int i = 0; i < order.size(); i++) {
            byId.put(order.get(i).id(), theirs.get(i));
        }
        for (Dependency d : plan.predecessorsOf(t)) {
            Task p = plan.task(d.predecessorId());
            org.mpxj.Task pm = byId.get(p.id());
            boolean differs = DateAgreement.offset(time, project.getDefaultCalendar(), pm.getStart()) != time.toOffset(p.start())
                    || DateAgreement.offset(time, project.getDefaultCalendar(), pm.getFinish()) != time.toOffset(p.finish());
            if (differs && documented(plan, p, pm, time, project, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
