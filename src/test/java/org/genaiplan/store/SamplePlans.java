package org.genaiplan.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plans for store tests: one with every input field set away from its default, and large ones. */
final class SamplePlans {
    private SamplePlans() {
    }

    /** Every field of Plan, Task, Dependency, Risk and Role holds a value other than its default. */
    static Plan everyField() throws Exception {
        Plan plan = new Plan("Support chatbot", LocalDate.of(2026, 3, 2));
        fill(plan, () -> { });
        plan.changes().drain();
        return plan;
    }

    /** {@link #everyField()} as formats before 4 held it: no task has a deadline. */
    static Plan withoutTaskDeadlines() throws Exception {
        Plan plan = everyField();
        plan.tasksInOrder().forEach(t -> t.setDeadline(null));
        plan.changes().drain();
        return plan;
    }

    /** Called between steps of {@link #fill}, e.g. to commit each one as a user action. */
    interface Step {
        void done() throws Exception;
    }

    /** Sets every field on {@code plan} (made with the name and start of {@link #everyField()}). */
    static void fill(Plan plan, Step step) throws Exception {
        plan.setDescription("RAG assistant for the help desk.\nSecond line with ünïcödé ✓");
        plan.setDeadline(LocalDate.of(2026, 9, 30));
        plan.setCurrency("eur");
        plan.setCalendar(new WorkingCalendar(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SATURDAY), LocalTime.of(7, 30), 450,
                List.of(new CalendarException(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "Christmas shutdown"),
                        CalendarException.on(LocalDate.of(2026, 5, 1)))));
        plan.setStatusDate(LocalDate.of(2026, 4, 15));
        plan.setDefaultDurationMinutes(2 * 450 + 30);
        step.done();

