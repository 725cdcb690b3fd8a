package org.genaiplan.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date a law or framework sets (the EU AI Act's high-risk obligations for Annex III systems...), with
 * the document it comes from and the day someone last checked it. {@code date} is null for a framework with
 * no legal date (NIST AI 600-1), whose milestone the plan places itself.
 */
public record RegulatoryDate(String id, String label, LocalDate date, String source, LocalDate checked) {

    public RegulatoryDate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checked, "checked");
    }

    public boolean hasDate() {
        return date != null;
    }

    /** The lines a milestone's notes carry: the date (or that there is none), its source and when it was checked. */
    public String noteLines() {
        String when = date == null ? "No legal date: the plan sets this milestone." : "Regulatory date: " + date + ".";
        return label + "\n" + when + "\nSource: " + source + "\nDate checked: " + checked + ".";
    }
}
