package org.genaiplan.model.quality;

/** Where a metric stands by its latest measurement. */
public enum MetricStatus {
    MET("met"), AT_RISK("at risk"), NOT_MET("not met"), NOT_MEASURED("not measured yet"), NO_TARGET("no target set");

    private final String label;

    MetricStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
