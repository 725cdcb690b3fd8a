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
                       List<RiskRow> risks, List<RoleRow> roles) {

    public PlanData {
        tasks = List.copyOf(tasks);
        dependencies = List.copyOf(dependencies);
        risks = List.copyOf(risks);
        roles = List.copyOf(roles);
    }

    /** Plan settings with the working calendar. */
    public record Settings(String name, String description, LocalDate startDate, LocalDate deadline,
                           String currency, List<DayOfWeek> workingDays, LocalTime dayStart,
                           int minutesPerDay, List<LocalDate> holidays) {
        public Settings {
            workingDays = List.copyOf(workingDays);
            holidays = List.copyOf(holidays);
        }
    }

    /** A WBS node; {@code parentId} is null for a top-level task, {@code position} its index among siblings. */
    public record TaskRow(long id, Long parentId, int position, String name, boolean milestone,
                          long durationMinutes, int percentComplete, LocalDateTime actualStart,
                          String ownerRole, String notes, String phase, String constraintType,
                          LocalDate constraintDate, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedCost) {
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

    public record RoleRow(String name, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ratePerHour) {
    }
}
