package org.genaiplan.model;

import java.util.Objects;

/**
 * A task's three-point duration estimate in working minutes (optimistic &le; most likely &le; pessimistic)
 * with the distribution a risk analysis draws from, and an optional correlation group: tasks of one group
 * (for example "training runs") tend to run long or short together.
 */
public record Estimate(long optimisticMinutes, long mostLikelyMinutes, long pessimisticMinutes,
                       Distribution distribution, String group) {

    public Estimate {
        Objects.requireNonNull(distribution, "distribution");
        if (optimisticMinutes < 0) {
            throw new ValidationException("An optimistic duration cannot be negative.");
        }
        if (optimisticMinutes > mostLikelyMinutes || mostLikelyMinutes > pessimisticMinutes) {
            throw new ValidationException("A three-point estimate needs optimistic \u2264 most likely \u2264 pessimistic.");
        }
        if (distribution == Distribution.LOGNORMAL && mostLikelyMinutes == 0 && pessimisticMinutes > 0) {
            throw new ValidationException("A lognormal estimate needs a most likely duration above zero.");
        }
        group = group == null || group.isBlank() ? null : group.strip();
    }

    public Estimate(long optimisticMinutes, long mostLikelyMinutes, long pessimisticMinutes, Distribution distribution) {
        this(optimisticMinutes, mostLikelyMinutes, pessimisticMinutes, distribution, null);
    }

    /** Whether the three points are one value (then the task has no uncertainty). */
    public boolean isFixed() {
        return optimisticMinutes == pessimisticMinutes;
    }

    public Estimate withDistribution(Distribution d) {
        return new Estimate(optimisticMinutes, mostLikelyMinutes, pessimisticMinutes, d, group);
    }

    public Estimate withGroup(String g) {
        return new Estimate(optimisticMinutes, mostLikelyMinutes, pessimisticMinutes, distribution, g);
    }
}
