package org.genaiplan.model.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.genaiplan.model.ValidationException;

/**
 * What a plan keeps for tracking progress, as one value: its baselines in the order they were saved (as many
 * as wanted), the name of the one compared against, how the estimate at completion is worked out, and the
 * dated actuals imported from outside. Every change makes a new value, so one command can set and put back.
 */
public record Tracking(List<Baseline> baselines, String compared, EacMethod eacMethod, List<ActualEntry> actuals) {
    public static final Tracking NONE = new Tracking(List.of(), null, EacMethod.REMAINING_AS_PLANNED, List.of());

    public Tracking {
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        eacMethod = eacMethod == null ? EacMethod.REMAINING_AS_PLANNED : eacMethod;
        if (compared != null && find(baselines, compared) < 0) {
            compared = null;
        }
    }

    /** The baseline named {@code name} (any case), or null. */
    public Baseline baseline(String name) {
        int i = find(baselines, name);
        return i < 0 ? null : baselines.get(i);
    }

    /** The baseline compared against: the chosen one, else the first saved, else null. */
    public Baseline comparedBaseline() {
        if (compared != null) {
            return baseline(compared);
        }
        return baselines.isEmpty() ? null : baselines.getFirst();
    }

    /** With {@code baseline} saved: it replaces one of the same name, else it is added at the end. */
    public Tracking withBaseline(Baseline baseline) {
        List<Baseline> list = new ArrayList<>(baselines);
        int i = find(list, baseline.name());
        if (i >= 0) {
            list.set(i, baseline);
        } else {
            list.add(baseline);
        }
        return new Tracking(list, compared, eacMethod, actuals);
    }

    public Tracking withoutBaseline(String name) {
        int i = find(baselines, name);
        if (i < 0) {
            throw new ValidationException("The plan has no baseline \"" + name + "\".");
        }
        List<Baseline> list = new ArrayList<>(baselines);
        list.remove(i);
        return new Tracking(list, compared, eacMethod, actuals);
    }

    public Tracking renamed(String oldName, String newName) {
        int i = find(baselines, oldName);
        if (i < 0) {
            throw new ValidationException("The plan has no baseline \"" + oldName + "\".");
        }
        String name = Baseline.checkName(newName);
        int clash = find(baselines, name);
        if (clash >= 0 && clash != i) {
            throw new ValidationException("The plan already has a baseline \"" + name + "\".");
        }
        List<Baseline> list = new ArrayList<>(baselines);
        list.set(i, list.get(i).renamed(name));
        boolean wasCompared = compared != null && compared.equalsIgnoreCase(oldName);
        return new Tracking(list, wasCompared ? name : compared, eacMethod, actuals);
    }

    public Tracking comparedTo(String name) {
        if (name != null && find(baselines, name) < 0) {
            throw new ValidationException("The plan has no baseline \"" + name + "\".");
        }
        return new Tracking(baselines, name == null ? null : baseline(name).name(), eacMethod, actuals);
    }

    public Tracking withEacMethod(EacMethod method) {
        return new Tracking(baselines, compared, Objects.requireNonNull(method, "method"), actuals);
    }

    public Tracking withActuals(List<ActualEntry> newActuals) {
        return new Tracking(baselines, compared, eacMethod, newActuals);
    }

    /** The quantities imported for {@code taskId} up to and including {@code until} (null: all). */
    public Quantities used(long taskId, java.time.LocalDate until) {
        Quantities sum = Quantities.ZERO;
        for (ActualEntry e : actuals) {
            if (e.taskId() == taskId && (until == null || !e.date().isAfter(until))) {
                sum = sum.plus(e.kind(), e.quantity());
            }
        }
        return sum;
    }

    private static int find(List<Baseline> list, String name) {
        if (name == null) {
            return -1;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
