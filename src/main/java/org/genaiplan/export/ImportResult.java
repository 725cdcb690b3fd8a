package org.genaiplan.export;

import java.util.List;
import org.genaiplan.model.Plan;

/** A scheduled plan built from a table, and what was wrong with the rows that could not be read as they were. */
public record ImportResult(Plan plan, List<ImportProblem> problems) {
    public ImportResult {
        problems = List.copyOf(problems);
    }
}
