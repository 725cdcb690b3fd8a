package org.genaiplan.store;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The inputs of a plan as plain rows: what a package holds and what the working store's tables hold.
 * Scheduled values are not part of it; they are recomputed after loading.
 */
public record PlanData(Settings settings, List<TaskRow> tasks, List<DependencyRow> dependencies,
                       List<RiskRow> risks, List<RoleRow> roles, Costs costs, List<PersonRow> people,
                       List<EstimateRow> estimates, org.genaiplan.model.tracking.Tracking tracking,
                       CapacityData capacity, org.genaiplan.model.quality.QualityPlan quality, DecisionData decisions,
                       org.genaiplan.model.people.StakeholderPlan stakeholders,
                       org.genaiplan.model.lessons.LessonLog lessons) {

    public PlanData {
        stakeholders = stakeholders == null ? org.genaiplan.model.people.StakeholderPlan.EMPTY : stakeholders;
        lessons = lessons == null ? org.genaiplan.model.lessons.LessonLog.EMPTY : lessons;
        decisions = decisions == null ? DecisionData.NONE : decisions;
        tracking = tracking == null ? org.genaiplan.model.tracking.Tracking.NONE : tracking;
        capacity = capacity == null ? CapacityData.none() : capacity;
        quality = quality == null ? org.genaiplan.model.quality.QualityPlan.EMPTY : quality;
        tasks = List.copyOf(tasks);
        dependencies = List.copyOf(dependencies);
        risks = List.copyOf(risks);
        roles = List.copyOf(roles);
        people = people == null ? List.of() : List.copyOf(people);
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
    }

    /** Plan data with no three-point estimates, baselines, actuals, capacity or quality plan (as before format 5). */
    public PlanData(Settings settings, List<TaskRow> tasks, List<DependencyRow> dependencies,
                    List<RiskRow> risks, List<RoleRow> roles, Costs costs, List<PersonRow> people) {
        this(settings, tasks, dependencies, risks, roles, costs, people, List.of(), null, null, null, null, null, null);
    }

    /** Plan data with no GenAI decisions (as before format 9). */
    public PlanData(Settings settings, List<TaskRow> tasks, List<DependencyRow> dependencies,
                    List<RiskRow> risks, List<RoleRow> roles, Costs costs, List<PersonRow> people,
                    List<EstimateRow> estimates, org.genaiplan.model.tracking.Tracking tracking,
                    CapacityData capacity, org.genaiplan.model.quality.QualityPlan quality) {
        this(settings, tasks, dependencies, risks, roles, costs, people, estimates, tracking, capacity, quality, null, null, null);
    }

    /** Plan data with no stakeholders, RACI or communication plan (as before format 10). */
    public PlanData(Settings settings, List<TaskRow> tasks, List<DependencyRow> dependencies,
                    List<RiskRow> risks, List<RoleRow> roles, Costs costs, List<PersonRow> people,
                    List<EstimateRow> estimates, org.genaiplan.model.tracking.Tracking tracking,
                    CapacityData capacity, org.genaiplan.model.quality.QualityPlan quality, DecisionData decisions) {
        this(settings, tasks, dependencies, risks, roles, costs, people, estimates, tracking, capacity, quality, decisions,
                null, null);
    }

    /** This data with {@code estimates} instead of its own. */
    public PlanData withEstimates(List<EstimateRow> estimates) {
        return new PlanData(settings, tasks, dependencies, risks, roles, costs, people, estimates, tracking, capacity, quality, decisions, stakeholders, lessons);
    }

    /** This data with {@code quality} instead of its own. */
    public PlanData withQuality(org.genaiplan.model.quality.QualityPlan quality) {
        return new PlanData(settings, tasks, dependencies, risks, roles, costs, people, estimates, tracking, capacity,
                quality, decisions, stakeholders, lessons);
    }

    /** This data with {@code capacity} instead of its own. */
    public PlanData withCapacity(CapacityData capacity) {
        return new PlanData(settings, tasks, dependencies, risks, roles, costs, people, estimates, tracking, capacity, quality, decisions, stakeholders, lessons);
    }

    /** This data with {@code tracking} instead of its own. */
    public PlanData withTracking(org.genaiplan.model.tracking.Tracking tracking) {
        return new PlanData(settings, tasks, dependencies, risks, roles, costs, people, estimates, tracking, capacity, quality, decisions, stakeholders, lessons);
    }

    /**
     * A task's three-point duration estimate (format 5), in working minutes; {@code distribution} is PERT,
     * TRIANGULAR, UNIFORM or LOGNORMAL and {@code group} a correlation group or null.
     */
    public record EstimateRow(long taskId, long optimisticMinutes, long mostLikelyMinutes, long pessimisticMinutes,
                              String distribution, String group) {
    }

    /**
     * Plan settings with the working calendar (format 3: the status date, the default duration of new tasks
     * and named exceptions with date ranges, which replaced the list of single holidays).
     */
    public record Settings(String name, String description, LocalDate startDate, LocalDate deadline,
                           LocalDate statusDate, String currency, List<DayOfWeek> workingDays, LocalTime dayStart,
                           int minutesPerDay, long defaultDurationMinutes, List<ExceptionRow> exceptions) {
        public Settings {
            workingDays = List.copyOf(workingDays);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }
    }

    /** A calendar exception: days off from {@code first} to {@code last}, with an optional name. */
    public record ExceptionRow(LocalDate first, LocalDate last, String name) {
    }

    /** A WBS node; {@code parentId} is null for a top-level task, {@code position} its index among siblings. */
    public record TaskRow(long id, Long parentId, int position, String name, boolean milestone,
                          long durationMinutes, int percentComplete, LocalDateTime actualStart,
                          String ownerRole, String notes, String phase, String constraintType,
                          LocalDate constraintDate, LocalDate deadline, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedCost,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal workActualCost,
                          List<CostLineRow> costLines) {
        public TaskRow {
            costLines = costLines == null ? List.of() : List.copyOf(costLines);
        }
    }

    /**
     * One cost line of a task, flat: {@code kind} names the kind of cost (a {@link CostKind}) and only the
     * inputs of that kind are set, the others are null. Amounts and fractional inputs are decimal strings.
     */
    public record CostLineRow(String description, String kind, String role, String gpuType, String model,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hours, Long gpuCount,
                              Long requestsPerMonth, Long inputTokens, Long outputTokens,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal months, Long items,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minutesPerItem,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal actual) {
    }

    /** The price table (GPU and model prices with the date they were checked) and the budgets. */
    public record Costs(LocalDate pricedOn, List<GpuRow> gpus, List<ModelRow> models,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
                        List<PhaseBudgetRow> phaseBudgets) {
        public Costs {
            gpus = gpus == null ? List.of() : List.copyOf(gpus);
            models = models == null ? List.of() : List.copyOf(models);
            phaseBudgets = phaseBudgets == null ? List.of() : List.copyOf(phaseBudgets);
        }

        public static Costs none() {
            return new Costs(null, List.of(), List.of(), null, List.of());
        }
    }

    public record GpuRow(String name, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pricePerHour,
                         double peakTflops, boolean example) {
    }

    public record ModelRow(String model, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inputPerMillion,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outputPerMillion,
                           boolean example) {
    }

    public record PhaseBudgetRow(String phase, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    public record DependencyRow(long predecessorId, long successorId, String type, long lagMinutes) {
    }

    public record RiskRow(long id, String title, String statement, String category, String phase,
                          List<Long> linkedTaskIds, String owner, int probability, int impact,
                          String strategy, String mitigation, String contingency, String trigger,
                          LocalDate dueDate, String status, int residualProbability, int residualImpact,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costImpact, LocalDate raised, LocalDate lastReviewed) {
        public RiskRow {
            linkedTaskIds = linkedTaskIds == null ? List.of() : List.copyOf(linkedTaskIds);
        }
    }

    public record RoleRow(String name, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ratePerHour,
                          boolean example, int maxUnits, String availability) {
    }

    /** A person (format 3); {@code role} and {@code ratePerHour} may be null (no role; costed at the role's rate). */
    public record PersonRow(String name, String role,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ratePerHour, int maxUnits,
                            String availability) {
    }
}
