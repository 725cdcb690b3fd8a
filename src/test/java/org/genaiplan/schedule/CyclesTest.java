package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;

class CyclesTest {

    @Test
    void cycleRejectedWithTheLoopNamedByWbsCodes() {
        // 1 {1.1, 1.2}, 2 {2.1}: 1.1 -> 1.2 -> 2.1; adding 2.1 -> 1.1 closes the loop.
        Net n = new Net();
        Task p1 = n.plan.addTask(null, "Phase 1");
        Task a = n.child(p1, "A", 1);
        Task b = n.child(p1, "B", 1);
        Task p2 = n.plan.addTask(null, "Phase 2");
        Task c = n.child(p2, "C", 1);
        n.link(a, b).link(b, c);

        Optional<DependencyGraph.Cycle> cycle = DependencyGraph.findCycleIfAdded(n.plan,
                Dependency.finishToStart(c.id(), a.id()));

        assertThat(cycle).isPresent();
        assertThat(cycle.get().path()).isEqualTo("2.1 -> 1.1 -> 1.2 -> 2.1");
        assertThat(cycle.get().message()).isEqualTo("This link would make a loop: 2.1 -> 1.1 -> 1.2 -> 2.1.");
        assertThat(DependencyGraph.findCycleIfAdded(n.plan, Dependency.finishToStart(a.id(), c.id()))).isEmpty();
    }

    @Test
    void loopThroughASummaryIsFound() {
        // 1 {1.1, 1.2}, 2: summary 1 -> 2; then 2 -> 1.2 would loop through the summary that holds 1.2.
        Net n = new Net();
        Task p1 = n.plan.addTask(null, "Phase 1");
        n.child(p1, "A", 1);
        Task b = n.child(p1, "B", 1);
        Task two = n.task("Two", 1);
        n.link(p1, two);

        Optional<DependencyGraph.Cycle> cycle = DependencyGraph.findCycleIfAdded(n.plan,
                Dependency.finishToStart(two.id(), b.id()));

        assertThat(cycle).map(DependencyGraph.Cycle::path).contains("2 -> 1.2 -> 1 -> 2");
    }

    @Test
    void summaryCannotBeLinkedToItsOwnSubtask() {
        Net n = new Net();
        Task p1 = n.plan.addTask(null, "Phase 1");
        Task a = n.child(p1, "A", 1);

        Optional<DependencyGraph.Cycle> cycle = DependencyGraph.findCycleIfAdded(n.plan,
                Dependency.finishToStart(a.id(), p1.id()));

        assertThat(cycle).isPresent();
        assertThat(cycle.get().message()).contains("\"Phase 1\" (1) contains \"A\" (1.1)");
    }

    @Test
    void loadedCycleIsReportedAndTheRestIsScheduled() {
        // A file may hold a loop the editor would have refused: 1 -> 2 -> 3 -> 1, and 4 after 3.
        Net n = new Net();
        Task a = n.task("A", 1);
        Task b = n.task("B", 2);
        Task c = n.task("C", 1);
        Task d = n.task("D", 1);
        n.link(a, b).link(b, c).link(c, a).link(c, d);

        ScheduleReport report = n.schedule();

        assertThat(report.loops()).hasSize(1);
        assertThat(report.loops().get(0)).contains("1").contains("2").contains("3").doesNotContain("4");
        assertThat(report.problems().get(0)).startsWith("Dependencies form a loop: ");
        for (Task t : new Task[] {a, b, c, d}) {
            assertThat(t.start()).isNotNull();
            assertThat(t.finish()).isNotNull();
        }
        assertThat(d.start()).isAfter(c.start());
        assertThat(DependencyGraph.findCycles(n.plan)).isEqualTo(report.loops());
    }

    @Test
    void largeLoadedPlanWithALongLoopDoesNotHang() {
        // 50,000 tasks in one chain closed into a loop: no recursion, no endless propagation.
        Plan plan = new Plan("Long", Net.MONDAY);
        Task first = null;
        Task prev = null;
        for (int i = 0; i < 50_000; i++) {
            Task t = plan.addTask(null, "T" + i);
            t.setDurationMinutes(60);
            if (prev != null) {
                plan.addDependency(Dependency.finishToStart(prev.id(), t.id()));
            } else {
                first = t;
            }
            prev = t;
        }
        plan.addDependency(Dependency.finishToStart(prev.id(), first.id()));

        CpmScheduler scheduler = new CpmScheduler();
        ScheduleReport report = scheduler.schedule(plan);

        assertThat(report.loops()).hasSize(1);
        assertThat(report.loops().get(0).split(" -> ")).hasSize(50_001);
        prev.setDurationMinutes(120);
        assertThat(scheduler.reschedule(plan).loops()).hasSize(1);
    }

    @Test
    void deepOutlineIsHandledWithoutRecursion() {
        // 20,000 levels of nesting, each with a link to the next row.
        Plan plan = new Plan("Deep", Net.MONDAY);
        Task parent = null;
        Task prevLeaf = null;
        for (int i = 0; i < 20_000; i++) {
            Task t = plan.addTask(parent, "L" + i);
            Task leaf = plan.addTask(parent, "Leaf" + i);
            leaf.setDurationMinutes(30);
            if (prevLeaf != null) {
                plan.addDependency(Dependency.finishToStart(prevLeaf.id(), leaf.id()));
            }
            prevLeaf = leaf;
            parent = t;
        }
        Task last = plan.addTask(parent, "Last");
        last.setDurationMinutes(30);

        ScheduleReport report = new CpmScheduler().schedule(plan);

        assertThat(report.loops()).isEmpty();
        assertThat(prevLeaf.start()).isAfter(Net.jan(4, 8));
    }

    @Test
    void selfLinkIsRefusedByTheModel() {
        assertThatThrownBy(() -> Dependency.finishToStart(3, 3)).isInstanceOf(ValidationException.class)
                .hasMessage("A task cannot depend on itself.");
    }
}
