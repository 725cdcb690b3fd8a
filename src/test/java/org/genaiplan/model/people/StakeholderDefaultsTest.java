package org.genaiplan.model.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

class StakeholderDefaultsTest {
    @Test
    void theChatbotTemplateStartsWithTheSeedsStakeholdersACleanRaciAndTheMeetings() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 1, 5));
        StakeholderPlan s = plan.stakeholders();
        assertThat(s.stakeholders()).extracting(Stakeholder::name)
                .contains(StakeholderDefaults.SPONSOR, StakeholderDefaults.END_USERS, StakeholderDefaults.LEGAL,
                        StakeholderDefaults.DATA_OWNERS);
        assertThat(s.raci()).extracting(RaciItem::name).contains("Project charter", "Data management", "Chatbot live");
        assertThat(s.raci()).filteredOn(RaciItem::phase).hasSizeGreaterThanOrEqualTo(4);
        assertThat(s.raciWarnings()).isEmpty();
        assertThat(s.communications()).extracting(Communication::name)
                .contains("Weekly status update", "Steering committee", "Demo");
    }
}
