package org.genaiplan.ui.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.SelectionMatrix;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.decide.SelectionViewModel.Fact;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model selection matrix edited without a window: three candidates scored, ranked and decided, all undoable. */
class SelectionViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private Plan plan;
    private SelectionViewModel vm;

    @BeforeEach
    void setUp() {
        plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        vm = new SelectionViewModel(editor, message);
    }

    @Test
    void threeCandidatesAreScoredRankedAndTheDecisionRecorded() {
        assertThat(vm.useStarterCriteria()).isNull();
        assertThat(vm.criteria()).hasSize(7);
        assertThat(vm.addCandidate("Hosted frontier API")).isNull();
        assertThat(vm.addCandidate("Open 8B instruct")).isNull();
        assertThat(vm.addCandidate("Open 70B instruct")).isNull();
        assertThat(vm.setFact(1, Fact.ACCESS, "open")).isNull();
        assertThat(vm.setFact(1, Fact.HOSTING, "self-hosted")).isNull();
        assertThat(vm.setFact(0, Fact.PRICE, "2.50")).isNull();
        assertThat(vm.setFact(0, Fact.CONTEXT, "128,000")).isNull();
        int[][] scores = {{5, 4, 2, 2, 3, 2, 5}, {3, 5, 5, 5, 4, 5, 3}, {4, 3, 4, 5, 4, 5, 3}};
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 7; k++) {
                assertThat(vm.setScore(c, vm.criteria().get(k).name(), Integer.toString(scores[c][k]))).isNull();
            }
        }
        assertThat(vm.rankText(vm.candidates().get(1))).isEqualTo("1");
        assertThat(vm.rankingProperty().get()).startsWith("Ranking (weighted score out of 5): 1. Open 8B instruct");
        assertThat(vm.decide("Open 8B instruct", LocalDate.of(2026, 4, 10), "Best weighted score, data stays in house"))
                .isNull();
        assertThat(vm.decisionProperty().get())
                .isEqualTo("Decided on 2026-04-10: Open 8B instruct (rank 1). Best weighted score, data stays in house");

        SelectionMatrix m = plan.selection();
        assertThat(m.candidates().get(0).pricePerMillionTokens()).isEqualByComparingTo(new BigDecimal("2.50"));
        assertThat(m.candidates().get(0).contextTokens()).isEqualTo(128_000);
        assertThat(m.candidates().get(1).openWeights()).isTrue();
        assertThat(m.candidates().get(1).selfHosted()).isTrue();

        assertThat(vm.setScore(0, "Latency", "9")).isEqualTo("Scores run from 1 to 5; \"Hosted frontier API\" has 9 for \"Latency\".");
        assertThat(vm.setFact(0, Fact.HOSTING, "cloud")).isEqualTo("Hosting is \"self-hosted\" or \"hosted\", not \"cloud\".");
        assertThat(plan.selection()).isEqualTo(m);

        editor.undo();
        assertThat(plan.selection().decision()).isNull();
        assertThat(vm.decisionProperty().get()).isEqualTo("No decision recorded.");
    }

    @Test
    void theDecisionIsNotedOnTheSelectionMilestoneInTheSameUndoStep() {
        var phase = plan.addTask(null, "Model selection");
        var milestone = plan.addTask(phase, "Foundation model selected");
        milestone.setDurationMinutes(0);
        milestone.setMilestone(true);
        milestone.setNotes("Sign-off by the architect.");
        plan.changes().drain();
        vm.addCandidate("Open 8B instruct");
        assertThat(vm.decide("Open 8B instruct", LocalDate.of(2026, 4, 10), "Data stays in house")).isNull();
        assertThat(milestone.notes()).isEqualTo("Sign-off by the architect.\n"
                + "Decision: Open 8B instruct, decided 2026-04-10: Data stays in house");
        assertThat(message.get()).isEqualTo("Decision recorded on \"Foundation model selected\".");
        assertThat(vm.decide("Open 8B instruct", LocalDate.of(2026, 4, 12), "")).isNull();
        assertThat(milestone.notes()).isEqualTo("Sign-off by the architect.\nDecision: Open 8B instruct, decided 2026-04-12.");
        editor.undo();
        editor.undo();
        assertThat(milestone.notes()).isEqualTo("Sign-off by the architect.");
        assertThat(plan.selection().decision()).isNull();
    }

    @Test
    void theApproachCoversBuildOrBuyAndExistingOrFromScratch() {
        vm.addCandidate("Vendor chatbot suite");
        vm.addCandidate("Own 7B pre-trained");
        assertThat(vm.candidates().get(0).approach()).isEqualTo(org.genaiplan.model.decision.Approach.ADAPT);
        assertThat(vm.setFact(0, Fact.APPROACH, "buy")).isNull();
        assertThat(vm.setFact(1, Fact.APPROACH, "from scratch")).isNull();
        assertThat(vm.setFact(0, Fact.LICENCE, "Commercial")).isNull();
        assertThat(plan.selection().candidates()).extracting(c -> c.approach())
                .containsExactly(org.genaiplan.model.decision.Approach.BUY, org.genaiplan.model.decision.Approach.PRE_TRAIN);
        assertThat(vm.setFact(0, Fact.APPROACH, "borrow")).startsWith("The approach is \"adapt\"");
        editor.undo();
        assertThat(plan.selection().candidates().get(0).licence()).isEmpty();
        assertThat(plan.selection().candidates().get(0).approach()).isEqualTo(org.genaiplan.model.decision.Approach.BUY);
    }

    @Test
    void aHostedModelChosenPutsItsPriceInThePriceTableInTheSameUndoStep() {
        vm.useStarterCriteria();
        vm.addCandidate("Hosted frontier API");
        vm.addCandidate("Open 8B instruct");
        vm.setFact(0, Fact.PRICE, "2.50");
        vm.setFact(1, Fact.HOSTING, "self-hosted");
        var before = plan.priceTable();

        assertThat(vm.decide("Hosted frontier API", LocalDate.of(2026, 4, 10), "")).isNull();
        var price = plan.priceTable().model("Hosted frontier API");
        assertThat(price.inputPerMillion()).isEqualByComparingTo("2.50");
        assertThat(price.outputPerMillion()).isEqualByComparingTo("2.50");
        assertThat(price.example()).isFalse();
        assertThat(message.get()).isEqualTo("Decision recorded; its price, 2.50 per million tokens, is in the price table.");

        editor.undo();
        assertThat(plan.selection().decision()).isNull();
        assertThat(plan.priceTable()).isEqualTo(before);

        // a self-hosted model has no token price: the decision alone is recorded
        assertThat(vm.decide("Open 8B instruct", LocalDate.of(2026, 4, 10), "")).isNull();
        assertThat(plan.priceTable()).isEqualTo(before);
        assertThat(plan.selection().decision().candidate()).isEqualTo("Open 8B instruct");
    }
}
