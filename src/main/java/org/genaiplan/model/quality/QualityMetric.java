package org.genaiplan.model.quality;

import org.genaiplan.model.ValidationException;

/**
 * A metric of the quality plan: what it measures and how, the bound its latest value must keep
 * ({@code direction} and {@code target}; none yet when the target is null), the warning threshold past which a
 * value that still meets the target counts as at risk, the unit, the usual sample size, the task that measures
 * it and the gate milestone it feeds (task ids, or null).
 */
public record QualityMetric(String id, String name, String group, String measure, MetricDirection direction,
                            Double target, Double warning, String unit, Integer sampleSize, Long taskId,
                            Long gateTaskId) {
    public QualityMetric {
        id = Texts.required(id, "A metric needs an id.");
        name = Texts.required(name, "Metric \"" + id + "\" needs a name.");
        group = Texts.optional(group);
        measure = Texts.optional(measure);
        unit = Texts.optional(unit);
        if (direction == null) {
            direction = MetricDirection.AT_MOST;
        }
        Texts.finite(target, "The target of metric \"" + id + "\"");
        Texts.finite(warning, "The warning threshold of metric \"" + id + "\"");
        if (sampleSize != null && sampleSize < 0) {
            throw new ValidationException("The sample size of metric \"" + id + "\" cannot be negative.");
        }
    }

    /** The target as a reader says it: "at most 5 %", or "no target yet". */
    public String targetText() {
        return target == null ? "no target yet" : direction.label() + " " + Texts.number(target) + unitSuffix();
    }

    String unitSuffix() {
        return unit.isEmpty() ? "" : (unit.equals("%") ? " %" : " " + unit);
    }

    /** A value with this metric's unit: "7 %", "420 ms". */
    public String valueText(double value) {
        return Texts.number(value) + unitSuffix();
    }

    /** Where a value stands against the target and the warning threshold. */
    public MetricStatus statusOf(Double value) {
        if (target == null) {
            return MetricStatus.NO_TARGET;
        }
        if (value == null) {
            return MetricStatus.NOT_MEASURED;
        }
        if (!direction.holds(value, target)) {
            return MetricStatus.NOT_MET;
        }
        if (warning != null && !direction.holds(value, warning)) {
            return MetricStatus.AT_RISK;
        }
        return MetricStatus.MET;
    }

    public QualityMetric withTarget(MetricDirection newDirection, Double newTarget, Double newWarning) {
        return new QualityMetric(id, name, group, measure, newDirection, newTarget, newWarning, unit, sampleSize,
                taskId, gateTaskId);
    }
}