        Task discovery = plan.addTask(null, "Discovery");
        Task interviews = plan.addTask(discovery, "Stakeholder interviews");
        interviews.setDurationMinutes(3 * 450 + 17);
        interviews.setPercentComplete(40);
        interviews.setActualStart(LocalDateTime.of(2026, 3, 2, 7, 30));
        interviews.setOwnerRole("Product owner");
        interviews.setNotes("Ask about \"escalation\" paths;\ttabs and\nnewlines.");
        interviews.setPhase("Discovery & scoping");
        interviews.setConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2026, 3, 4));
        interviews.setFixedCost(new BigDecimal("1250.50"));
        interviews.setDeadline(LocalDate.of(2026, 3, 13));
        step.done();
        Task signOff = plan.addTask(discovery, "Scope signed off");
        signOff.setMilestone(true);
        signOff.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2026, 3, 20));
        step.done();
        Task build = plan.addTask(null, "Build");
        Task eval = plan.addTask(build, "Evaluation harness");
        eval.setDurationMinutes(10 * 450);
        eval.setConstraint(ConstraintType.MUST_START_ON, LocalDate.of(2026, 4, 6));
        eval.setFixedCost(new BigDecimal("1E+3"));
        build.setDeadline(LocalDate.of(2026, 6, 30));
        Task prompt = plan.addTask(build, 0, "Prompt design");
        prompt.setDurationMinutes(90);
        prompt.setPercentComplete(100);
        prompt.setActualStart(LocalDateTime.of(2026, 3, 23, 9, 15, 30));
        step.done();

        plan.addDependency(new Dependency(interviews.id(), signOff.id(), DependencyType.FS, 0));
        plan.addDependency(new Dependency(signOff.id(), prompt.id(), DependencyType.SS, -120));
        plan.addDependency(new Dependency(prompt.id(), eval.id(), DependencyType.FF, 450));
        plan.addDependency(new Dependency(interviews.id(), eval.id(), DependencyType.SF, 30));
        step.done();

        Risk hallucination = plan.addRisk("Hallucinated answers");
        hallucination.setStatement("Because retrieval misses, the model invents policy, so customers are misled.");
        hallucination.setCategory("Model quality");
        hallucination.setPhase("Build");
        hallucination.linkTask(eval.id());
        hallucination.linkTask(prompt.id());
        hallucination.setOwner("ML engineer");
        hallucination.setProbability(4);
        hallucination.setImpact(5);
        hallucination.setStrategy(ResponseStrategy.TRANSFER);
        hallucination.setMitigation("Grounding checks");
        hallucination.setContingency("Human review queue");
        hallucination.setTrigger("Groundedness below 0.8");
        hallucination.setDueDate(LocalDate.of(2026, 4, 30));
        hallucination.setStatus(RiskStatus.MONITORING);
        hallucination.setResidualProbability(2);
        hallucination.setResidualImpact(3);
        hallucination.setCostImpact(new BigDecimal("25000.00"));
        hallucination.setRaised(LocalDate.of(2026, 3, 3));
        hallucination.setLastReviewed(LocalDate.of(2026, 3, 17));
        step.done();
        Risk cost = plan.addRiskWithId(7, "Token costs");
        cost.setStatus(RiskStatus.CLOSED);
        step.done();

        plan.putRole(new Role("ML engineer", new BigDecimal("95.25"), false, 250, "Two contractors from April"));
        plan.putRole(new Role("Product owner", new BigDecimal("80"), true));
        step.done();
        plan.resources().putPerson(new Person("Dana Reyes", "ML engineer", null, 80, "Mondays off"));
        plan.resources().putPerson(new Person("Sam Okafor", null, new BigDecimal("70.50"), 100, ""));
        step.done();

        plan.setPriceTable(new PriceTable(LocalDate.of(2026, 2, 20),
                List.of(new GpuPrice("H100 80GB", new BigDecimal("3.10"), 989.5, true),
                        new GpuPrice("L4", new BigDecimal("0.7"), 121, false)),
                List.of(new TokenPrice("Large hosted model", new BigDecimal("3.00"), new BigDecimal("15"), true),
                        new TokenPrice("Small hosted model", new BigDecimal("0.150"), new BigDecimal("0.6"), false))));
        step.done();
        Map<String, BigDecimal> phases = new LinkedHashMap<>();
        phases.put("Discovery & scoping", new BigDecimal("20000"));
        phases.put("Build", new BigDecimal("1.5E+5"));
        plan.setBudget(new Budget(new BigDecimal("250000.00"), phases));
        step.done();
        eval.setCostLines(List.of(
                new CostLine("LoRA fine-tune", new ComputeCost("H100 80GB", 4, new BigDecimal("120")),
                        new BigDecimal("1400.25")),
                new CostLine("Pilot traffic", new ApiCost("Large hosted model", 10_000, 500, 300,
                        new BigDecimal("2.5")), null),
                new CostLine("", new PeopleCost("ML engineer", null), null),
                new CostLine("Reviewer", new PeopleCost("Product owner", new BigDecimal("12.5")), BigDecimal.ZERO)));
        step.done();
        interviews.setCostLines(List.of(
                new CostLine("Ticket corpus licence", new LicenceCost(new BigDecimal("5000")), new BigDecimal("5000.00")),
                new CostLine("Label Q&A pairs", new AnnotationCost("ML engineer", 2000, new BigDecimal("1.5")), null),
                new CostLine("Red teaming", new EvaluationCost("Product owner", new BigDecimal("40")), null),
                new CostLine("Travel", new OtherCost(new BigDecimal("99.99")), null)));
        interviews.setWorkActualCost(new BigDecimal("300.10"));
        step.done();
    }

    /** A plan of {@code count} tasks in groups of 20 under summaries, with a chain of dependencies. */
    static Plan large(int count) {
        Plan plan = new Plan("Large plan", LocalDate.of(2026, 1, 5));
        Task summary = null;
        Task previous = null;
        for (int i = 0; i < count; i++) {
            if (i % 20 == 0) {
                summary = plan.addTask(null, "Phase " + i);
                continue;
            }
            Task t = plan.addTask(summary, "Task " + i);
            t.setDurationMinutes(60L * (1 + i % 16));
            t.setNotes(i % 7 == 0 ? "Notes for task " + i : "");
            t.setOwnerRole(i % 3 == 0 ? "ML engineer" : null);
            if (previous != null && i % 5 == 0) {
                plan.addDependency(Dependency.finishToStart(previous.id(), t.id()));
            }
            previous = t;
        }
        plan.putRole(new Role("ML engineer", new BigDecimal("95")));
        plan.changes().drain();
        return plan;
    }
}
