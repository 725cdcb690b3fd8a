package org.genaiplan.store;

import java.util.function.Supplier;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.model.tracking.Tracking;

/**
 * Checks the values of {@code tracking.json} against {@link PackageLimits} as every other entry is checked:
 * dates in the years a plan may use, money and quantities in range, names of a sensible length, and at most
 * {@link #MAX_BASELINES} baselines and {@link #MAX_ACTUALS} actuals.
 */
final class TrackingCheck {
    static final int MAX_BASELINES = 1_000;
    static final int MAX_ACTUALS = 2_000_000;

    private TrackingCheck() {
    }

    static void check(Tracking tracking, ValueCheck values) throws PlanFileException {
        if (tracking == null) {
            return;
        }
        String in = values.in(PackageFormat.TRACKING);
        if (tracking.baselines().size() > MAX_BASELINES) {
            throw values.refuse("the plan", "has more than " + Sentences.number(MAX_BASELINES) + " baselines" + in
                    + ", the most a plan file may hold");
        }
        if (tracking.actuals().size() > MAX_ACTUALS) {
            throw values.refuse("the plan", "has more than " + Sentences.number(MAX_ACTUALS) + " actuals" + in
                    + ", the most a plan file may hold");
        }
        for (Baseline b : tracking.baselines()) {
            Supplier<String> subject = () -> "the baseline \"" + Sentences.printable(b.name(), 40) + "\"" + in;
            values.name(subject, "a name", b.name());
            values.date(subject, "a saving time", b.savedAt());
            values.date(subject, "a start", b.start());
            values.date(subject, "a finish", b.finish());
            values.money(subject, "a total cost", b.totalCost());
            for (BaselineTask t : b.tasks()) {
                values.date(subject, "a task start", t.start());
                values.date(subject, "a task finish", t.finish());
                values.money(subject, "a task cost", t.cost());
                values.quantity(subject, "GPU-hours", t.quantities().gpuHours());
                values.quantity(subject, "people hours", t.quantities().peopleHours());
            }
        }
        for (ActualEntry e : tracking.actuals()) {
            Supplier<String> subject = () -> "an actual of the task " + e.taskId() + in;
            values.date(subject, "a date", e.date());
            values.money(subject, "an amount", e.amount());
            values.quantity(subject, "a quantity", e.quantity());
        }
    }
}
