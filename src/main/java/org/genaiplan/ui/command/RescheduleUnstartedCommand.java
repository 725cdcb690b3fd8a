package org.genaiplan.ui.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.tracking.StatusUpdate;

/**
 * "Reschedule unstarted work after the status date": every task not started that the schedule has starting on
 * or before the status date gets "start no earlier than" the day after it (see
 * {@link StatusUpdate#unstartedBefore}); undo gives each its "as soon as possible" back.
 */
public final class RescheduleUnstartedCommand implements PlanCommand {
    private final LocalDate statusDate;
    private final List<Long> moved = new ArrayList<>();

    public RescheduleUnstartedCommand(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    @Override
    public String displayName() {
        return "Reschedule unstarted work after " + statusDate;
    }

    @Override
    public void execute(Plan plan) {
        moved.clear();
        for (Task t : StatusUpdate.unstartedBefore(plan, statusDate)) {
            t.setConstraint(ConstraintType.START_NO_EARLIER_THAN, statusDate.plusDays(1));
            moved.add(t.id());
        }
    }

    public int moved() {
        return moved.size();
    }

    @Override
    public void undo(Plan plan) {
        for (long id : moved) {
            plan.task(id).setConstraint(ConstraintType.AS_SOON_AS_POSSIBLE, null);
        }
    }
}
