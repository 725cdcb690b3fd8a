package org.genaiplan.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The plan's project information as one value: what the Project information dialog edits and one command
 * sets and puts back. Making one checks every field, so {@link #applyTo} cannot fail half-way.
 *
 * @param statusDate             the date progress is reported as of, or null
 * @param deadline               the date the plan must finish by, or null
 * @param defaultDurationMinutes the duration of a new task, in working minutes
 */
public record ProjectInfo(String name, String description, LocalDate startDate, LocalDate statusDate,
                          LocalDate deadline, String currency, WorkingCalendar calendar, long defaultDurationMinutes) {

    public ProjectInfo {
        name = Names.require(name, "A plan");
        description = description == null ? "" : description;
        Objects.requireNonNull(startDate, "startDate");
        currency = Plan.currencyCode(currency);
        Objects.requireNonNull(calendar, "calendar");
        Plan.checkDefaultDuration(defaultDurationMinutes);
    }

    public static ProjectInfo of(Plan plan) {
        return new ProjectInfo(plan.name(), plan.description(), plan.startDate(), plan.statusDate(), plan.deadline(),
                plan.currency(), plan.calendar(), plan.defaultDurationMinutes());
    }

    /** Sets every field of {@code plan} to these values. */
    public void applyTo(Plan plan) {
        plan.setName(name);
        plan.setDescription(description);
        plan.setStartDate(startDate);
        plan.setStatusDate(statusDate);
        plan.setDeadline(deadline);
        plan.setCurrency(currency);
        plan.setCalendar(calendar);
        plan.setDefaultDurationMinutes(defaultDurationMinutes);
    }
}
