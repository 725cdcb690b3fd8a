package org.genaiplan.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * Checks single values of a plan's data against {@link PackageLimits}: money, quantities, durations, dates and
 * text. A value out of range is a {@link PlanFileException} that names the item (the {@code subject}, for
 * example {@code the task 12 ("Train")}, made only when a value is refused), the field and the limit: when a
 * file is read, as one sentence that also names the file; when a plan is saved ({@code file} null), as the
 * reason the save gives.
 */
final class ValueCheck {
    private static final BigDecimal MAX_QUANTITY_LONG = PackageLimits.MAX_QUANTITY;

    private final String file;

    ValueCheck(String file) {
        this.file = file;
    }

    PlanFileException refuse(String subject, String problem) {
        return new PlanFileException(file == null ? subject + " " + problem
                : file + " cannot be opened because " + subject + " " + problem + ".");
    }

    /** " in \"tasks.json\"" when a file is read; nothing when a plan is saved. */
    String in(String entry) {
        return file == null ? "" : " in \"" + entry + "\"";
    }

    /** More items of a kind than a plan may hold. */
    PlanFileException tooMany(String entry, PackageLimits.Count count, int max) {
        return refuse("the plan", "has more than " + Sentences.number(max) + " " + count.what() + in(entry)
                + ", the most a plan file may hold");
    }

    /** A sum of money; null passes (the model says whether it is required). */
    void money(Supplier<String> subject, String field, BigDecimal value) throws PlanFileException {
        decimal(subject, field, value, PackageLimits.MAX_MONEY, PackageLimits.MONEY_DECIMALS);
    }

    /** A quantity on a cost line; null passes. */
    void quantity(Supplier<String> subject, String field, BigDecimal value) throws PlanFileException {
        decimal(subject, field, value, PackageLimits.MAX_QUANTITY, PackageLimits.QUANTITY_DECIMALS);
    }

    void quantity(Supplier<String> subject, String field, Long value) throws PlanFileException {
        if (value != null && BigDecimal.valueOf(value).compareTo(MAX_QUANTITY_LONG) > 0) {
            throw refuse(subject.get(), "has " + field + " above " + Sentences.number(MAX_QUANTITY_LONG.longValueExact())
                    + ", the most a plan file may hold");
        }
    }

    void quantity(Supplier<String> subject, String field, double value) throws PlanFileException {
        if (Double.isNaN(value) || Math.abs(value) > PackageLimits.MAX_QUANTITY.doubleValue()) {
            throw refuse(subject.get(), "has " + field + " that is not a number up to "
                    + Sentences.number(MAX_QUANTITY_LONG.longValueExact()));
        }
    }

    private void decimal(Supplier<String> subject, String field, BigDecimal value, BigDecimal max, int decimals)
            throws PlanFileException {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(max) > 0) {
            throw refuse(subject.get(), "has " + field + " above " + Sentences.number(max.longValueExact())
                    + ", the most a plan file may hold");
        }
        if (value.scale() > decimals && value.stripTrailingZeros().scale() > decimals) {
            throw refuse(subject.get(), "has " + field + " with more than " + decimals + " decimals");
        }
    }

    /** Working minutes of a duration or lag (a lag may be negative). */
    void minutes(Supplier<String> subject, String field, long value) throws PlanFileException {
        if (value > PackageLimits.MAX_MINUTES || value < -PackageLimits.MAX_MINUTES) {
            throw refuse(subject.get(), "has " + field + " of more than " + Sentences.number(PackageLimits.MAX_MINUTES)
                    + " working minutes (ten years around the clock)");
        }
    }

    void date(Supplier<String> subject, String field, LocalDate value) throws PlanFileException {
        if (value != null) {
            year(subject, field, value.getYear());
        }
    }

    void date(Supplier<String> subject, String field, LocalDateTime value) throws PlanFileException {
        if (value != null) {
            year(subject, field, value.getYear());
        }
    }

    private void year(Supplier<String> subject, String field, int year) throws PlanFileException {
        if (year < PackageLimits.FIRST_YEAR || year > PackageLimits.LAST_YEAR) {
            throw refuse(subject.get(), "has " + field + " in the year " + year + "; dates must lie in the years "
                    + PackageLimits.FIRST_YEAR + " to " + PackageLimits.LAST_YEAR);
        }
    }

    /** A name or short label. */
    void name(Supplier<String> subject, String field, String value) throws PlanFileException {
        length(subject, field, value, PackageLimits.MAX_NAME_CHARS);
    }

    /** A longer text: notes, descriptions. */
    void text(Supplier<String> subject, String field, String value) throws PlanFileException {
        length(subject, field, value, PackageLimits.MAX_TEXT_CHARS);
    }

    private void length(Supplier<String> subject, String field, String value, int max) throws PlanFileException {
        if (value != null && value.length() > max) {
            throw refuse(subject.get(), "has " + field + " longer than " + Sentences.number(max) + " characters");
        }
    }

    /** How an item with a name is called in a sentence: {@code the task 12 ("Train model")}. */
    static String named(String kind, Object id, String name) {
        return "the " + kind + " " + id + (name == null || name.isBlank() ? "" : " (\"" + Sentences.printable(name.strip(), 40) + "\")");
    }
}
