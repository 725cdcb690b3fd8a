package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.capacity.Leave;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.junit.jupiter.api.Test;

/** Levelling on small plans with known schedules, and on random plans: no capacity exceeded, no link broken. */
class LevellerTest {

    private static void gpus(Task t, int count) {
        t.setCostLines(List.of(new CostLine(new ComputeCost("H100", count, BigDecimal.TEN))));
    }

    private static void pools(Plan plan, GpuPool... pools) {
        plan.capacity().set(plan.capacity().state().withPools(List.of(pools)));
    }

    private static void assign(Plan plan, Task t, Assignment... a) {
        plan.capacity().set(plan.capacity().state().withLoad(t.id(), plan.capacity().load(t.id())
                .withAssignments(List.of(a))));
    }

    /** Accepts every move of a proposal and reschedules. */
    static void accept(Plan plan, LevelProposal proposal) {
        CapacityState s = plan.capacity().state();
        for (LevelProposal.Move m : proposal.moves()) {
            s = s.withLoad(m.taskId(), s.load(m.taskId()).withLevelingDelay(m.newDelayMinutes()));
        }
        plan.capacity().set(s);
        new CpmScheduler().schedule(plan);
    }

    @Test
    void twoTrainingsOnOnePoolRunOneAfterTheOther() {
        Net net = new Net();
        Task a = net.task("Pre-train", 5);
        Task b = net.task("Fine-tune", 3);
        gpus(a, 8);
        gpus(b, 8);
        pools(net.plan, new GpuPool("Pool A", "H100", 8));
        net.schedule();
        assertThat(new ResourceUsage(net.plan).overloads()).hasSize(1);
        assertThat(new ResourceUsage(net.plan).overloads().getFirst().taskIds()).containsExactly(a.id(), b.id());

        LevelProposal p = new Leveller().level(net.plan);
        // Equal slack would leave the plan order; the shorter task has more slack, so the longer goes first.
        assertThat(p.moves()).hasSize(1);
        LevelProposal.Move m = p.moves().getFirst();
        assertThat(m.taskId()).isEqualTo(b.id());
        assertThat(m.shiftMinutes()).isEqualTo(5 * Net.DAY);
        assertThat(m.reason()).isEqualTo("waits for 8 H100 of Pool A until 11 Jan, used by 1 Pre-train");
        accept(net.plan, p);
        assertThat(b.start()).isEqualTo(Net.jan(11, 8));
        assertThat(new ResourceUsage(net.plan).overloads()).isEmpty();
        assertThat(new Leveller().level(net.plan).moves()).isEmpty();
    }

    @Test
    void aSixteenGpuPoolFitsTwoEightsButNotAnEvaluationBeside() {
        Net net = new Net();
        Task a = net.task("Training 1", 5);
        Task b = net.task("Training 2", 5);
        Task e = net.task("Evaluation", 2);
        gpus(a, 8);
        gpus(b, 8);
        gpus(e, 4);
        Task after = net.task("Report", 1);
        net.link(e, after);
        pools(net.plan, new GpuPool("Pool A", "H100", 16));
        net.schedule();
        LevelProposal p = new Leveller().level(net.plan);
        accept(net.plan, p);
        assertThat(new ResourceUsage(net.plan).overloads()).isEmpty();
        assertThat(e.start()).isEqualTo(Net.jan(11, 8));
        assertThat(after.start()).isEqualTo(Net.jan(13, 8));
        assertThat(p.moves()).extracting(LevelProposal.Move::reason)
                .anyMatch(r -> r.startsWith("follows 3 Evaluation"));
    }

    @Test
    void aPoolThatGrowsLetsTheSecondTrainingStartWhenItGrows() {
        Net net = new Net();
        Task a = net.task("Training 1", 10);
        Task b = net.task("Training 2", 5);
        gpus(a, 8);
        gpus(b, 8);
        pools(net.plan, new GpuPool("Pool A", "H100", 8, List.of(new GpuPool.Step(LocalDate.of(2027, 1, 6), 16))));
        net.schedule();
        accept(net.plan, new Leveller().level(net.plan));
        assertThat(b.start()).isEqualTo(Net.jan(6, 8));
        assertThat(new GpuPool("P", "H100", 16, GpuPool.parseSteps("32 from 2027-06-01; 8 from 2027-03-01"))
                .gpusOn(LocalDate.of(2027, 4, 1))).isEqualTo(8);
    }

