package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/** The chatbot template's ranges: experiment-heavy tasks wide and skewed, set-up tasks narrow, each with its source. */
class TemplateRangesTest {
    private final Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2027, 1, 4));

    private Task named(String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static double width(Task t) {
        Estimate e = t.estimate();
        return (double) (e.pessimisticMinutes() - e.optimisticMinutes()) / e.mostLikelyMinutes();
    }

    @Test
    void everyLeafWithADurationHasARangeAroundItsDuration() {
        for (Task t : plan.tasksInOrder()) {
            if (t.hasChildren() || t.isMilestone() || t.durationMinutes() == 0) {
                assertThat(t.estimate()).as(t.name()).isNull();
                continue;
            }
            assertThat(t.estimate().mostLikelyMinutes()).as(t.name()).isEqualTo(t.durationMinutes());
            assertThat(t.estimate().optimisticMinutes()).isLessThan(t.durationMinutes());
            assertThat(t.estimate().pessimisticMinutes()).isGreaterThan(t.durationMinutes());
        }
    }

    @Test
    void trainingRunsAreWiderThanSetUpAndShareACorrelationGroup() {
        Task run = named("Run fine-tuning jobs");
        Task setUp = named("Set up the tracking server and run conventions");
        assertThat(TemplateRanges.kindOf(run)).isEqualTo(TemplateRanges.Kind.EXPERIMENT);
        assertThat(TemplateRanges.kindOf(setUp)).isEqualTo(TemplateRanges.Kind.SET_UP);
        assertThat(width(run)).isGreaterThan(2 * width(setUp));
        assertThat(run.estimate().distribution()).isEqualTo(Distribution.LOGNORMAL);
        assertThat(run.estimate().group()).isEqualTo("training runs");
        assertThat(named("Train the reward model").estimate().group()).isEqualTo("training runs");
        assertThat(setUp.estimate().group()).isNull();
    }

    @Test
    void everyKindSaysWhereItsRangeComesFrom() {
        for (TemplateRanges.Kind k : TemplateRanges.Kind.values()) {
            assertThat(k.source()).isNotBlank();
            assertThat(k.low()).isLessThan(1);
            assertThat(k.high()).isGreaterThan(1);
        }
    }
}
