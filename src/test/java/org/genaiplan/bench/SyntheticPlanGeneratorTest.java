package org.genaiplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.DependencyGraph;
import org.genaiplan.schedule.ScheduleReport;
import org.junit.jupiter.api.Test;

class SyntheticPlanGeneratorTest {
    private final SyntheticPlanGenerator generator = new SyntheticPlanGenerator();

    @Test
    void hasTheRequestedSizeAndARealisticShape() {
        Plan plan = generator.generate(2000, 7);

        assertThat(plan.taskCount()).isEqualTo(2000);
        int maxDepth = 0;
        int milestones = 0;
        int owned = 0;
        int progressed = 0;
        for (Task t : plan.tasksInOrder()) {
            maxDepth = Math.max(maxDepth, t.level());
            if (t.isMilestone()) {
                milestones++;
            }
            if (t.ownerRole() != null) {
                owned++;
            }
            if (t.percentComplete() > 0) {
                progressed++;
                assertThat(t.actualStart()).isNotNull();
            }
        }
        assertThat(maxDepth).isBetween(3, 5);
        assertThat(milestones).isPositive();
        assertThat(owned).isGreaterThan(1000);
        assertThat(progressed).isPositive();
        assertThat(plan.roles()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(plan.risks()).hasSizeGreaterThanOrEqualTo(5);
        double ratio = plan.dependencies().size() / (double) plan.taskCount();
        assertThat(ratio).isBetween(1.3, 1.6);
        List<DependencyType> types = new ArrayList<>();
        boolean lag = false;
        boolean lead = false;
        for (Dependency d : plan.dependencies()) {
            types.add(d.type());
            lag |= d.lagMinutes() > 0;
            lead |= d.lagMinutes() < 0;
        }
        assertThat(types).contains(DependencyType.values());
        assertThat(lag).isTrue();
        assertThat(lead).isTrue();
        assertThat(plan.changes().isEmpty()).isTrue();
    }

    @Test
    void bigPlansCarryCostLinesOfEveryKindActualsAndBudgets() {
        Plan plan = generator.generate(2000, 7);
        new CpmScheduler().schedule(plan);
        CostReport report = CostReport.of(plan, SyntheticPlanGenerator.DEFAULT_START.plusYears(5));
        java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
        int withLines = 0;
        for (Task t : plan.tasksInOrder()) {
            if (!t.costLines().isEmpty()) {
                withLines++;
            }
            t.costLines().forEach(l -> kinds.add(l.input().getClass()));
        }
        assertThat(withLines).isBetween(250, 500);
        assertThat(kinds).hasSize(8);
        assertThat(report.items()).allSatisfy(i -> assertThat(i.missingPrice()).isNull());
        for (CostCategory c : CostCategory.values()) {
            assertThat(report.byCategory().get(c).planned()).as(c.label()).isPositive();
        }
        assertThat(report.total().actual()).isPositive();
        assertThat(plan.budget().total()).isGreaterThan(report.total().planned());
        assertThat(plan.budget().phases()).isNotEmpty();
        assertThat(plan.priceTable().gpus()).isNotEmpty();
    }

    @Test
    void networkHasNoLoopAndSchedules() {
        Plan plan = generator.generate(3000, 11);
        assertThat(DependencyGraph.findCycles(plan)).isEmpty();
        ScheduleReport report = new CpmScheduler().schedule(plan);
        assertThat(report.loops()).isEmpty();
        assertThat(plan.tasksInOrder()).allMatch(t -> t.start() != null && t.finish() != null);
        assertThat(plan.tasksInOrder()).anyMatch(Task::isCritical);
    }

    @Test
    void sameSeedSamePlanOtherSeedOtherPlan() {
        assertThat(describe(generator.generate(500, 3))).isEqualTo(describe(generator.generate(500, 3)));
        assertThat(describe(generator.generate(500, 3))).isNotEqualTo(describe(generator.generate(500, 4)));
    }

    @Test
    void tinyPlansWork() {
        assertThat(generator.generate(1, 1).taskCount()).isEqualTo(1);
        assertThat(generator.generate(7, 1).taskCount()).isEqualTo(7);
    }

    private static String describe(Plan plan) {
        StringBuilder sb = new StringBuilder();
        for (Task t : plan.tasksInOrder()) {
            sb.append(plan.wbsCode(t)).append(' ').append(t.name()).append(' ').append(t.durationMinutes())
                    .append(' ').append(t.ownerRole()).append(' ').append(t.percentComplete()).append('\n');
        }
        plan.dependencies().forEach(d -> sb.append(d).append('\n'));
        plan.risks().forEach(r -> sb.append(r.title()).append(r.score()).append('\n'));
        plan.tasksInOrder().forEach(t -> sb.append(t.costLines()).append(t.workActualCost()));
        sb.append(plan.budget());
        return sb.toString();
    }
}
