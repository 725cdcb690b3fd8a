package org.genaiplan.model.quality;

/** Whether a metric's value must stay at or under its target (errors, latency) or reach it (accuracy). */
public enum MetricDirection {
    AT_MOST("at most"), AT_LEAST("at least");

    private final String label;

    MetricDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether {@code value} satisfies a bound of {@code limit} in this direction. */
    public boolean holds(double value, double limit) {
        return this == AT_MOST ? value <= limit : value >= limit;
    }

    public static MetricDirection parse(String text) {
        for (MetricDirection d : values()) {
            if (d.name().equalsIgnoreCase(text) || d.label.equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new org.genaiplan.model.ValidationException("A metric's direction is \"at most\" or \"at least\", not \""
                + text + "\".");
    }
}
