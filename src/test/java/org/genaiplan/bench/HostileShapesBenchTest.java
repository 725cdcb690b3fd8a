package org.genaiplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.Test;

/** The hostile shapes are the shapes they claim to be (their timing is the benchmark's, not a test's). */
class HostileShapesBenchTest {

    @Test
    void shapesHaveTheirSizes() {
        Plan deep = HostileShapesBench.deepOutline(2_000);
        assertThat(deep.taskCount()).isEqualTo(2_000);
        assertThat(deep.tasksInOrder().stream().mapToInt(Task::level).max()).hasValue(1_000);
        assertThat(HostileShapesBench.risks(200).risks()).hasSize(200);
        Plan gpus = HostileShapesBench.gpuTypes(100);
        assertThat(gpus.priceTable().gpus()).hasSize(100);
        assertThat(gpus.tasksInOrder().stream().mapToInt(t -> t.costLines().size()).sum()).isEqualTo(100);
        Plan loops = HostileShapesBench.twoTaskLoops(10);
        assertThat(new CpmScheduler().schedule(loops).loops()).hasSize(5);
        Plan fanIn = HostileShapesBench.manyPredecessors(50);
        assertThat(fanIn.predecessorsOf(fanIn.task(51))).hasSize(50);
    }

    @Test
    @Slow
    void theInfoPlanHasAHundredThousandTasksTenThousandRisksAndAThousandLevels() {
        Plan plan = HostileShapesBench.infoPlan();
        assertThat(plan.taskCount()).isEqualTo(100_000);
        assertThat(plan.risks()).hasSize(10_000);
        assertThat(plan.tasksInOrder().stream().mapToInt(Task::level).max()).hasValue(1_000);
    }
}
