package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/** The cheat sheet's six techniques with their roles, the roles' responsibilities, and templates naming techniques. */
class TechniqueChoiceTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.load();
    private static final EstimationDefaults DEFAULTS = CATALOG.estimationDefaults();

    private static Task named(Plan plan, String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theCheatSheetCoversTheSixTechniquesAndTheirRolesAreInTheLibrary() {
        assertThat(DEFAULTS.techniques()).extracting(Technique::id)
                .contains("pre-training", "fine-tuning", "lora", "rlhf", "prompt-engineering", "rag");
        Set<String> library = new HashSet<>();
        CATALOG.roles().forEach(r -> library.add(r.name()));
        for (Technique t : DEFAULTS.techniques()) {
            assertThat(t.roles()).as(t.id()).isNotEmpty();
            assertThat(library).as(t.id()).containsAll(t.roles());
        }
    }

    @Test
    void theSeedRolesAreAddedAndEveryRoleKeepsItsResponsibilities() {
        Set<String> names = new HashSet<>();
        CATALOG.roles().forEach(r -> names.add(r.name()));
        assertThat(names).contains("MLOps Engineer", "Subject-Matter Expert", "Back-end Engineer");
        for (RoleDefinition r : CATALOG.roles()) {
            Role role = r.toRole();
            assertThat(role.responsibilities()).as(r.name()).isEqualTo(r.description()).isNotBlank();
        }
    }

    @Test
    void theEstimateWidensWithTheExpertise() {
        Plan plan = new Plan("x", LocalDate.of(2026, 3, 2));
        Estimate lora = DEFAULTS.estimateFor("lora", plan.calendar());
        long day = 480;
        assertThat(lora.mostLikelyMinutes()).isEqualTo(8 * day);
        assertThat(lora.optimisticMinutes()).isEqualTo(6 * day);
        assertThat(lora.pessimisticMinutes()).isEqualTo(12 * day);
        Estimate pre = DEFAULTS.estimateFor("pre-training", plan.calendar());
        assertThat(pre.pessimisticMinutes()).isEqualTo(2 * pre.mostLikelyMinutes());
    }

    @Test
    void templatesRecordTheTechniqueOfTheirAdaptationTasksAndKeepTheirDurations() {
        Plan chatbot = CATALOG.template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        Task run = named(chatbot, "Run fine-tuning jobs");
        assertThat(run.technique()).isEqualTo("lora");
        assertThat(run.durationMinutes()).isEqualTo(5 * 480);
        assertThat(chatbot.role("AI/ML Engineer").responsibilities()).isNotBlank();
        Plan lifecycle = CATALOG.template("genai-lifecycle").instantiate(LocalDate.of(2026, 3, 2));
        assertThat(named(lifecycle, "Fine-tune the chosen model").technique()).isEqualTo("fine-tuning");
        Plan ssa = CATALOG.template("scope-select-adapt").instantiate(LocalDate.of(2026, 3, 2));
        assertThat(named(ssa, "Engineer prompts and in-context examples").technique()).isEqualTo("prompt-engineering");
    }
}
