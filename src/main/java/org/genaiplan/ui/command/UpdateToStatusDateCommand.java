package org.genaiplan.ui.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.tracking.StatusUpdate;

/**
 * "Update plan to status date": work scheduled before the end of the status date is marked done (see
 * {@link StatusUpdate}); undo puts every task's % complete and actual start back.
 */
public final class UpdateToStatusDateCommand implements PlanCommand {
    private final LocalDate statusDate;
    private final Map<Long, Object[]> before = new LinkedHashMap<>();

    public UpdateToStatusDateCommand(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    @Override
    public String displayName() {
        return "Update plan to " + statusDate;
    }

    @Override
    public void execute(Plan plan) {
        before.clear();
        Map<Task, Integer> changes = StatusUpdate.percentages(plan, statusDate);
        changes.forEach((t, percent) -> {
            before.put(t.id(), new Object[] {t.percentComplete(), t.actualStart()});
            t.setPercentComplete(percent);
        });
    }

    /** How many tasks the last execution changed. */
    public int changed() {
        return before.size();
    }

    @Override
    public void undo(Plan plan) {
        before.forEach((id, old) -> {
            Task t = plan.task(id);
            t.setPercentComplete((Integer) old[0]);
            t.setActualStart((LocalDateTime) old[1]);
        });
    }
}
