package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.junit.jupiter.api.Test;

/** The chatbot WBS is numbered as the seed numbers it; items the seed lacks come after the seed's own. */
class ChatbotSeedNumberingTest {
    @Test
    void modelDevelopmentAndDeploymentFollowTheSeedsNumbers() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        assertThat(plan.taskByWbsCode("2.1").name()).startsWith("Foundation model selection");
        assertThat(plan.taskByWbsCode("2.2").name()).startsWith("Fine-tuning");
        assertThat(plan.taskByWbsCode("2.3").name()).startsWith("RLHF");
        assertThat(plan.taskByWbsCode("2.4").name()).startsWith("Experiment tracking");
        assertThat(plan.taskByWbsCode("4.1").name()).startsWith("CI/CD");
        assertThat(plan.taskByWbsCode("4.2").name()).startsWith("Monitoring dashboard");
        assertThat(plan.taskByWbsCode("4.3").name()).as("not in the seed: after its items").startsWith("Chat interface");
        assertThat(plan.taskByWbsCode("3.3.4").name()).isEqualTo("Go / no-go");
    }
}
