package org.genaiplan.ui.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Task;

/**
 * Everything a user types into one task (not its place in the outline, not its scheduled dates). Rows copied
 * before tasks had deadlines (JSON on the clipboard without {@code deadline}) come back with none.
 */
public record TaskInputs(String name, boolean milestone, long durationMinutes, int percentComplete,
                         LocalDateTime actualStart, String ownerRole, String notes, String phase,
                         ConstraintType constraintType, LocalDate constraintDate, BigDecimal fixedCost,
                         LocalDate deadline, String technique) {

    /** Inputs without a technique (rows copied before tasks had one come back with none). */
    public TaskInputs(String name, boolean milestone, long durationMinutes, int percentComplete,
                      LocalDateTime actualStart, String ownerRole, String notes, String phase,
                      ConstraintType constraintType, LocalDate constraintDate, BigDecimal fixedCost,
                      LocalDate deadline) {
        this(name, milestone, durationMinutes, percentComplete, actualStart, ownerRole, notes, phase, constraintType,
                constraintDate, fixedCost, deadline, null);
    }

    /** Inputs without a deadline. */
    public TaskInputs(String name, boolean milestone, long durationMinutes, int percentComplete,
                      LocalDateTime actualStart, String ownerRole, String notes, String phase,
                      ConstraintType constraintType, LocalDate constraintDate, BigDecimal fixedCost) {
        this(name, milestone, durationMinutes, percentComplete, actualStart, ownerRole, notes, phase, constraintType,
                constraintDate, fixedCost, null, null);
    }

    public static TaskInputs of(Task task) {
        return new TaskInputs(task.name(), task.isMilestone(), task.durationMinutes(), task.percentComplete(),
                task.actualStart(), task.ownerRole(), task.notes(), task.phase(), task.constraintType(),
                task.constraintDate(), task.fixedCost(), task.deadline(), task.technique());
    }

    /** Writes these inputs into {@code task}, so that {@code TaskInputs.of(task)} equals this afterwards. */
    public void applyTo(Task task) {
        task.setName(name);
        task.setDurationMinutes(durationMinutes);
        task.setMilestone(milestone);
        task.setPercentComplete(percentComplete);
        task.setActualStart(actualStart);
        task.setOwnerRole(ownerRole);
        task.setNotes(notes);
        task.setPhase(phase);
        task.setConstraint(constraintType == null ? ConstraintType.AS_SOON_AS_POSSIBLE : constraintType,
                constraintDate);
        task.setFixedCost(fixedCost == null ? BigDecimal.ZERO : fixedCost);
        task.setDeadline(deadline);
        task.setTechnique(technique);
    }
}
