package org.genaiplan.ui.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.templates.RiskLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Risk commands: execute changes what it says, undo restores the register exactly, redo repeats. */
class RiskCommandsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
    private Plan plan;
    private Task data;
    private Task model;
    private Risk leak;
    private Risk drift;

    @BeforeEach
    void setUp() {
        plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        data = plan.addTask(null, "Data");
        model = plan.addTask(null, "Model");
        leak = plan.addRisk("PII leaks into prompts");
        leak.setProbability(4);
        leak.setImpact(5);
        leak.setCategory("Privacy and PII leakage");
        leak.linkTask(data.id());
        leak.setCostImpact(new BigDecimal("40000"));
        drift = plan.addRisk("Model drift after launch");
        drift.setStatus(RiskStatus.MONITORING);
    }

    /** Every risk with its id, place and every field, as one comparable value. */
    private List<String> register() {
        return plan.risks().stream().map(r -> r.id() + " " + RiskFields.of(r)).toList();
    }

    private void roundTrip(PlanCommand command) {
        List<String> before = register();
        command.execute(plan);
        List<String> after = register();
        assertThat(after).isNotEqualTo(before);
        command.undo(plan);
        assertThat(register()).isEqualTo(before);
        command.redo(plan);
        assertThat(register()).isEqualTo(after);
        command.undo(plan);
        assertThat(register()).isEqualTo(before);
    }

    @Test
    void editingProbabilityChangesScoreAndUndoRestoresIt() {
        EditRiskFieldCommand edit = EditRiskFieldCommand.of(leak.id(), "Probability", r -> r.setProbability(2));
        edit.execute(plan);
        assertThat(leak.score()).isEqualTo(10);
        assertThat(edit.displayName()).isEqualTo("Edit Probability");
        edit.undo(plan);
        assertThat(leak.score()).isEqualTo(20);
        roundTrip(EditRiskFieldCommand.of(leak.id(), "Impact", r -> r.setImpact(1)));
    }

    @Test
    void aRefusedValueLeavesEveryRiskAsItWas() {
        List<String> before = register();
        EditRiskFieldCommand paste = new EditRiskFieldCommand("Paste", List.of(
                new EditRiskFieldCommand.Change(leak.id(), r -> r.setTitle("Renamed")),
                new EditRiskFieldCommand.Change(drift.id(), r -> r.setProbability(7))));
        assertThatThrownBy(() -> paste.execute(plan)).isInstanceOf(ValidationException.class)
                .hasMessage("Probability must be rated 1 to 5, not 7.");
        assertThat(register()).isEqualTo(before);
    }

    @Test
    void pastingOverSeveralRisksIsOneUndo() {
        roundTrip(new EditRiskFieldCommand("Paste", List.of(
                new EditRiskFieldCommand.Change(leak.id(), r -> r.setOwner("Data engineer")),
                new EditRiskFieldCommand.Change(drift.id(), r -> r.setOwner("ML engineer")))));
    }

    @Test
    void addingFromTheLibraryIsOneUndoAndRedoKeepsTheIds() {
        RiskLibrary library = RiskLibrary.load();
        AddRisksCommand add = new AddRisksCommand("Add",
                p -> library.addAll(p, library.entries().subList(0, 3), TODAY));
        add.execute(plan);
        List<Long> ids = add.addedIds();
        assertThat(ids).hasSize(3);
        assertThat(plan.risks()).hasSize(5);
        assertThat(plan.risk(ids.get(0)).title()).isEqualTo(library.entries().get(0).title());
        assertThat(add.displayName()).isEqualTo("Add 3 risks");
        add.undo(plan);
        assertThat(plan.risks()).containsExactly(leak, drift);
        add.redo(plan);
        assertThat(plan.risks().stream().map(Risk::id).toList()).containsExactly(leak.id(), drift.id(),
                ids.get(0), ids.get(1), ids.get(2));
        assertThat(plan.risk(ids.get(2)).raised()).isEqualTo(TODAY);
    }

    @Test
    void addingPastedValuesCopiesEveryField() {
        RiskFields copy = RiskFields.of(leak).withoutLinks();
        AddRisksCommand paste = AddRisksCommand.withValues("Paste", List.of(copy));
        roundTrip(paste);
        paste.redo(plan);
        Risk added = plan.risks().getLast();
        assertThat(RiskFields.of(added)).isEqualTo(copy);
        assertThat(added.id()).isNotEqualTo(leak.id());
    }

    @Test
    void deletingRisksPutsThemBackInPlaceWithLinks() {
        DeleteRisksCommand delete = new DeleteRisksCommand(List.of(leak.id()));
        roundTrip(delete);
        delete.redo(plan);
        assertThat(plan.risks()).containsExactly(drift);
        delete.undo(plan);
        assertThat(plan.risks()).containsExactly(leak, drift);
        assertThat(leak.linkedTaskIds()).containsExactly(data.id());
        assertThatThrownBy(() -> new DeleteRisksCommand(List.of(99L)).execute(plan))
                .hasMessage("Select the risks to delete first.");
    }

    @Test
    void linkingReplacesTheLinksAndUndoRestoresTheirOrder() {
        LinkRiskCommand link = new LinkRiskCommand(leak.id(), List.of(model.id(), data.id()));
        roundTrip(link);
        link.redo(plan);
        assertThat(leak.linkedTaskIds()).containsExactly(model.id(), data.id());
        assertThatThrownBy(() -> new LinkRiskCommand(leak.id(), List.of(999L)).execute(plan))
                .hasMessage("A task to link no longer exists.");
    }

    @Test
    void deletingALinkedTaskKeepsTheRiskAndUndoRelinksIt() {
        DeleteTasksCommand delete = new DeleteTasksCommand(List.of(data.id()));
        delete.execute(plan);
        assertThat(plan.risks()).contains(leak);
        assertThat(leak.linkedTaskIds()).isEmpty();
        delete.undo(plan);
        assertThat(leak.linkedTaskIds()).containsExactly(data.id());
    }
}
