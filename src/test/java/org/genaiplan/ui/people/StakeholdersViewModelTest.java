package org.genaiplan.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.people.Frequency;
import org.genaiplan.model.people.Level;
import org.genaiplan.model.people.RaciLetter;
import org.genaiplan.model.people.StakeholderPlan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.command.AddMeetingsCommand;
import org.genaiplan.ui.people.StakeholdersViewModel.CommunicationColumn;
import org.genaiplan.ui.people.StakeholdersViewModel.StakeholderColumn;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stakeholders tab edited without a window: register, RACI letters and their checks, meetings on the plan. */
class StakeholdersViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private Plan plan;
    private StakeholdersViewModel vm;

    @BeforeEach
    void setUp() {
        plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        plan.addTask(null, "Build").setDurationMinutes(20 * 8 * 60);
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        vm = new StakeholdersViewModel(editor, message);
    }

    @Test
    void theRegisterIsEditedAndARenameFollowsIntoTheRaci() {
        assertThat(vm.addStakeholder("Sponsor")).isNull();
        assertThat(vm.editStakeholder(0, StakeholderColumn.INFLUENCE, "high")).isNull();
        assertThat(vm.editStakeholder(0, StakeholderColumn.INTEREST, "loud"))
                .isEqualTo("Interest is low, medium or high, not \"loud\".");
        assertThat(vm.stakeholders().getFirst().influence()).isEqualTo(Level.HIGH);
        assertThat(vm.parties()).containsExactly("Sponsor");
        assertThat(vm.addRaciRow("Charter", false)).isNull();
        assertThat(vm.setCell(0, "Sponsor", "a")).isNull();
        assertThat(vm.editStakeholder(0, StakeholderColumn.NAME, "Executive sponsor")).isNull();
        assertThat(vm.parties()).containsExactly("Executive sponsor");
        assertThat(vm.raci().getFirst().letter("Executive sponsor")).isEqualTo(RaciLetter.A);
        assertThat(editor.undo()).isTrue();
        assertThat(vm.raci().getFirst().letter("Sponsor")).isEqualTo(RaciLetter.A);
    }

    @Test
    void aRenamedRoleTakesItsLettersAndCommunicationsAlong() {
        plan.putRole(new org.genaiplan.model.Role("PM", java.math.BigDecimal.TEN));
        vm.refresh();
        assertThat(vm.addRaciRow("Charter", false)).isNull();
        assertThat(vm.setCell(0, "PM", "R")).isNull();
        assertThat(vm.addCommunication("Status")).isNull();
        assertThat(vm.editCommunication(0, CommunicationColumn.OWNER, "PM")).isNull();
        var team = org.genaiplan.ui.resources.ResourcesViewModel.create(editor, message);
        assertThat(team.editRole(0, org.genaiplan.ui.resources.ResourcesViewModel.RoleColumn.NAME, "Project Manager")).isNull();
        assertThat(vm.parties()).containsExactly("Project Manager");
        assertThat(plan.stakeholders().raci().getFirst().letter("Project Manager")).isEqualTo(RaciLetter.R);
        assertThat(plan.stakeholders().communications().getFirst().owner()).isEqualTo("Project Manager");
        editor.undo();
        assertThat(plan.stakeholders().raci().getFirst().letter("PM")).isEqualTo(RaciLetter.R);
        assertThat(plan.stakeholders().communications().getFirst().owner()).isEqualTo("PM");
    }

    @Test
    void typedLettersSetCellsAndTheChecksWarnWithoutRefusing() {
        assertThat(vm.addStakeholder("Sponsor")).isNull();
        assertThat(vm.addStakeholder("Legal")).isNull();
        assertThat(vm.addRaciRow("Build", true)).isNull();
        assertThat(vm.warningsProperty().get()).contains("has no one accountable (A) and no one responsible (R)");
        assertThat(vm.setCell(0, "Sponsor", "A")).isNull();
        assertThat(vm.setCell(0, "Legal", "A")).isNull();
        assertThat(vm.warningsProperty().get()).contains("has 2 parties accountable (A)");
        assertThat(vm.setCell(0, "Legal", "r")).isNull();
        assertThat(vm.warningsProperty().get()).startsWith("RACI checks pass");
        assertThat(vm.setCell(0, "Legal", "Q")).isEqualTo("A RACI cell holds R, A, C or I (or is empty), not \"Q\".");
        assertThat(vm.setCell(0, "Legal", "")).isNull();
        assertThat(StakeholdersViewModel.cellText(vm.raci().getFirst(), "Legal")).isEmpty();
        editor.undo();
        assertThat(StakeholdersViewModel.cellText(vm.raci().getFirst(), "Legal")).isEqualTo("R");
    }

    @Test
    void weeklyMeetingsGoOnThePlanAsOneUndoableStep() {
        assertThat(vm.addCommunication("Weekly steering update")).isNull();
        assertThat(vm.editCommunication(0, CommunicationColumn.FREQUENCY, "weekly")).isNull();
        assertThat(vm.communications().getFirst().frequency()).isEqualTo(Frequency.WEEKLY);
        int before = plan.taskCount();
        assertThat(vm.addMeetings(0)).isNull();
        Task summary = plan.roots().getLast();
        assertThat(summary.name()).isEqualTo(AddMeetingsCommand.SUMMARY);
        // 20 working days from Monday 2 March: four weeks, meetings on 2, 9, 16, 23 March
        assertThat(summary.children()).hasSize(4).allSatisfy(t -> assertThat(t.isMilestone()).isTrue());
        assertThat(summary.children().get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(message.get()).isEqualTo("4 \"Weekly steering update\" milestones added under \"Communication\".");
        assertThat(editor.undo()).isTrue();
        assertThat(plan.taskCount()).isEqualTo(before);
        assertThat(editor.redo()).isTrue();
        assertThat(plan.roots().getLast().children()).hasSize(4);
        assertThat(vm.editCommunication(0, CommunicationColumn.FREQUENCY, "daily")).isNull();
        assertThat(vm.addMeetings(0)).startsWith("Daily communications are not put on the plan");
    }

    @Test
    void aTemplatePlanStartsFilledAndAnEmptyOneTakesTheSeedsInOneStep() {
        Plan chatbot = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        editor.setSession(new MemoryDocuments().session(chatbot), true);
        vm.refresh();
        assertThat(vm.stakeholders()).isNotEmpty();
        assertThat(vm.parties()).contains("Project Manager", "Project sponsor");
        assertThat(vm.useSeedDefaults()).startsWith("The register, the RACI matrix and the communication plan are filled");

        editor.setSession(new MemoryDocuments().session(plan), true);
        vm.refresh();
        assertThat(vm.useSeedDefaults()).isNull();
        assertThat(vm.communications()).hasSize(5);
        assertThat(vm.raci()).isNotEmpty();
        editor.undo();
        assertThat(plan.stakeholders()).isEqualTo(StakeholderPlan.EMPTY);
    }
}
