package org.genaiplan.schedule.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.tracking.Tracking;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.store.PlanRows;
import org.junit.jupiter.api.Test;

/** Actuals applied and taken back, "update to status date", and the baseline list's rules. */
class TrackingUpdatesTest {

    @Test
    void actualsGoToTheMatchingCostLineOrTheWorkAndUndoPutsEverythingBack() {
        Plan plan = WorkedExample.plan();
        var before = PlanRows.of(plan);
        ActualsUpdate update = new ActualsUpdate(List.of(
                new ActualsUpdate.Row(1, LocalDate.of(2026, 3, 4), UsageKind.GPU_HOURS, new BigDecimal("60"),
                        new BigDecimal("180"), 40),
                new ActualsUpdate.Row(1, LocalDate.of(2026, 3, 3), UsageKind.PEOPLE_HOURS, new BigDecimal("16"),
                        new BigDecimal("1600"), 20),
                new ActualsUpdate.Row(2, LocalDate.of(2026, 3, 4), UsageKind.INPUT_TOKENS, new BigDecimal("5000"),
                        new BigDecimal("2.50"), null)), LocalDate.of(2026, 3, 4));
        update.apply(plan);
        Task train = plan.task(1);
        Task evaluate = plan.task(2);
        assertThat(train.costLines().getFirst().actual()).isEqualByComparingTo("180");
        assertThat(train.workActualCost()).isEqualByComparingTo("1600");
        assertThat(train.percentComplete()).as("the latest date's % complete wins").isEqualTo(40);
        assertThat(evaluate.workActualCost()).as("no API line: the work takes it").isEqualByComparingTo("2.50");
        assertThat(plan.statusDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(plan.tracking().used(1, null).gpuHours()).isEqualByComparingTo("60");
        assertThat(plan.tracking().used(2, null).inputTokens()).isEqualTo(5000);

        update.undo(plan);
        assertThat(PlanRows.of(plan)).isEqualTo(before);
    }

    @Test
    void updateToStatusDateMarksScheduledWorkDoneAndNeverLowersProgress() {
        Plan plan = WorkedExample.plan();
        plan.task(2).setPercentComplete(90);
        // End of Wednesday 4 March: Train (2-13 March) is 3 of 10 days in; Evaluate not started but kept at 90.
        Map<Task, Integer> changes = StatusUpdate.percentages(plan, LocalDate.of(2026, 3, 4));
        assertThat(changes).containsExactly(Map.entry(plan.task(1), 30));
        assertThat(StatusUpdate.percentages(plan, LocalDate.of(2026, 3, 31)))
                .containsExactly(Map.entry(plan.task(1), 100), Map.entry(plan.task(2), 100));
        assertThat(StatusUpdate.percentages(plan, LocalDate.of(2026, 2, 27))).isEmpty();
    }

    @Test
    void baselinesAreNamedUniquelyRenamedAndTheComparedOneFollowsARename() {
        Plan plan = WorkedExample.plan();
        Tracking t = Tracking.NONE;
        for (int i = 1; i <= 15; i++) {
            t = t.withBaseline(BaselineCapture.of(plan, "B" + i, LocalDateTime.of(2026, 3, 1, 9, 0)));
        }
        assertThat(t.baselines()).as("not capped at 11").hasSize(15);
        assertThat(t.comparedBaseline().name()).as("the first by default").isEqualTo("B1");
        t = t.comparedTo("b7").renamed("B7", "Re-plan");
        assertThat(t.comparedBaseline().name()).isEqualTo("Re-plan");
        Tracking fixed = t;
        assertThatThrownBy(() -> fixed.renamed("B1", "re-plan")).isInstanceOf(ValidationException.class)
                .hasMessage("The plan already has a baseline \"re-plan\".");
        assertThatThrownBy(() -> fixed.withoutBaseline("nope")).isInstanceOf(ValidationException.class)
                .hasMessage("The plan has no baseline \"nope\".");
        assertThat(t.withoutBaseline("Re-plan").comparedBaseline().name()).isEqualTo("B1");
        assertThat(t.withBaseline(BaselineCapture.of(plan, "b2", LocalDateTime.now())).baselines()).hasSize(15);
    }

    @Test
    void evCurveEndsAtTheStatusDateWithTheHandComputedFigures() {
        Plan plan = WorkedExample.plan();
        plan.setTracking(plan.tracking().withBaseline(BaselineCapture.of(plan, "A", LocalDateTime.now())));
        EarnedValueTest.recordProgress(plan);
        List<EvCurve.Point> points = EvCurve.of(plan, plan.tracking().comparedBaseline(), EarnedValueTest.STATUS);
        EvCurve.Point atStatus = points.stream().filter(p -> p.date().equals(EarnedValueTest.STATUS)).findFirst()
                .orElseThrow();
        assertThat(atStatus.pv()).isCloseTo(10_700, org.assertj.core.data.Offset.offset(0.01));
        assertThat(atStatus.ev()).isCloseTo(9_900, org.assertj.core.data.Offset.offset(0.01));
        assertThat(atStatus.ac()).isCloseTo(10_450, org.assertj.core.data.Offset.offset(0.01));
        assertThat(points.getLast().ev()).isNull();
        assertThat(points.getLast().pv()).isCloseTo(12_300, org.assertj.core.data.Offset.offset(0.01));
    }
}
