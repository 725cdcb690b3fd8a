package org.genaiplan.export;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** What every sheet writer of one export shares. */
record ExportContext(Plan plan, List<Task> rows, ExportOptions options, Styles styles, Cells cells,
                     Progress progress) {

    /** Days of the plan's calendar for working minutes. */
    double days(long minutes) {
        return minutes / (double) plan.calendar().minutesPerDay();
    }
}
