package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateFragmentTest {
    private static final TemplateCatalog CATALOG = ShippedTemplatesTest.CATALOG;
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    static java.util.stream.Stream<String> fragmentIds() {
        return CATALOG.fragments().stream().map(TemplateFragment::id);
    }

    @Test
    void theAdvertisedFragmentsExist() {
        assertThat(CATALOG.fragments()).extracting(TemplateFragment::id)
                .contains("rlhf", "red-teaming", "evaluation", "fine-tuning", "pre-training", "rag", "compliance");
        assertThat(CATALOG.fragments()).allSatisfy(f -> {
            assertThat(f.name()).isNotBlank();
            assertThat(f.taskCount()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void rlhfPackageGoesUnderTheChosenRowAndShiftsItsSiblings() {
        Plan plan = CATALOG.template("genai-lifecycle").instantiate(START);
        Task modelPhase = plan.taskByWbsCode("4");
        Task formerSecond = modelPhase.children().get(1);
        int before = plan.taskCount();

        FragmentInsertion added = CATALOG.fragment("rlhf").apply(plan, modelPhase, 1, TODAY);

        assertThat(added.roots()).hasSize(1);
        Task root = added.roots().getFirst();
        assertThat(plan.wbsCode(root)).isEqualTo("4.2");
        assertThat(plan.wbsCode(formerSecond)).isEqualTo("4.3");
        assertThat(plan.taskCount()).isEqualTo(before + CATALOG.fragment("rlhf").taskCount());
        Task optimise = root.children().stream().filter(t -> t.name().startsWith("Optimise")).findFirst().orElseThrow();
        assertThat(optimise.durationMinutes())
                .isEqualTo(CATALOG.estimationDefaults().durationMinutes("rlhf", plan.calendar()));
        assertThat(plan.predecessorsOf(optimise)).hasSize(1);
        assertThat(root.children().getLast().isMilestone()).isTrue();
        // the lifecycle plan already has every role this package uses
        assertThat(added.addedRoles()).isEmpty();
        assertThat(added.addedRisks()).extracting(Risk::title).isNotEmpty()
                .allSatisfy(t -> assertThat(plan.risks()).extracting(Risk::title).containsOnlyOnce(t));
        assertThat(added.addedRisks()).allSatisfy(r -> assertThat(r.raised()).isEqualTo(TODAY));
    }

    @ParameterizedTest
    @MethodSource("fragmentIds")
    void undoRestoresTheExactPlanAndRedoBringsBackTheSameTasks(String id) {
        Plan plan = CATALOG.template("llm-chatbot").instantiate(START);
        Task evaluation = plan.taskByWbsCode("3");
        String before = PlanChecks.snapshot(plan);

        FragmentInsertion added = CATALOG.fragment(id).apply(plan, evaluation, 0, TODAY);
        String after = PlanChecks.snapshot(plan);
        assertThat(after).isNotEqualTo(before);

        FragmentInsertion.Removed removed = added.undo(plan);
        assertThat(PlanChecks.snapshot(plan)).isEqualTo(before);

        removed.redo(plan);
        assertThat(PlanChecks.snapshot(plan)).isEqualTo(after);
        assertThat(plan.contains(added.roots().getFirst())).isTrue();

        added.undo(plan);
        assertThat(PlanChecks.snapshot(plan)).isEqualTo(before);
    }

    @Test
    void fragmentTakesThePlansPhaseNamesWhereItsOwnAreForeign() {
        Plan agile = CATALOG.template("agile-llm-pilot").instantiate(START);
        Task sprint5 = named(agile, "Sprint 5");
        FragmentInsertion inAgile = CATALOG.fragment("red-teaming").apply(agile, sprint5, 2, TODAY);
        Plan.forEachInSubtree(inAgile.roots().getFirst(),
                t -> assertThat(t.phase()).isEqualTo("Model selection & evaluation"));

        Plan lifecycle = CATALOG.template("genai-lifecycle").instantiate(START);
        FragmentInsertion inLifecycle = CATALOG.fragment("rlhf").apply(lifecycle, lifecycle.taskByWbsCode("4"), 0, TODAY);
        Task root = inLifecycle.roots().getFirst();
        assertThat(root.phase()).isEqualTo("Model development");
        assertThat(named(lifecycle, "Check alignment on held-out prompts").phase()).isEqualTo("Testing & evaluation");
    }

    private static Task named(Plan plan, String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void intoAnEmptyPlanTheFragmentBringsItsRolesAndUndoTakesThemAway() {
        Plan plan = new Plan("Empty", START);
        plan.putRole(new Role("QA Engineer", java.math.BigDecimal.valueOf(70)));
        String before = PlanChecks.snapshot(plan);

        FragmentInsertion added = CATALOG.fragment("red-teaming").apply(plan, null, 0, TODAY);

        assertThat(added.addedRoles()).extracting(Role::name).doesNotContain("QA Engineer")
                .contains("AI/ML Engineer", "Project Manager");
        assertThat(plan.role("QA Engineer").ratePerHour()).isEqualByComparingTo("70");
        assertThat(plan.risks()).extracting(Risk::title).contains("Prompt injection overrides instructions");
        added.undo(plan);
        assertThat(PlanChecks.snapshot(plan)).isEqualTo(before);
        assertThat(plan.roles()).extracting(Role::name).containsExactly("QA Engineer");
    }

    @Test
    void aRiskThePlanAlreadyHasIsLinkedNotCopied() {
        Plan plan = CATALOG.template("llm-chatbot").instantiate(START);
        Risk injection = plan.risks().stream().filter(r -> r.title().startsWith("Prompt injection")).findFirst()
                .orElseThrow();
        int linksBefore = injection.linkedTaskIds().size();
        int risksBefore = plan.risks().size();

        FragmentInsertion added = CATALOG.fragment("red-teaming").apply(plan, null, plan.roots().size(), TODAY);

        assertThat(added.addedRisks()).extracting(Risk::title).doesNotContain(injection.title());
        assertThat(plan.risks()).hasSize(risksBefore + added.addedRisks().size());
        assertThat(injection.linkedTaskIds()).hasSize(linksBefore + 1);
        added.undo(plan);
        assertThat(injection.linkedTaskIds()).hasSize(linksBefore);
    }

    @Test
    void aBadPositionChangesNothing() {
        Plan plan = CATALOG.template("agile-llm-pilot").instantiate(START);
        String before = PlanChecks.snapshot(plan);
        Task stage = plan.roots().getFirst();
        TemplateFragment sprint = CATALOG.fragment("sprint");
        assertThatThrownBy(() -> sprint.apply(plan, stage, 5, TODAY)).isInstanceOf(IndexOutOfBoundsException.class);
        Plan other = new Plan("Other", START);
        Task stranger = other.addTask(null, "Elsewhere");
        assertThatThrownBy(() -> sprint.apply(plan, stranger, 0, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlanChecks.snapshot(plan)).isEqualTo(before);
        assertThatThrownBy(() -> CATALOG.fragment("kaizen")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("There is no template fragment \"kaizen\"").hasMessageContaining("red-teaming");
    }
}
