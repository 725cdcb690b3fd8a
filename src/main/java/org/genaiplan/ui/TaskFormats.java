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
     * Parses a predecessor list such as {@code 3, 1.2SS-4h} for {@code successor}; refuses references to
     * rows that do not exist and links that would make a cycle.
     */
    List<Dependency> parsePredecessors(Plan plan, Task successor, String text);

    String formatPredecessors(Plan plan, Task successor);
}
