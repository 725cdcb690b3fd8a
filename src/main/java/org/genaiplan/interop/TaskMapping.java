package org.genaiplan.interop;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.mpxj.ProjectFile;
import org.mpxj.TaskMode;

/**
 * The file's task tree as our WBS: names, hierarchy, durations, milestones, constraints, deadlines,
 * % complete with actual starts, notes and fixed costs. What cannot be carried is counted for the report.
 * Keeps which source task each of our tasks came from, for the agreement check and the links.
 */
final class TaskMapping {
    static final int MAX_NAME = 500;
    static final int MAX_NOTES = 100_000;

    private final Plan plan;
    private final Durations durations;
    private final Map<org.mpxj.Task, Task> ours = new IdentityHashMap<>();
    private final Map<Long, org.mpxj.Task> sources = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    TaskMapping(Plan plan, Durations durations) {
        this.plan = plan;
        this.durations = durations;
    }

    void map(ProjectFile project) {
        for (org.mpxj.Task top : topLevel(project)) {
            add(top, null);
        }
    }

    /** The tasks under the file's project summary task (ID 0), or its top level when it has none. */
    private static List<org.mpxj.Task> topLevel(ProjectFile project) {
        List<org.mpxj.Task> out = new ArrayList<>();
        for (org.mpxj.Task t : project.getChildTasks()) {
            boolean projectSummary = t.getUniqueID() != null && t.getUniqueID() == 0
                    || t.getOutlineLevel() != null && t.getOutlineLevel() == 0;
            if (projectSummary) {
                out.addAll(t.getChildTasks());
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private void add(org.mpxj.Task source, Task parent) {
        if (source.getNull()) {
            count("blank rows");
            return;
        }
        Task task = plan.addTask(parent, name(source));
        ours.put(source, task);
        sources.put(task.id(), source);
        List<org.mpxj.Task> children = source.getChildTasks();
        if (children.isEmpty()) {
            leaf(source, task);
        } else {
            count("summaries");
        }
        common(source, task);
        for (org.mpxj.Task child : children) {
            add(child, task);
        }
    }

    private static String name(org.mpxj.Task source) {
        String name = source.getName() == null ? "" : source.getName().replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) {
            name = "Task " + (source.getID() != null ? source.getID() : source.getUniqueID());
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private void leaf(org.mpxj.Task source, Task task) {
        long minutes = Math.max(0, durations.minutes(source.getDuration(), 0));
        if (durations.isElapsed(source.getDuration())) {
            count("elapsed durations approximated in working time");
        }
        if (source.getMilestone() && minutes == 0) {
            task.setMilestone(true);
            count("milestones");
        } else {
            if (source.getMilestone()) {
                count("milestones with a duration kept as tasks");
            }
            task.setDurationMinutes(Math.min(minutes, 10L * 366 * 24 * 60));
            count("tasks");
        }
        if (Boolean.TRUE.equals(source.getEstimated())) {
            count("estimated durations (the estimate flag is not kept)");
        }
        if (source.getSplits() != null && source.getSplits().size() > 1) {
            count("split tasks made contiguous");
        }
        if (source.getRecurring()) {
            count("recurring tasks kept as one task");
        }
        if (source.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
            count("manually scheduled tasks scheduled automatically");
        }
        if (source.getCalendar() != null) {
            count("task calendars (the plan's calendar is used)");
        }
        Number fixed = source.getFixedCost();
        if (fixed != null && fixed.doubleValue() > 0) {
            task.setFixedCost(java.math.BigDecimal.valueOf(Math.min(fixed.doubleValue(), 1e12)).setScale(2,
                    java.math.RoundingMode.HALF_UP));
            count("fixed costs");
        }
        Number percent = source.getPercentageComplete();
        if (percent != null && percent.doubleValue() > 0) {
            task.setPercentComplete((int) Math.max(0, Math.min(100, Math.round(percent.doubleValue()))));
            LocalDateTime actual = source.getActualStart() != null ? source.getActualStart() : source.getStart();
            if (actual != null) {
                task.setActualStart(actual);
            }
            count("tasks with progress");
        }
    }

    private void common(org.mpxj.Task source, Task task) {
        constraint(source, task);
        if (source.getDeadline() != null) {
            task.setDeadline(source.getDeadline().toLocalDate());
            count("deadlines");
        }
        String notes = source.getNotes() == null ? null
                : source.getNotes().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ");
        if (notes != null && !notes.isBlank()) {
            task.setNotes(notes.length() > MAX_NOTES ? notes.substring(0, MAX_NOTES) : notes);
            count("notes");
        }
    }

    private void constraint(org.mpxj.Task source, Task task) {
        org.mpxj.ConstraintType type = source.getConstraintType();
        LocalDateTime date = source.getConstraintDate();
        if (type == null || type == org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE) {
            return;
        }
        if (type == org.mpxj.ConstraintType.AS_LATE_AS_POSSIBLE) {
            count("as-late-as-possible tasks scheduled as soon as possible");
            return;
        }
        if (date == null) {
            count("constraints without a date");
            return;
        }
        ConstraintType ours = switch (type) {
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case MUST_START_ON, START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON, FINISH_ON -> {
                count("must-finish-on constraints kept as finish no earlier than");
                yield ConstraintType.FINISH_NO_EARLIER_THAN;
            }
            default -> {
                count(type == org.mpxj.ConstraintType.START_NO_LATER_THAN
                        ? "start-no-later-than constraints (they move no date; the task is scheduled as soon as possible)"
                        : "constraints of other types");
                yield null;
            }
        };
        if (ours == null) {
            return;
        }
        try {
            task.setConstraint(ours, date.toLocalDate());
            count("constraints");
        } catch (ValidationException e) {
            count("constraints that could not be kept");
        }
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    Task ours(org.mpxj.Task source) {
        return ours.get(source);
    }

    Map<org.mpxj.Task, Task> all() {
        return ours;
    }

    /** Our task id → the task it came from. */
    Map<Long, org.mpxj.Task> sources() {
        return sources;
    }
}
