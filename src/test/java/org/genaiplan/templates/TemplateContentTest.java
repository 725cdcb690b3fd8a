package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/** Each template has the structure its seed describes. */
class TemplateContentTest {
    private static final TemplateCatalog CATALOG = ShippedTemplatesTest.CATALOG;
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Task named(Plan plan, String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no task named " + name));
    }

    private static List<String> childNames(Task task) {
        return task.children().stream().map(Task::name).toList();
    }

    private static long days(Plan plan, Task task) {
        return task.durationMinutes() / plan.calendar().minutesPerDay();
    }

    @Test
    void lifecycleHasTheSevenPhasesInOrderWithTheirDeliverableMilestones() {
        Plan plan = CATALOG.template("genai-lifecycle").instantiate(START);
        assertThat(ShippedTemplatesTest.names(plan.roots())).containsExactly("Initiation & feasibility", "Planning",
                "Data collection & preparation", "Model development", "Testing & evaluation",
                "Deployment & monitoring", "Closure & retrospective");
        for (Task phase : plan.roots()) {
            assertThat(phase.children()).hasSizeGreaterThanOrEqualTo(4);
            Plan.forEachInSubtree(phase, t -> assertThat(t.phase()).isEqualTo(phase.name()));
        }
        String[][] milestones = {
                {"Project charter signed off", "Initiation & feasibility"},
                {"Initial risk register", "Initiation & feasibility"},
                {"WBS and cost plan approved", "Planning"},
                {"Quality plan agreed", "Planning"},
                {"Model card published", "Testing & evaluation"},
                {"Go-live", "Deployment & monitoring"},
                {"Final report signed off", "Closure & retrospective"}};
        for (String[] m : milestones) {
            Task task = named(plan, m[0]);
            assertThat(task.isMilestone()).as(m[0]).isTrue();
            assertThat(task.phase()).isEqualTo(m[1]);
        }
        // phases hand over finish-to-start: planning starts from the signed charter, closure after hypercare
        Task charter = named(plan, "Project charter signed off");
        assertThat(plan.successorsOf(charter)).extracting(d -> plan.task(d.successorId()).phase())
                .contains("Planning");
        Task goLive = named(plan, "Go-live");
        assertThat(plan.predecessorsOf(goLive)).extracting(d -> plan.task(d.predecessorId()).name())
                .containsExactly("Roll out gradually to a pilot group");
        assertThat(named(plan, "Write the model card").notes()).contains("evaluation");
    }

    @Test
    void chatbotFollowsTheWbsOfTheSeedWithSubPackages() {
        Plan plan = CATALOG.template("llm-chatbot").instantiate(START);
        assertThat(ShippedTemplatesTest.names(plan.roots()))
                .containsExactly("Data management", "Model development", "Evaluation and testing", "Deployment");
        assertThat(plan.taskByWbsCode("1.1").name()).startsWith("Data sourcing");
        assertThat(plan.taskByWbsCode("1.2").name()).startsWith("Data cleaning");
        assertThat(plan.taskByWbsCode("1.3").name()).startsWith("Annotation");
        assertThat(plan.taskByWbsCode("1.4").name()).contains("DVC");
        assertThat(childNames(plan.taskByWbsCode("2"))).anyMatch(n -> n.startsWith("Foundation model selection"))
                .anyMatch(n -> n.startsWith("Fine-tuning")).anyMatch(n -> n.startsWith("RLHF"))
                .anyMatch(n -> n.contains("MLflow"));
        assertThat(childNames(plan.taskByWbsCode("3"))).anyMatch(n -> n.startsWith("Red teaming"))
                .anyMatch(n -> n.contains("BLEU/ROUGE")).anyMatch(n -> n.contains("UAT"));
        assertThat(childNames(plan.taskByWbsCode("4"))).anyMatch(n -> n.startsWith("CI/CD"))
                .anyMatch(n -> n.startsWith("Monitoring dashboard"));
        // three levels: phase > sub-package > activity
        assertThat(plan.taskByWbsCode("1.2.2").name()).contains("personal data");
        assertThat(named(plan, "Chatbot live").isMilestone()).isTrue();
        assertThat(named(plan, "Label question-answer pairs").ownerRole()).isEqualTo("Data Annotator");
    }

