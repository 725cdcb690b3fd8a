package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every input field of every entity comes back unchanged through the package and the working store. */
class RoundTripTest {
    @TempDir
    Path dir;

    enum Route { PACKAGE, STORE_IMPORT, STORE_ONE_COMMIT_PER_ACTION }

    private Plan roundTrip(Route route) throws Exception {
        StoreHome home = new StoreHome(dir.resolve("home"));
        switch (route) {
            case PACKAGE -> {
                Path file = dir.resolve("plan.genaiplan");
                try (OutputStream out = Files.newOutputStream(file)) {
                    new PlanPackageWriter().write(SamplePlans.everyField(), null, out);
                }
                return new PlanPackageReader().read(file).plan();
            }
            case STORE_IMPORT -> {
                try (WorkingStore store = WorkingStore.create(home)) {
                    store.importAll(SamplePlans.everyField(), info());
                    return store.load();
                }
            }
            default -> {
                try (WorkingStore store = WorkingStore.create(home)) {
                    Plan plan = new Plan("Support chatbot", LocalDate.of(2026, 3, 2));
                    store.importAll(plan, info());
                    SamplePlans.fill(plan, () -> assertThat(store.commit(plan)).isTrue());
                    return store.load();
                }
            }
        }
    }

    private static StoreInfo info() {
        return new StoreInfo(Optional.empty(), "x", null, null, true, null);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void planSettingsAndCalendar(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.name()).isEqualTo("Support chatbot");
        assertThat(plan.description()).isEqualTo("RAG assistant for the help desk.\nSecond line with ünïcödé ✓");
        assertThat(plan.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(plan.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(plan.currency()).isEqualTo("EUR");
        assertThat(plan.calendar().workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
        assertThat(plan.calendar().dayStart()).isEqualTo(LocalTime.of(7, 30));
        assertThat(plan.calendar().minutesPerDay()).isEqualTo(450);
        assertThat(plan.calendar().exceptions()).containsExactly(CalendarException.on(LocalDate.of(2026, 5, 1)),
                new CalendarException(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "Christmas shutdown"));
        assertThat(plan.calendar().holidays()).containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        assertThat(plan.statusDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(plan.defaultDurationMinutes()).isEqualTo(2 * 450 + 30);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void peopleInOrderWithRoleRateUnitsAndAvailability(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.resources().people()).containsExactly(
                new Person("Dana Reyes", "ML engineer", null, 80, "Mondays off"),
                new Person("Sam Okafor", null, new BigDecimal("70.50"), 100, ""));
        assertThat(plan.resources().person("Sam Okafor").ratePerHour().scale()).isEqualTo(2);
        assertThat(plan.resources().rateOf("Dana Reyes")).isEqualByComparingTo("95.25");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void tasksWithTreeOrderAndEveryField(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.tasksInOrder()).extracting(Task::name).containsExactly("Discovery",
                "Stakeholder interviews", "Scope signed off", "Build", "Prompt design", "Evaluation harness");
        assertThat(plan.tasksInOrder()).extracting(Task::id).containsExactly(1L, 2L, 3L, 4L, 6L, 5L);
        Task interviews = plan.task(2);
        assertThat(interviews.parent().id()).isEqualTo(1L);
        assertThat(interviews.durationMinutes()).isEqualTo(3 * 450 + 17);
        assertThat(interviews.percentComplete()).isEqualTo(40);
        assertThat(interviews.actualStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 7, 30));
        assertThat(interviews.ownerRole()).isEqualTo("Product owner");
        assertThat(interviews.notes()).isEqualTo("Ask about \"escalation\" paths;\ttabs and\nnewlines.");
        assertThat(interviews.phase()).isEqualTo("Discovery & scoping");
        assertThat(interviews.constraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        assertThat(interviews.constraintDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(interviews.deadline()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(plan.task(4).deadline()).as("a summary's deadline").isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(plan.task(5).deadline()).isNull();
        assertThat(interviews.fixedCost()).isEqualTo(new BigDecimal("1250.50"));
        Task signOff = plan.task(3);
        assertThat(signOff.isMilestone()).isTrue();
        assertThat(signOff.constraintType()).isEqualTo(ConstraintType.FINISH_NO_LATER_THAN);
        Task eval = plan.task(5);
        assertThat(eval.constraintType()).isEqualTo(ConstraintType.MUST_START_ON);
        assertThat(eval.fixedCost()).isEqualTo(new BigDecimal("1E+3"));
        assertThat(eval.isMilestone()).isFalse();
        assertThat(plan.task(6).actualStart()).isEqualTo(LocalDateTime.of(2026, 3, 23, 9, 15, 30));
        assertThat(plan.task(6).percentComplete()).isEqualTo(100);
        assertThat(plan.task(1).ownerRole()).isNull();
        assertThat(plan.task(1).phase()).isNull();
        assertThat(plan.task(1).constraintDate()).isNull();
        assertThat(PlanRows.of(plan)).isEqualTo(PlanRows.of(SamplePlans.everyField()));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void dependenciesWithTypeAndLag(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.dependencies()).containsExactly(
                new Dependency(2, 3, DependencyType.FS, 0),
                new Dependency(3, 6, DependencyType.SS, -120),
                new Dependency(6, 5, DependencyType.FF, 450),
                new Dependency(2, 5, DependencyType.SF, 30));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void risksWithEveryField(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.risks()).extracting(Risk::id).containsExactly(1L, 7L);
        Risk r = plan.risk(1);
        assertThat(r.title()).isEqualTo("Hallucinated answers");
        assertThat(r.statement()).isEqualTo("Because retrieval misses, the model invents policy, so customers are misled.");
        assertThat(r.category()).isEqualTo("Model quality");
        assertThat(r.phase()).isEqualTo("Build");
        assertThat(r.linkedTaskIds()).containsExactly(5L, 6L);
        assertThat(r.owner()).isEqualTo("ML engineer");
        assertThat(r.probability()).isEqualTo(4);
        assertThat(r.impact()).isEqualTo(5);
        assertThat(r.strategy()).isEqualTo(ResponseStrategy.TRANSFER);
        assertThat(r.mitigation()).isEqualTo("Grounding checks");
        assertThat(r.contingency()).isEqualTo("Human review queue");
        assertThat(r.trigger()).isEqualTo("Groundedness below 0.8");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(r.status()).isEqualTo(RiskStatus.MONITORING);
        assertThat(r.residualProbability()).isEqualTo(2);
        assertThat(r.residualImpact()).isEqualTo(3);
        assertThat(r.costImpact()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(r.raised()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(r.lastReviewed()).isEqualTo(LocalDate.of(2026, 3, 17));
        Risk closed = plan.risk(7);
        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.category()).isNull();
        assertThat(plan.addRisk("Next").id()).isEqualTo(8L);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void rolesInOrderWithRates(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.roles()).containsExactly(
                new Role("ML engineer", new BigDecimal("95.25"), false, 250, "Two contractors from April"),
                new Role("Product owner", new BigDecimal("80"), true));
        assertThat(plan.role("ML engineer").example()).isFalse();
        assertThat(List.copyOf(plan.roles()).get(0).ratePerHour().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void costLinesOfEveryKindWithTheirActuals(Route route) throws Exception {
        Plan plan = roundTrip(route);
        assertThat(plan.task(5).costLines()).containsExactly(
                new CostLine("LoRA fine-tune", new ComputeCost("H100 80GB", 4, new BigDecimal("120")),
                        new BigDecimal("1400.25")),
                new CostLine("Pilot traffic", new ApiCost("Large hosted model", 10_000, 500, 300,
                        new BigDecimal("2.5")), null),
                new CostLine("", new PeopleCost("ML engineer", null), null),
                new CostLine("Reviewer", new PeopleCost("Product owner", new BigDecimal("12.5")), BigDecimal.ZERO));
        assertThat(plan.task(2).costLines()).containsExactly(
                new CostLine("Ticket corpus licence", new LicenceCost(new BigDecimal("5000")), new BigDecimal("5000.00")),
                new CostLine("Label Q&A pairs", new AnnotationCost("ML engineer", 2000, new BigDecimal("1.5")), null),
                new CostLine("Red teaming", new EvaluationCost("Product owner", new BigDecimal("40")), null),
                new CostLine("Travel", new OtherCost(new BigDecimal("99.99")), null));
        assertThat(plan.task(2).workActualCost()).isEqualTo(new BigDecimal("300.10"));
        assertThat(plan.task(5).workActualCost()).isNull();
        assertThat(plan.task(1).costLines()).isEmpty();
        assertThat(plan.task(5).costLines().get(0).actual().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void priceTableWithDateAndExampleFlags(Route route) throws Exception {
        PriceTable prices = roundTrip(route).priceTable();
        assertThat(prices.pricedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(prices.gpus()).containsExactly(new GpuPrice("H100 80GB", new BigDecimal("3.10"), 989.5, true),
                new GpuPrice("L4", new BigDecimal("0.7"), 121, false));
        assertThat(prices.models()).containsExactly(
                new TokenPrice("Large hosted model", new BigDecimal("3.00"), new BigDecimal("15"), true),
                new TokenPrice("Small hosted model", new BigDecimal("0.150"), new BigDecimal("0.6"), false));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void planAndPhaseBudgetsInOrder(Route route) throws Exception {
        Budget budget = roundTrip(route).budget();
        assertThat(budget.total()).isEqualTo(new BigDecimal("250000.00"));
        assertThat(budget.phases()).containsExactly(entry("Discovery & scoping", new BigDecimal("20000")),
                entry("Build", new BigDecimal("1.5E+5")));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void planWithoutCostDataStaysWithout(Route route) throws Exception {
        Plan empty = new Plan("Nothing priced", LocalDate.of(2026, 3, 2));
        empty.addTask(null, "Only task");
        Plan back;
        StoreHome home = new StoreHome(dir.resolve("home"));
        if (route == Route.PACKAGE) {
            Path file = dir.resolve("empty.genaiplan");
            try (OutputStream out = Files.newOutputStream(file)) {
                new PlanPackageWriter().write(empty, null, out);
            }
            back = new PlanPackageReader().read(file).plan();
        } else {
            try (WorkingStore store = WorkingStore.create(home)) {
                store.importAll(empty, info());
                back = store.load();
            }
        }
        assertThat(back.priceTable()).isEqualTo(PriceTable.empty());
        assertThat(back.budget().isEmpty()).isTrue();
        assertThat(back.task(1).costLines()).isEmpty();
        assertThat(back.task(1).workActualCost()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void loadedPlanHasNoPendingChanges(Route route) throws Exception {
        assertThat(roundTrip(route).changes().isEmpty()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void longNotesSurviveTheStoreAndThePackage() throws Exception {
        Plan plan = SamplePlans.everyField();
        String notes = "Meeting minutes. ".repeat(150_000); // 2.5 million characters
        plan.task(2).setNotes(notes);
        StoreHome home = new StoreHome(dir.resolve("home"));
        try (PlanDocument doc = PlanDocument.create(plan, home)) {
            doc.saveAs(dir.resolve("long.genaiplan"));
        }
        try (PlanDocument doc = PlanDocument.open(dir.resolve("long.genaiplan"), home);
             WorkingStore store = WorkingStore.create(home)) {
            assertThat(doc.plan().task(2).notes()).isEqualTo(notes);
            store.importAll(doc.plan(), info());
            assertThat(store.load().task(2).notes()).isEqualTo(notes);
        }
    }
}
