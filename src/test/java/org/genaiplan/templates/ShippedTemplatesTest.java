package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every shipped template loads, instantiates and makes a sound plan. */
class ShippedTemplatesTest {
    static final TemplateCatalog CATALOG = TemplateCatalog.load();
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    static Stream<String> ids() {
        return CATALOG.templates().stream().map(TemplateInfo::id);
    }

    @Test
    void catalogueListsTheFourTemplatesInOrder() {
        assertThat(CATALOG.templates()).extracting(TemplateInfo::id)
                .containsExactly("genai-lifecycle", "llm-chatbot", "scope-select-adapt", "agile-llm-pilot");
        assertThat(CATALOG.templates()).allSatisfy(t -> {
            assertThat(t.name()).isNotBlank();
            assertThat(t.description()).isNotBlank().doesNotContain("\n");
        });
    }

    @ParameterizedTest
    @MethodSource("ids")
    void catalogueCountsMatchTheBuiltPlan(String id) {
        Template template = CATALOG.template(id);
        Plan plan = template.instantiate(START);
        TemplateInfo info = template.info();
        assertThat(plan.taskCount()).isEqualTo(info.tasks());
        assertThat(plan.tasksInOrder().stream().filter(Task::isMilestone).count()).isEqualTo(info.milestones());
        assertThat(plan.risks()).hasSize(info.risks());
        assertThat(info.tasks()).isGreaterThan(20);
        assertThat(info.milestones()).isGreaterThanOrEqualTo(4);
        assertThat(info.risks()).isGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void builtPlanIsSound(String id) {
        Plan plan = CATALOG.template(id).instantiate(START);
        int minutesPerDay = plan.calendar().minutesPerDay();
        assertThat(plan.name()).isEqualTo(CATALOG.template(id).name());
        assertThat(plan.startDate()).isEqualTo(START);
        for (Task t : plan.tasksInOrder()) {
            assertThat(t.phase()).as("phase of " + t.name()).isNotBlank();
            if (t.kind() == TaskKind.TASK) {
                assertThat(t.durationMinutes()).as("duration of " + t.name())
                        .isPositive().isLessThanOrEqualTo(260L * minutesPerDay);
                assertThat(t.ownerRole()).as("owner of " + t.name()).isNotNull();
            }
            if (t.kind() == TaskKind.MILESTONE) {
                assertThat(t.durationMinutes()).isZero();
                assertThat(plan.predecessorsOf(t)).as("a milestone closes work: " + t.name()).isNotEmpty();
            }
            if (t.ownerRole() != null) {
                assertThat(plan.role(t.ownerRole())).as("role " + t.ownerRole()).isNotNull();
            }
        }
        assertThat(plan.dependencies()).isNotEmpty();
        for (Dependency d : plan.dependencies()) {
            assertThat(plan.task(d.predecessorId())).isNotNull();
            assertThat(plan.task(d.successorId())).isNotNull();
        }
        assertThat(PlanChecks.hasCycle(plan)).as("dependency loop").isFalse();
        // every leaf except the very first ones waits for something, so the plan is one connected schedule
        long unlinkedLeaves = plan.tasksInOrder().stream()
                .filter(t -> !t.hasChildren() && plan.predecessorsOf(t).isEmpty() && plan.successorsOf(t).isEmpty())
                .count();
        assertThat(unlinkedLeaves).as("tasks with no links at all").isZero();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void builtPlanBringsRolesAtExampleRatesAndLinkedStarterRisks(String id) {
        Plan plan = CATALOG.template(id).instantiate(START);
        assertThat(plan.roles()).extracting(Role::name)
                .contains("Product Owner", "AI/ML Engineer", "Data Engineer", "Solution Architect", "QA Engineer",
                        "DevOps Engineer");
        assertThat(plan.roles()).allSatisfy(r -> assertThat(r.ratePerHour().signum()).isPositive());
        assertThat(plan.description()).contains("placeholder examples");
        Set<String> categories = new HashSet<>(CATALOG.riskLibrary().categoryNames());
        Set<String> titles = new HashSet<>();
        for (Risk r : plan.risks()) {
            assertThat(titles.add(r.title())).as("one copy of " + r.title()).isTrue();
            assertThat(categories).contains(r.category());
            assertThat(r.statement()).contains("->");
            assertThat(r.mitigation()).isNotBlank();
            assertThat(r.raised()).isEqualTo(START);
            assertThat(r.phase()).as("phase of " + r.title()).isIn(plan.tasksInOrder().stream().map(Task::phase).toList());
            assertThat(r.linkedTaskIds()).as("tasks of " + r.title()).isNotEmpty()
                    .allSatisfy(taskId -> assertThat(plan.task(taskId)).isNotNull());
        }
    }

    @Test
    void allTeamRolesOfTheSeedsAreAvailable() {
        assertThat(CATALOG.roles()).extracting(RoleDefinition::name)
                .contains("Product Owner", "AI/ML Engineer", "Data Engineer", "Solution Architect", "QA Engineer",
                        "Front-end Engineer", "Scrum Master", "DevOps Engineer", "UX Designer");
        assertThat(CATALOG.rateNote()).containsIgnoringCase("example");
    }

    @Test
    void unknownTemplateIdIsRefusedWithTheKnownIds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CATALOG.template("waterfall"))
                .isInstanceOf(org.genaiplan.model.ValidationException.class)
                .hasMessage("There is no template \"waterfall\"; choose one of genai-lifecycle, llm-chatbot, "
                        + "scope-select-adapt, agile-llm-pilot.");
    }

    @Test
    void instantiatingTwiceGivesIndependentPlans() {
        Template t = CATALOG.template("llm-chatbot");
        Plan a = t.instantiate("Chatbot A", START);
        Plan b = t.instantiate("Chatbot B", START.plusWeeks(1));
        a.remove(a.roots().getFirst());
        assertThat(b.taskCount()).isEqualTo(t.info().tasks());
        assertThat(a.name()).isEqualTo("Chatbot A");
        assertThat(b.startDate()).isEqualTo(START.plusWeeks(1));
    }

    static List<String> names(List<Task> tasks) {
        return tasks.stream().map(Task::name).toList();
    }
}