    @Test
    void aPersonOnLeaveDelaysTheirTaskAndHalfTimeTasksShareADay() {
        Net net = new Net();
        net.plan.resources().putPerson(new Person("Ana"));
        Task a = net.task("Label", 2);
        assign(net.plan, a, new Assignment("Ana", 100));
        net.plan.capacity().set(net.plan.capacity().state().withLeave(List.of(
                new Leave("Ana", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), "conference"))));
        Task h1 = net.task("Half 1", 2);
        Task h2 = net.task("Half 2", 2);
        assign(net.plan, h1, new Assignment("Ana", 50));
        assign(net.plan, h2, new Assignment("Ana", 50));
        net.schedule();
        accept(net.plan, new Leveller().level(net.plan));
        assertThat(new ResourceUsage(net.plan).overloads()).isEmpty();
        // Equal slack and priority: plan order, so the label task takes Ana's first two days back.
        assertThat(a.start()).isEqualTo(Net.jan(6, 8));
        assertThat(h1.start()).isEqualTo(Net.jan(8, 8));
        assertThat(h2.start()).isEqualTo(Net.jan(8, 8));
    }

    @Test
    void effortDrivenTasksShortenWhenPeopleAreAdded() {
        TaskLoad load = new TaskLoad(List.of(new Assignment("Ana", 100)), true, null, 0, 500);
        assertThat(load.effortDrivenDuration(10 * Net.DAY, List.of(new Assignment("Ana", 100),
                new Assignment("Bo", 100)))).isEqualTo(5 * Net.DAY);
        assertThat(load.effortDrivenDuration(10 * Net.DAY, List.of(new Assignment("Ana", 50)))).isEqualTo(20 * Net.DAY);
        assertThat(load.withEffortDriven(false).effortDrivenDuration(10 * Net.DAY, List.of(new Assignment("Bo", 200))))
                .isEqualTo(10 * Net.DAY);
        assertThat(load.workMinutes(3 * Net.DAY)).isEqualTo(3 * Net.DAY);
        assertThat(TaskLoad.parseAssignments("Ana 50%, ML engineer 200 %, Bo")).containsExactly(
                new Assignment("Ana", 50), new Assignment("ML engineer", 200), new Assignment("Bo", 100));
    }

    @Test
    void randomPlansLevelledHaveNoOverloadAndKeepTheirLinks() {
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            Net net = new Net();
            Plan plan = net.plan;
            plan.putRole(new Role("Engineer", BigDecimal.TEN, false, 200, ""));
            plan.resources().putPerson(new Person("Ana"));
            pools(plan, new GpuPool("A", "H100", 8, List.of(new GpuPool.Step(LocalDate.of(2027, 2, 1), 16))),
                    new GpuPool("B", "A100", 4));
            List<Task> tasks = new ArrayList<>();
            Task group = null;
            int n = 10 + rnd.nextInt(25);
            for (int i = 0; i < n; i++) {
                if (rnd.nextInt(6) == 0) {
                    group = net.task("Group " + i, 0);
                    continue;
                }
                Task t = group != null && rnd.nextBoolean() ? net.child(group, "T" + i, 0.5 + rnd.nextInt(8) / 2.0)
                        : net.task("T" + i, 0.25 + rnd.nextInt(12) / 2.0);
                tasks.add(t);
                switch (rnd.nextInt(4)) {
                    case 0 -> gpus(t, 1 + rnd.nextInt(8));
                    case 1 -> assign(plan, t, new Assignment(rnd.nextBoolean() ? "Ana" : "Engineer", 25 * (1 + rnd.nextInt(4))));
                    case 2 -> t.setCostLines(List.of(new CostLine(new ComputeCost("A100", 1 + rnd.nextInt(4), BigDecimal.ONE))));
                    default -> { }
                }
            }
            for (int i = 1; i < tasks.size(); i++) {
                if (rnd.nextInt(3) == 0) {
                    Task pred = tasks.get(rnd.nextInt(i));
                    if (!pred.isAncestorOf(tasks.get(i)) && !tasks.get(i).isAncestorOf(pred)) {
                        DependencyType type = DependencyType.values()[rnd.nextInt(4)];
                        plan.addDependency(new Dependency(pred.id(), tasks.get(i).id(), type, rnd.nextInt(3) * 120L));
                    }
                }
            }
            net.schedule();
            LevelProposal p = new Leveller().level(plan);
            accept(plan, p);
            assertThat(new ResourceUsage(plan).overloads()).as("seed " + seed).isEmpty();
            for (LevelProposal.Move m : p.moves()) {
                assertThat(plan.task(m.taskId()).start()).as("seed " + seed + " " + m).isEqualTo(m.newStart());
            }
            WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
            for (Dependency d : plan.dependencies()) {
                Task a = plan.task(d.predecessorId());
                Task b = plan.task(d.successorId());
                if (d.type() == DependencyType.FS) {
                    assertThat(time.between(a.finish(), b.start())).as("seed " + seed)
                            .isGreaterThanOrEqualTo(d.lagMinutes());
                }
            }
        }
    }

    @Test
    void aGeneratedPlanWithFiftyPeopleAndThreePoolsIsLevelledWithoutOverload() {
        Plan plan = org.genaiplan.bench.LevelBench.plan(2_000, 7);
        new CpmScheduler().schedule(plan);
        assertThat(new ResourceUsage(plan).overloads()).isNotEmpty();
        LevelProposal p = new Leveller().level(plan);
        accept(plan, p);
        // Only work that has started can still overlap, and the proposal says so.
        for (var o : new ResourceUsage(plan).overloads()) {
            assertThat(o.taskIds()).as(o.toString()).allMatch(id -> plan.task(id).percentComplete() > 0);
            assertThat(p.unresolved()).anyMatch(u -> u.contains(o.name() + " is already taken"));
        }
        // the same working moment: a milestone after a milestone shows on the next morning, not at the day's end
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        for (LevelProposal.Move m : p.moves()) {
            assertThat(time.toOffset(plan.task(m.taskId()).start())).as(m.toString())
                    .isEqualTo(time.toOffset(m.newStart()));
        }
    }
}
