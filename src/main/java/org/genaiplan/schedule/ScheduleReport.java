package org.genaiplan.schedule;

import java.time.LocalDateTime;
import java.util.List;

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
 */
public record ScheduleReport(boolean full, int updatedTasks, LocalDateTime finish, List<String> loops,
                             int lateTasks, List<String> problems) {

    public ScheduleReport {
        loops = List.copyOf(loops);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
