package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The chain of {@link FormatUpgrade} steps that brings any older package up to the current format. */
public final class FormatUpgrades {
    private final int current;
    private final Map<Integer, FormatUpgrade> steps = new TreeMap<>();

    /** A chain ending at {@code current}; there must be exactly one step from each of 1 .. current-1. */
    public FormatUpgrades(int current, List<FormatUpgrade> upgrades) {
        if (current < 1) {
            throw new IllegalArgumentException("format versions start at 1");
        }
        this.current = current;
        for (FormatUpgrade step : upgrades) {
            if (step.from() < 1 || step.from() >= current || steps.put(step.from(), step) != null) {
                throw new IllegalArgumentException("misplaced upgrade step from format " + step.from());
            }
        }
        if (steps.size() != current - 1) {
            throw new IllegalArgumentException("the chain to format " + current + " has gaps: " + steps.keySet());
        }
    }

    /** The chain of this version of the app. */
    public static FormatUpgrades standard() {
        return new FormatUpgrades(PackageFormat.CURRENT_VERSION, List.of(new AddCostModel(), new AddProjectSettingsAndPeople(),
                new AddTaskDeadlines(), new AddEstimates(), new AddTracking(), new AddCapacity(),
                new AddQualityPlan(), new AddDecisions(), new AddStakeholders(), new AddBusinessCase(), new AddLessons()));
    }

    public int current() {
        return current;
    }

    /** Runs every step from {@code version} up to {@link #current()}, in order, on {@code entries}. */
    public void upgrade(int version, Map<String, JsonNode> entries) {
        if (version < 1 || version > current) {
            throw new IllegalArgumentException("format " + version + " cannot be upgraded to " + current);
        }
        for (int v = version; v < current; v++) {
            steps.get(v).apply(entries);
        }
    }
}
