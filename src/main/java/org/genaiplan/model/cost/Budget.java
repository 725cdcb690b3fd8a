package org.genaiplan.model.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.ValidationException;

/**
 * The money a plan may spend: a total (null when none is set) and budgets per lifecycle phase, keyed by
 * phase name (matched ignoring case). A value; the {@code with...} methods return a changed copy.
 */
public record Budget(BigDecimal total, Map<String, BigDecimal> phases) {

    public Budget {
        total = total == null ? null : positive(total, "The plan budget");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, BigDecimal> e : phases.entrySet()) {
            String phase = Money.name(e.getKey(), "The phase");
            if (!seen.add(phase.toLowerCase(Locale.ROOT))) {
                throw new ValidationException("The phase \"" + phase + "\" has two budgets.");
            }
            copy.put(phase, positive(e.getValue(), "The budget of " + phase));
        }
        phases = java.util.Collections.unmodifiableMap(copy);
    }

    public static Budget none() {
        return new Budget(null, Map.of());
    }

    public boolean isEmpty() {
        return total == null && phases.isEmpty();
    }

    /** The budget of a phase (ignoring case), or null. */
    public BigDecimal phase(String phase) {
        if (phase == null) {
            return null;
        }
        String k = phase.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, BigDecimal> e : phases.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(k)) {
                return e.getValue();
            }
        }
        return null;
    }

    public Budget withTotal(BigDecimal newTotal) {
        return new Budget(newTotal, phases);
    }

    /** Sets (or with null, removes) the budget of a phase, keeping the order of the others. */
    public Budget withPhase(String phase, BigDecimal amount) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        boolean replaced = false;
        for (Map.Entry<String, BigDecimal> e : phases.entrySet()) {
            if (e.getKey().equalsIgnoreCase(phase.strip())) {
                replaced = true;
                if (amount != null) {
                    copy.put(phase.strip(), amount);
                }
            } else {
                copy.put(e.getKey(), e.getValue());
            }
        }
        if (!replaced && amount != null) {
            copy.put(phase.strip(), amount);
        }
        return new Budget(total, copy);
    }

    private static BigDecimal positive(BigDecimal value, String field) {
        if (value.signum() <= 0) {
            throw new ValidationException(field + " must be above zero.");
        }
        return value;
    }
}
