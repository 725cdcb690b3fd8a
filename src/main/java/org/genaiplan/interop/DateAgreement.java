package org.genaiplan.interop;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.WorkTime;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.Relation;
import org.mpxj.TaskMode;

/**
 * Compares the start and finish of every task as the source tool computed them (stored in the file) with
 * the dates our scheduler computed after the import. Both are compared in working time: a moment is the
 * working day it falls on and the working minutes done that day by then, so MS Project's 17:00 finish of a
 * 08:00-17:00 day with a lunch hour agrees with our 16:00 finish of an eight-hour block, and a Friday
 * evening finish agrees with a Monday morning start. Each task that differs gets the likeliest reason.
 */
public final class DateAgreement {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One task whose dates differ. */
    public record Difference(String task, LocalDateTime fileStart, LocalDateTime fileFinish, LocalDateTime start,
                             LocalDateTime finish, String reason) {
        @Override
        public String toString() {
            return task + ": the file has " + SHOWN.format(fileStart) + " to " + SHOWN.format(fileFinish)
                    + ", GenAI Planner " + SHOWN.format(start) + " to " + SHOWN.format(finish) + " (" + reason + ")";
        }
    }

    /** How many tasks had dates in the file, how many agree, and the ones that differ. */
    public record Result(String tool, int compared, int agreed, List<Difference> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public double percent() {
            return compared == 0 ? 100.0 : 100.0 * agreed / compared;
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (compared == 0) {
                out.add("  Dates: the file holds no computed dates to compare with.");
                return out;
            }
            out.add(String.format(Locale.ROOT, "  Dates: %d of %d tasks agree to the minute with the dates %s"
                    + " computed (%.1f %%).", agreed, compared, tool, percent()));
            int shown = 0;
            for (Difference d : differences) {
                if (++shown > 25) {
                    out.add("    ... and " + (differences.size() - 25) + " more.");
                    break;
                }
                out.add("    Differs: " + d);
            }
            return out;
        }
    }

    private DateAgreement() {
    }

    static Result compare(Plan plan, Map<Long, org.mpxj.Task> sources, ProjectCalendar calendar, String tool,
                          LocalDate projectStart) {
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        Set<Long> differing = new HashSet<>();
        List<Task> compared = new ArrayList<>();
        for (Task task : plan.tasksInOrder()) {
            org.mpxj.Task source = sources.get(task.id());
            if (source == null || source.getStart() == null || source.getFinish() == null || task.start() == null) {
                continue;
            }
            compared.add(task);
            boolean same = offset(time, calendar, source.getStart()) == time.toOffset(task.start())
                    && offset(time, calendar, source.getFinish()) == time.toOffset(task.finish());
            if (!same) {
                differing.add(task.id());
            }
        }
        List<Difference> differences = new ArrayList<>();
        for (Task task : compared) {
            if (differing.contains(task.id())) {
                org.mpxj.Task source = sources.get(task.id());
                differences.add(new Difference(task.name(), source.getStart(), source.getFinish(), task.start(),
                        task.finish(), reason(plan, task, source, differing, projectStart)));
            }
        }
        return new Result(tool, compared.size(), compared.size() - differences.size(), differences);
    }

    /** A moment of the file's calendar as an offset of ours: its working day and the working minutes done by then. */
    static long offset(WorkTime time, ProjectCalendar calendar, LocalDateTime moment) {
        LocalDate date = moment.toLocalDate();
        if (!time.isWorkingDay(date) || calendar == null) {
            return calendar == null ? time.toOffset(moment) : time.startOfDay(date);
        }
        int worked = 0;
        LocalTime at = moment.toLocalTime();
        for (LocalTimeRange r : calendar.getHours(date)) {
            if (r.getStart() == null || r.getEnd() == null || !at.isAfter(r.getStart())) {
                continue;
            }
            LocalTime end = r.getEnd().equals(LocalTime.MIDNIGHT) || at.isBefore(r.getEnd()) ? at : r.getEnd();
            worked += (end.toSecondOfDay() - r.getStart().toSecondOfDay()) / 60;
        }
        return time.startOfDay(date) + Math.min(worked, time.minutesPerDay());
    }

    private static ProjectCalendar calendarOf(org.mpxj.Task source) {
        return source.getParentFile().getDefaultCalendar();
    }

    private static String reason(Plan plan, Task task, org.mpxj.Task source, Set<Long> differing,
                                 LocalDate projectStart) {
        if (source.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
            return "manually scheduled in the file";
        }
        if (source.getDuration() != null && source.getDuration().getUnits() != null
                && source.getDuration().getUnits().name().startsWith("ELAPSED")) {
            return "elapsed duration, approximated in working time";
        }
        for (Relation r : source.getPredecessors()) {
            if (r.getLag() != null && r.getLag().getUnits() != null && r.getLag().getUnits().name().startsWith("ELAPSED")
                    && r.getLag().getDuration() != 0) {
                return "elapsed lag, approximated in working time";
            }
        }
        if (source.getStart() != null && source.getStart().toLocalDate().isBefore(projectStart)) {
            return "starts before the project start in the file; GenAI Planner never schedules before it";
        }
        if (source.getCalendar() != null) {
            return "the task has its own calendar in the file";
        }
        if (source.getSplits() != null && source.getSplits().size() > 1) {
            return "a split task, made contiguous";
        }
        if (source.getConstraintType() != null && source.getConstraintType() != org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE) {
            if (task.constraintType() == org.genaiplan.model.ConstraintType.AS_SOON_AS_POSSIBLE) {
                return "constraint " + source.getConstraintType() + " not kept";
            }
            if (source.getConstraintDate() != null && !source.getConstraintDate().toLocalTime().equals(
                    plan.calendar().dayStart())) {
                return "constraint at " + source.getConstraintDate().toLocalTime() + " kept as the whole day";
            }
            return "constraint " + source.getConstraintType() + " mapped to " + task.constraintType();
        }
        if (task.percentComplete() > 0) {
            return "progress recorded in the file (actual dates)";
        }
        for (org.mpxj.ResourceAssignment a : source.getResourceAssignments()) {
            if (a.getResource() != null && a.getResource().getCalendar() != null
                    && a.getResource().getCalendar().getParent() != null
                    && !a.getResource().getCalendar().getParent().equals(calendarOf(source))) {
                return "an assigned resource's own calendar drives the dates in the file";
            }
        }
        if (source.getResourceAssignments().size() > 1) {
            return "resource-driven dates (several assignments)";
        }
        for (Dependency d : plan.predecessorsOf(task)) {
            if (differing.contains(d.predecessorId())) {
                return "follows a task whose dates differ";
            }
        }
        if (task.hasChildren()) {
            for (Task child : task.children()) {
                if (differing.contains(child.id())) {
                    return "a task under it differs";
                }
            }
        }
        return "not explained";
    }
}
