package org.genaiplan.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What one scheduling run did and found.
 *
 * @param full         whether every task was recomputed (false: only what an edit reached)
 * @param updatedTasks how many tasks got new dates, slack or roll-ups
 * @param finish       the plan's early finish, or null for an empty plan
 * @param loops        dependency loops found in the plan, each named by WBS codes like {@code 1.2 -> 2.1 -> 1.2};
 *                     one link of each loop is left out of the schedule until the user removes a link
 * @param lateTasks    how many tasks have negative total slack (a constraint or the deadline cannot be met)
 * @param problems     one sentence per problem, ready to show the user
 * @param changedTaskIds after an incremental run, the tasks whose dates, slack, critical flag or roll-ups may
 *                     have changed (the tasks the run touched and their ancestors); empty after a full run,
 *                     which may have changed every task
 * @param lateTaskIds  the tasks with negative total slack, in row order
 */
public record ScheduleReport(boolean full, int updatedTasks, LocalDateTime finish, List<String> loops,
                             int lateTasks, List<String> problems, Set<Long> changedTaskIds,
                             List<Long> lateTaskIds) {

    public ScheduleReport {
        loops = List.copyOf(loops);
        problems = List.copyOf(problems);
        changedTaskIds = Set.copyOf(changedTaskIds);
        lateTaskIds = List.copyOf(lateTaskIds);
    }

    /** A report that names no changed or late tasks. */
    public ScheduleReport(boolean full, int updatedTasks, LocalDateTime finish, List<String> loops, int lateTasks,
                          List<String> problems) {
        this(full, updatedTasks, finish, loops, lateTasks, problems, Set.of(), List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
