package org.genaiplan.templates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regulatory dates of {@code regulatory-dates.json}, by id. Compliance fragments name a date by id
 * ({@code "dueBy"} on a task), so a PM who changes the file when the law moves changes every milestone
 * inserted afterwards.
 */
public final class RegulatoryDates {
    public static final String FILE = "regulatory-dates.json";

    /** The shapes of the file as Jackson reads them. */
    record DatesFile(String note, List<DateSpec> dates) {
        DatesFile {
            dates = dates == null ? List.of() : List.copyOf(dates);
        }
    }

    record DateSpec(String id, String label, String date, String source, String checked) {
    }

    private static final RegulatoryDates NONE = new RegulatoryDates(Map.of());

    private final Map<String, RegulatoryDate> byId;

    private RegulatoryDates(Map<String, RegulatoryDate> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** No dates: for catalogues that name no dates file. */
    public static RegulatoryDates none() {
        return NONE;
    }

    /** The dates shipped with the application. */
    public static RegulatoryDates shipped() {
        return read(TemplateSource.shipped(), FILE);
    }

    static RegulatoryDates read(TemplateSource source, String file) {
        return from(new DataReader(source).read(file, DatesFile.class), file);
    }

    static RegulatoryDates from(DatesFile data, String file) {
        SpecCheck check = new SpecCheck(file);
        if (data.dates().isEmpty()) {
            throw check.fail("there are no dates.");
        }
        Map<String, RegulatoryDate> byId = new LinkedHashMap<>();
        for (DateSpec d : data.dates()) {
            if (d == null) {
                throw check.fail("a date entry is empty.");
            }
            String id = check.text(d.id(), "the id of a date");
            String label = check.text(d.label(), "the label of date \"" + id + "\"");
            String source = check.text(d.source(), "the source of date \"" + id + "\"");
            LocalDate date = d.date() == null ? null : day(check, d.date(), "the date of \"" + id + "\"");
            LocalDate checked = day(check, check.text(d.checked(), "the checked date of \"" + id + "\""),
                    "the checked date of \"" + id + "\"");
            if (byId.put(id, new RegulatoryDate(id, label, date, source, checked)) != null) {
                throw check.fail("the date id \"" + id + "\" is used twice.");
            }
        }
        return new RegulatoryDates(byId);
    }

    private static LocalDate day(SpecCheck check, String text, String what) {
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw check.fail(what + " (" + text + ") is outside the years 1900 to 9999.");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw check.fail(what + " is \"" + text + "\"; write it as YYYY-MM-DD.");
        }
    }

    /** The date with this id, or null. */
    public RegulatoryDate get(String id) {
        return id == null ? null : byId.get(id.strip());
    }

    public List<RegulatoryDate> all() {
        return List.copyOf(byId.values());
    }

    /** The date (or its absence) a milestone's deadline or notes came from, found by the notes' label line. */
    public RegulatoryDate forNotes(String notes) {
        if (notes == null) {
            return null;
        }
        for (RegulatoryDate d : byId.values()) {
            if (notes.contains(d.label())) {
                return d;
            }
        }
        return null;
    }
}
