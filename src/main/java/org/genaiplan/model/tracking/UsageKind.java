package org.genaiplan.model.tracking;

import java.util.Locale;

/** What one row of actuals measures, as a usage or billing export names it. */
public enum UsageKind {
    PEOPLE_HOURS("people-hours"),
    GPU_HOURS("gpu-hours"),
    INPUT_TOKENS("input-tokens"),
    OUTPUT_TOKENS("output-tokens"),
    ANNOTATION_ITEMS("annotation-items"),
    COST("cost");

    private final String label;

    UsageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named {@code text} (as in a CSV file, any case), or null when no kind has that name. */
    public static UsageKind parse(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (UsageKind k : values()) {
            if (k.label.equals(wanted)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
