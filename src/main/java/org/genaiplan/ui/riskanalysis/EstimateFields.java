package org.genaiplan.ui.riskanalysis;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.SetEstimateCommand;

/**
 * A task's three-point estimate as Task information edits it: optimistic, most likely and pessimistic
 * durations typed as the Duration column is ("3d", "2w"; all three blank: no estimate), the distribution and
 * the correlation group.
 */
public final class EstimateFields {
    private final StringProperty optimistic = new SimpleStringProperty(this, "optimistic", "");
    private final StringProperty mostLikely = new SimpleStringProperty(this, "mostLikely", "");
    private final StringProperty pessimistic = new SimpleStringProperty(this, "pessimistic", "");
    private final ObjectProperty<Distribution> distribution = new SimpleObjectProperty<>(this, "distribution", Distribution.PERT);
    private final StringProperty group = new SimpleStringProperty(this, "group", "");

    /** Shows the task's estimate (blank fields when it has none). */
    public void load(Plan plan, Task t, TaskFormats formats) {
        Estimate e = t.estimate();
        optimistic.set(e == null ? "" : formats.formatDuration(plan, e.optimisticMinutes()));
        mostLikely.set(e == null ? "" : formats.formatDuration(plan, e.mostLikelyMinutes()));
        pessimistic.set(e == null ? "" : formats.formatDuration(plan, e.pessimisticMinutes()));
        distribution.set(e == null ? Distribution.PERT : e.distribution());
        group.set(e == null || e.group() == null ? "" : e.group());
    }

    /** The command that gives the task the estimate typed, or null when it is the one it has. */
    public PlanCommand command(Plan plan, Task t, TaskFormats formats) {
        Estimate typed = typed(plan, t, formats);
        return Objects.equals(typed, t.estimate()) ? null : new SetEstimateCommand(t.id(), typed);
    }

    private Estimate typed(Plan plan, Task t, TaskFormats formats) {
        String o = optimistic.get().strip();
        String m = mostLikely.get().strip();
        String p = pessimistic.get().strip();
        if (o.isEmpty() && m.isEmpty() && p.isEmpty()) {
            return null;
        }
        long ml = m.isEmpty() ? t.durationMinutes() : formats.parseDuration(plan, m);
        if (o.isEmpty() || p.isEmpty()) {
            throw new ValidationException("A three-point estimate needs an optimistic and a pessimistic duration"
                    + " (leave all three blank for none).");
        }
        return new Estimate(formats.parseDuration(plan, o), ml, formats.parseDuration(plan, p),
                distribution.get() == null ? Distribution.PERT : distribution.get(), group.get());
    }

    public StringProperty optimisticProperty() {
        return optimistic;
    }

    public StringProperty mostLikelyProperty() {
        return mostLikely;
    }

    public StringProperty pessimisticProperty() {
        return pessimistic;
    }

    public ObjectProperty<Distribution> distributionProperty() {
        return distribution;
    }

    public StringProperty groupProperty() {
        return group;
    }
}