    @Test
    void scopeSelectAdaptTakesTaskDurationsFromTheTechniqueTable() {
        Template template = CATALOG.template("scope-select-adapt");
        Plan plan = template.instantiate(START);
        assertThat(ShippedTemplatesTest.names(plan.roots()))
                .containsExactly("Scope", "Select", "Adapt and align", "Application integration");
        EstimationDefaults cheatSheet = CATALOG.estimationDefaults();
        Object[][] byTechnique = {
                {"Engineer prompts and in-context examples", "prompt-engineering"},
                {"Fine-tune or prompt-tune the model", "fine-tuning"},
                {"Align with human feedback (RLHF)", "rlhf"},
                {"Optimise the model for inference", "compression"}};
        for (Object[] row : byTechnique) {
            Task task = named(plan, (String) row[0]);
            Technique technique = cheatSheet.technique((String) row[1]);
            assertThat(task.durationMinutes()).as(task.name())
                    .isEqualTo(Math.round(technique.defaultDays() * plan.calendar().minutesPerDay()));
            assertThat(task.technique()).as(task.name()).isEqualTo(technique.id());
            assertThat(task.notes()).contains("Technique: " + technique.name())
                    .contains(technique.expertise().label().toLowerCase());
        }
        assertThat(days(plan, named(plan, "Align with human feedback (RLHF)")))
                .isGreaterThan(days(plan, named(plan, "Engineer prompts and in-context examples")));
        assertThat(template.techniques()).extracting(Technique::id).containsExactly("pre-training",
                "prompt-engineering", "rag", "fine-tuning", "lora", "rlhf", "compression");
    }

    @Test
    void agilePilotRunsShortSprintsEachWithAFeedbackMilestone() {
        Plan plan = CATALOG.template("agile-llm-pilot").instantiate(START);
        assertThat(ShippedTemplatesTest.names(plan.roots())).containsExactly("Data ingestion", "Feature work",
                "Model selection and evaluation", "Deployment", "Monitoring");
        java.util.Map<Long, double[]> early = PlanChecks.earlyDays(plan);
        double previousEnd = 0;
        int sprintNumber = 0;
        for (Task stage : plan.roots()) {
            assertThat(stage.children()).as(stage.name()).hasSizeBetween(1, 2);
            for (Task sprint : stage.children()) {
                sprintNumber++;
                assertThat(sprint.name()).isEqualTo("Sprint " + sprintNumber);
                List<Task> feedback = sprint.children().stream()
                        .filter(t -> t.isMilestone() && t.name().contains("feedback")).toList();
                assertThat(feedback).as(sprint.name()).hasSize(1);
                long work = sprint.children().stream().mapToLong(Task::durationMinutes).max().orElse(0);
                assertThat(work).as("longest task of " + sprint.name())
                        .isLessThanOrEqualTo(10L * plan.calendar().minutesPerDay());
                double start = sprint.children().stream().mapToDouble(t -> early.get(t.id())[0]).min().orElseThrow();
                double end = sprint.children().stream().mapToDouble(t -> early.get(t.id())[1]).max().orElseThrow();
                assertThat(end - start).as("working days of " + sprint.name()).isEqualTo(10.0);
                assertThat(start).as(sprint.name() + " follows the previous sprint").isEqualTo(previousEnd);
                previousEnd = end;
            }
        }
        assertThat(sprintNumber).isEqualTo(7);
        // the next sprint is planned once the previous feedback is in
        Task sprint2Planning = named(plan, "Sprint 2 planning");
        assertThat(plan.predecessorsOf(sprint2Planning)).extracting(d -> plan.task(d.predecessorId()).name())
                .containsExactly("Sprint 1 feedback captured");
    }

    @Test
    void bothLlmTemplatesPlanPromptEngineeringAndDataAugmentation() {
        for (String id : List.of("genai-lifecycle", "llm-chatbot")) {
            Plan plan = CATALOG.template(id).instantiate(START);
            Task prompt = plan.tasksInOrder().stream()
                    .filter(t -> "prompt-engineering".equals(t.technique())).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " has no prompt-engineering task"));
            assertThat(days(plan, prompt)).as(id).isEqualTo(5);
            assertThat(prompt.ownerRole()).isEqualTo("AI/ML Engineer");
            Task augment = plan.tasksInOrder().stream().filter(t -> t.name().startsWith("Augment")).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " has no data-augmentation task"));
            assertThat(augment.ownerRole()).isEqualTo("Data Engineer");
            assertThat(plan.successorsOf(augment)).as(id + ": the augmented data goes into the frozen dataset")
                    .extracting(d -> plan.task(d.successorId()).isMilestone()).containsExactly(true);
        }
    }
}
