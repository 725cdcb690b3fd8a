package org.genaiplan.export;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CostReport;

/** What every sheet writer of one export shares; {@code costs} is the plan's cost report as of the export's today. */
record ExportContext(Plan plan, List<Task> rows, ExportOptions options, Styles styles, Cells cells,
                     Progress progress, CostReport costs) {

    /** Days of the plan's calendar for working minutes. */
    double days(long minutes) {
        return minutes / (double) plan.calendar().minutesPerDay();
    }
}
