package org.genaiplan.ui.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.RemovedTasks;
import org.genaiplan.model.Task;

/**
 * Puts a recurring communication on the plan: one milestone per date, each starting no earlier than its date,
 * under the top-level summary task "Communication" (made when the plan has none). Undo removes them all (and the
 * summary if this command made it); redo brings back the same tasks.
 */
public final class AddMeetingsCommand implements PlanCommand {
    /** The summary task the meetings go under. */
    public static final String SUMMARY = "Communication";

    private final String name;
    private final List<LocalDate> dates;
    private final String owner;
    private final List<Long> created = new ArrayList<>();
    private long summaryId;
    private boolean madeSummary;
    private final List<RemovedTasks> removed = new ArrayList<>();

    /** @param owner the role that owns the milestones, or null */
    public AddMeetingsCommand(String name, List<LocalDate> dates, String owner) {
        this.name = Objects.requireNonNull(name);
        this.dates = List.copyOf(dates);
        this.owner = owner;
    }

    @Override
    public String displayName() {
        return "Add " + name + " Meetings";
    }

    @Override
    public void execute(Plan plan) {
        Task summary = null;
        for (Task root : plan.roots()) {
            if (root.name().equals(SUMMARY) && !root.isMilestone()) {
                summary = root;
            }
        }
        if (summary == null) {
            summary = plan.addTask(null, plan.roots().size(), SUMMARY);
            madeSummary = true;
        }
        summaryId = summary.id();
        for (LocalDate date : dates) {
            Task m = plan.addTask(summary, summary.children().size(), name + " " + date);
            m.setMilestone(true);
            m.setConstraint(ConstraintType.START_NO_EARLIER_THAN, date);
            if (owner != null && plan.role(owner) != null) {
                m.setOwnerRole(owner);
            }
            created.add(m.id());
        }
    }

    @Override
    public void undo(Plan plan) {
        removed.clear();
        if (madeSummary) {
            removed.add(plan.remove(plan.task(summaryId)));
            return;
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            removed.add(plan.remove(plan.task(created.get(i))));
        }
    }

    @Override
    public void redo(Plan plan) {
        for (int i = removed.size() - 1; i >= 0; i--) {
            plan.restore(removed.get(i));
        }
        removed.clear();
    }

    /** The ids of the milestones made (after {@link #execute}). */
    public List<Long> createdIds() {
        return List.copyOf(created);
    }
}
