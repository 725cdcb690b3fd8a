package org.genaiplan.model;

/**
 * The shape given to a task's three-point estimate in a risk analysis: PERT-beta (the default; the most
 * likely value weighs four times the extremes), triangular, uniform (every value between optimistic and
 * pessimistic equally likely) or lognormal (a long right tail: mode at the most likely value, 95th
 * percentile at the pessimistic value).
 */
public enum Distribution {
    PERT("PERT"), TRIANGULAR("Triangular"), UNIFORM("Uniform"), LOGNORMAL("Lognormal");

    private final String label;

    Distribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The distribution named by {@code text} (its label or name, any case); blank gives PERT. */
    public static Distribution parse(String text) {
        if (text == null || text.isBlank()) {
            return PERT;
        }
        String t = text.strip();
        for (Distribution d : values()) {
            if (d.label.equalsIgnoreCase(t) || d.name().equalsIgnoreCase(t)
                    || (d == PERT && t.equalsIgnoreCase("PERT-beta")) || (d == PERT && t.equalsIgnoreCase("beta"))) {
                return d;
            }
        }
        throw new ValidationException("\"" + t + "\" is not a distribution; use PERT, Triangular, Uniform or Lognormal.");
    }

    @Override
    public String toString() {
        return label;
    }
}
