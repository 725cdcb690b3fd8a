package org.genaiplan.ui;

import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Port: how durations and predecessor lists are typed and shown. The app layer implements it with the
 * scheduler's formats. Parsing errors are {@link org.genaiplan.model.ValidationException}s.
 */
public interface TaskFormats {

    /** Parses {@code 3d}, {@code 4h}, {@code 1.5w}, {@code 2mo}, {@code 30m} or a bare number of days. */
    long parseDuration(Plan plan, String text);

    String formatDuration(Plan plan, long minutes);

    /**
     * Parses a predecessor list such as {@code 3, 7SS-4h, W1.2} for {@code successor} (IDs, or WBS codes
     * after W); refuses references to tasks that do not exist and links that would make a cycle.
     */
    List<Dependency> parsePredecessors(Plan plan, Task successor, String text);

    /** The task's predecessors by ID, such as {@code 3, 7SS+1d}. */
    String formatPredecessors(Plan plan, Task successor);

    /** The task's ID: its row number in outline order, 1 for the first row (MS Project's ID column). */
    int idOf(Plan plan, Task task);
}
