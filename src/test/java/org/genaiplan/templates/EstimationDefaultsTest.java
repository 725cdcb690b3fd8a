package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

class EstimationDefaultsTest {
    private final EstimationDefaults cheatSheet = EstimationDefaults.load();

    @Test
    void cheatSheetRanksTechniquesByEffortAndExpertise() {
        assertThat(cheatSheet.techniques()).hasSize(7);
        assertThat(cheatSheet.technique("pre-training").expertise()).isEqualTo(Expertise.HIGH);
        assertThat(cheatSheet.technique("prompt-engineering").expertise()).isEqualTo(Expertise.LOW);
        assertThat(cheatSheet.technique("fine-tuning").expertise()).isEqualTo(Expertise.MEDIUM);
        assertThat(cheatSheet.technique("rlhf").expertise()).isEqualTo(Expertise.MEDIUM_HIGH);
        assertThat(cheatSheet.technique("compression").expertise()).isEqualTo(Expertise.MEDIUM);
        double pre = cheatSheet.technique("pre-training").defaultDays();
        double prompt = cheatSheet.technique("prompt-engineering").defaultDays();
        double tune = cheatSheet.technique("fine-tuning").defaultDays();
        double rlhf = cheatSheet.technique("rlhf").defaultDays();
        assertThat(pre).isGreaterThan(rlhf);
        assertThat(rlhf).isGreaterThan(tune);
        assertThat(tune).isGreaterThan(prompt);
        assertThat(cheatSheet.technique("prompt-engineering").trainingTime()).contains("no training");
    }

    @Test
    void durationFollowsTheCalendarsWorkingDay() {
        WorkingCalendar sixHours = WorkingCalendar.standard().withMinutesPerDay(6 * 60);
        double days = cheatSheet.technique("rlhf").defaultDays();
        assertThat(cheatSheet.durationMinutes("rlhf", sixHours)).isEqualTo(Math.round(days * 360));
        assertThat(cheatSheet.durationMinutes("rlhf", WorkingCalendar.standard())).isEqualTo(Math.round(days * 480));
    }

    @Test
    void choosingATechniqueSetsTheDurationAndReplacesTheTechniqueNote() {
        Plan plan = new Plan("Tuning", LocalDate.of(2027, 1, 4));
        Task task = plan.addTask(null, "Adapt the model");
        task.setMilestone(true);
        task.setNotes("Ask the data team first.");

        cheatSheet.applyTo(task, "fine-tuning", plan.calendar());
        assertThat(task.isMilestone()).isFalse();
        assertThat(task.durationMinutes()).isEqualTo(cheatSheet.durationMinutes("fine-tuning", plan.calendar()));
        assertThat(task.notes()).startsWith("Ask the data team first.\nTechnique: Prompt tuning and fine-tuning");

        cheatSheet.applyTo(task, "rlhf", plan.calendar());
        assertThat(task.durationMinutes()).isEqualTo(cheatSheet.durationMinutes("rlhf", plan.calendar()));
        assertThat(task.notes()).startsWith("Ask the data team first.\nTechnique: Reinforcement learning")
                .doesNotContain("Prompt tuning");
    }

    @Test
    void unknownTechniqueAndSummaryTasksAreRefused() {
        Plan plan = new Plan("Tuning", LocalDate.of(2027, 1, 4));
        Task parent = plan.addTask(null, "Adapt");
        plan.addTask(parent, "Tune");
        assertThatThrownBy(() -> cheatSheet.technique("distillation")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("There is no technique \"distillation\"")
                .hasMessageContaining("pre-training, prompt-engineering, rag, fine-tuning, lora, rlhf, compression");
        assertThatThrownBy(() -> cheatSheet.applyTo(parent, "rlhf", plan.calendar()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is a summary");
        assertThat(parent.durationMinutes()).isZero();
    }
}
