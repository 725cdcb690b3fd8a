package org.genaiplan.model.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;

class GatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final Plan plan = new Plan("Gates", DAY);
    private final Task gateTask = plan.addTask(null, "Go / no-go");
    private final QualityMetric hallucination = new QualityMetric("hallucination-rate", "Hallucination rate",
            "Quality and safety", "sampled", MetricDirection.AT_MOST, 5.0, 4.0, "%", 500, null, null);

    private void setUp(List<Measurement> measured, List<QualityIssue> issues) {
        Gate gate = new Gate(gateTask.id(), List.of(GateCriterion.metrics(List.of("hallucination-rate")),
                GateCriterion.noIssuesAtOrAbove(2)));
        plan.setQuality(new QualityPlan(List.of(hallucination), measured, issues, List.of(gate)));
    }

    @Test
    void statusFollowsTheLatestValueAgainstTargetAndWarning() {
        assertThat(hallucination.statusOf(null)).isEqualTo(MetricStatus.NOT_MEASURED);
        assertThat(hallucination.statusOf(3.0)).isEqualTo(MetricStatus.MET);
        assertThat(hallucination.statusOf(4.5)).isEqualTo(MetricStatus.AT_RISK);
        assertThat(hallucination.statusOf(5.0)).as("on the target, past the warning").isEqualTo(MetricStatus.AT_RISK);
        assertThat(hallucination.statusOf(7.0)).isEqualTo(MetricStatus.NOT_MET);
        QualityMetric accuracy = new QualityMetric("acc", "Accuracy", "", "", MetricDirection.AT_LEAST, 90.0, 92.0,
                "%", null, null, null);
        assertThat(accuracy.statusOf(95.0)).isEqualTo(MetricStatus.MET);
        assertThat(accuracy.statusOf(91.0)).isEqualTo(MetricStatus.AT_RISK);
        assertThat(accuracy.statusOf(80.0)).isEqualTo(MetricStatus.NOT_MET);
        assertThat(hallucination.targetText()).isEqualTo("at most 5 %");
    }

    @Test
    void gateIsPendingUntilMeasuredThenBlockedByAMissedTargetAndAnOpenGradeTwoIssue() {
        setUp(List.of(), List.of());
        assertThat(Gates.of(plan, gateTask.id()).status()).isEqualTo(GateStatus.PENDING);

        QualityIssue issue = new QualityIssue(1, "Advice that could hurt", 2, IssueStatus.OPEN, DAY, null, "QA",
                null, "hallucination-rate", null, "");
        setUp(List.of(new Measurement("hallucination-rate", DAY, 7, 400, "eval harness", "")), List.of(issue));
        GateResult r = Gates.of(plan, gateTask.id());
        assertThat(r.status()).isEqualTo(GateStatus.BLOCKED);
        assertThat(r.reasons()).containsExactly("Hallucination rate is 7 %, target at most 5 %",
                "Grade 2 issue #1 \"Advice that could hurt\" is open");

        setUp(List.of(new Measurement("hallucination-rate", DAY, 7, 400, "eval harness", ""),
                        new Measurement("hallucination-rate", DAY.plusDays(3), 4, 400, "eval harness", "")),
                List.of(issue.withStatus(IssueStatus.FIXED, DAY.plusDays(2))));
        assertThat(Gates.of(plan, gateTask.id()).reasons()).as("a fix counts once verified")
                .containsExactly("Grade 2 issue #1 \"Advice that could hurt\" is fixed");

        setUp(plan.quality().measurements(), List.of(issue.withStatus(IssueStatus.VERIFIED, DAY.plusDays(2))));
        assertThat(Gates.of(plan, gateTask.id()).status()).isEqualTo(GateStatus.PASSED);
        assertThat(Gates.next(plan).name()).isEqualTo("Go / no-go");
    }

    @Test
    void badValuesAreRefusedWithASentence() {
        assertThatThrownBy(() -> new QualityIssue(1, "x", 6, null, null, null, null, null, null, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 (critical) to 5");
        assertThatThrownBy(() -> new Measurement("m", DAY, Double.NaN, null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new QualityPlan(List.of(hallucination),
                List.of(new Measurement("nope", DAY, 1, null, null, null)), List.of(), List.of()))
                .hasMessageContaining("\"nope\"");
    }
}
