package org.genaiplan.model.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.ValidationException;

/**
 * A plan's quality plan as one value: its metrics, every measurement taken, the graded issue log and the gates.
 * It never changes; an edit makes a new one, so undo puts the old one back.
 */
public record QualityPlan(List<QualityMetric> metrics, List<Measurement> measurements, List<QualityIssue> issues,
                          List<Gate> gates) {
    /** The most measurements a plan keeps (a daily value of 20 metrics for over ten years). */
    public static final int MAX_MEASUREMENTS = 100_000;
    public static final int MAX_ITEMS = 10_000;
    public static final QualityPlan EMPTY = new QualityPlan(List.of(), List.of(), List.of(), List.of());

    public QualityPlan {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        issues = issues == null ? List.of() : List.copyOf(issues);
        gates = gates == null ? List.of() : List.copyOf(gates);
        if (measurements.size() > MAX_MEASUREMENTS || metrics.size() > MAX_ITEMS || issues.size() > MAX_ITEMS
                || gates.size() > MAX_ITEMS) {
            throw new ValidationException("The quality plan holds more entries than a plan may.");
        }
        Set<String> ids = new HashSet<>();
        for (QualityMetric m : metrics) {
            if (!ids.add(m.id().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException("The metric id \"" + m.id() + "\" is used twice.");
            }
        }
        for (Measurement m : measurements) {
            if (!ids.contains(m.metricId().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException("A measurement names the metric \"" + m.metricId()
                        + "\", which the quality plan does not have.");
            }
        }
        Set<Long> issueIds = new HashSet<>();
        for (QualityIssue i : issues) {
            if (!issueIds.add(i.id())) {
                throw new ValidationException("The issue id " + i.id() + " is used twice.");
            }
        }
        Set<Long> gateTasks = new HashSet<>();
        for (Gate g : gates) {
            if (!gateTasks.add(g.taskId())) {
                throw new ValidationException("A milestone is a gate twice.");
            }
        }
    }

    /** The metric with this id or name (ignoring case), or null. */
    public QualityMetric metric(String idOrName) {
        if (idOrName == null) {
            return null;
        }
        String key = idOrName.strip();
        for (QualityMetric m : metrics) {
            if (m.id().equalsIgnoreCase(key)) {
                return m;
            }
        }
        for (QualityMetric m : metrics) {
            if (m.name().equalsIgnoreCase(key)) {
                return m;
            }
        }
        return null;
    }

    /** The measurements of a metric, oldest first (by date, then in the order they were recorded). */
    public List<Measurement> measurementsOf(String metricId) {
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.metricId().equalsIgnoreCase(metricId)) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Measurement::date));
        return out;
    }

    /** The latest measurement of a metric (the last recorded of the latest date), or null. */
    public Measurement latest(String metricId) {
        Measurement last = null;
        for (Measurement m : measurements) { // one pass: the chart asks once a frame
            if (m.metricId().equalsIgnoreCase(metricId) && (last == null || !m.date().isBefore(last.date()))) {
                last = m;
            }
        }
        return last;
    }

    public MetricStatus status(QualityMetric metric) {
        Measurement last = latest(metric.id());
        return metric.statusOf(last == null ? null : last.value());
    }

    public QualityIssue issue(long id) {
        for (QualityIssue i : issues) {
            if (i.id() == id) {
                return i;
            }
        }
        return null;
    }

    public Gate gate(long taskId) {
        for (Gate g : gates) {
            if (g.taskId() == taskId) {
                return g;
            }
        }
        return null;
    }

    public long nextIssueId() {
        long max = 0;
        for (QualityIssue i : issues) {
            max = Math.max(max, i.id());
        }
        return max + 1;
    }

    public QualityPlan withMeasurements(List<Measurement> added) {
        List<Measurement> all = new ArrayList<>(measurements);
        all.addAll(added);
        return new QualityPlan(metrics, all, issues, gates);
    }

    /** Adds the issue, or replaces the one with its id in place. */
    public QualityPlan withIssue(QualityIssue issue) {
        List<QualityIssue> all = new ArrayList<>(issues);
        boolean replaced = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == issue.id()) {
                all.set(i, issue);
                replaced = true;
            }
        }
        if (!replaced) {
            all.add(issue);
        }
        return new QualityPlan(metrics, measurements, all, gates);
    }

    public QualityPlan withoutIssue(long id) {
        List<QualityIssue> all = new ArrayList<>(issues);
        all.removeIf(i -> i.id() == id);
        return new QualityPlan(metrics, measurements, all, gates);
    }

    /** Adds the metric, or replaces the one with its id in place. */
    public QualityPlan withMetric(QualityMetric metric) {
        List<QualityMetric> all = new ArrayList<>(metrics);
        boolean replaced = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equalsIgnoreCase(metric.id())) {
                all.set(i, metric);
                replaced = true;
            }
        }
        if (!replaced) {
            all.add(metric);
        }
        return new QualityPlan(all, measurements, issues, gates);
    }

    public QualityPlan withGates(List<Gate> newGates) {
        return new QualityPlan(metrics, measurements, issues, newGates);
    }

    /** Counts of metrics by status, in the order of {@link MetricStatus}. */
    public int[] statusCounts() {
        int[] counts = new int[MetricStatus.values().length];
        for (QualityMetric m : metrics) {
            counts[status(m).ordinal()]++;
        }
        return counts;
    }

    /** "Quality: 3 met, 1 at risk, 1 not met, 4 not measured yet" (and how many have no target, if any). */
    public String summaryLine() {
        int[] c = statusCounts();
        String line = "Quality: " + c[MetricStatus.MET.ordinal()] + " met, " + c[MetricStatus.AT_RISK.ordinal()]
                + " at risk, " + c[MetricStatus.NOT_MET.ordinal()] + " not met, "
                + c[MetricStatus.NOT_MEASURED.ordinal()] + " not measured yet";
        int none = c[MetricStatus.NO_TARGET.ordinal()];
        return none == 0 ? line : line + " (" + none + " without a target)";
    }
}
