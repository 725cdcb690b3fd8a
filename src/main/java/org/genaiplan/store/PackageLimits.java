package org.genaiplan.store;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.genaiplan.model.Resources;
import org.genaiplan.model.WorkingCalendar;

/**
 * Every bound on what a plan file may hold, in one place: the ZIP layer's sizes (counted as bytes come out
 * of the inflater, never taken from headers), how many items of each kind a plan may have
 * ({@link Count}), and the range of its values (money, quantities, durations, dates, text). The reader
 * checks them while reading, before anything is built from the values; {@link PlanPackageWriter} checks
 * the same limits, so the app never writes a file it would refuse. Each limit lies far beyond any real
 * plan and the app stays fast at it; the README lists them.
 *
 * @param maxEntries      entries in the ZIP directory
 * @param maxFileBytes    size of the package file itself
 * @param maxEntryBytes   uncompressed size of one entry
 * @param maxTotalBytes   uncompressed size of all entries together
 * @param maxRatio        uncompressed/compressed size of an entry once it is past {@link #RATIO_GRACE_BYTES}
 * @param counts          the most items of each {@link Count}
 */
public record PackageLimits(int maxEntries, long maxFileBytes, long maxEntryBytes, long maxTotalBytes,
                            int maxRatio, Map<Count, Integer> counts) {
    /**
     * Real plans can compress very well (long repeated notes reach deflate's limit of about 1000:1), so
     * the ratio only applies beyond this size; it stops a bomb early instead of at the size limits.
     */
    public static final long RATIO_GRACE_BYTES = 32L << 20;

    /** The largest amount of money (a cost, price, rate, budget or actual) in the plan's currency. */
    public static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(13);
    /** Money has at most this many decimals (a price per GPU-hour of 0.0042 is fine). */
    public static final int MONEY_DECIMALS = 4;
    /** The largest quantity on a cost line (hours, GPU count, requests, tokens, months, items, minutes). */
    public static final BigDecimal MAX_QUANTITY = BigDecimal.TEN.pow(12);
    /** Quantities have at most this many decimals. */
    public static final int QUANTITY_DECIMALS = 6;
    /** The longest duration or lag, in working minutes: ten years worked around the clock. */
    public static final long MAX_MINUTES = 10L * 366 * 24 * 60;
    /** Dates (plan start, status date, deadline, calendar exceptions, constraints, actual starts, risk dates) lie in these years. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    /**
     * Names and short labels (plan, task, risk, role, person, owner, phase, category, GPU type, model, calendar
     * exception) and every other value written as text in a package (dates, amounts, kinds).
     */
    public static final int MAX_NAME_CHARS = 500;
    /** Longer text: descriptions, notes, risk statements, mitigation, contingency, trigger. */
    public static final int MAX_TEXT_CHARS = 5_000_000;

    /** What a plan may hold a limited number of; {@code limit} is the default. */
    public enum Count {
        TASKS("tasks", 100_000),
        WBS_LEVELS("outline levels", 1_000),
        DEPENDENCIES("dependencies", 500_000),
        RISKS("risks", 20_000),
        RISK_LINKS("links from risks to tasks", 200_000),
        ROLES("roles", 10_000),
        COST_LINES("cost lines", 500_000),
        GPU_TYPES("GPU types", 10_000),
        MODELS("models", 10_000),
        PHASE_BUDGETS("phase budgets", 10_000),
        EXCEPTIONS("calendar exceptions", WorkingCalendar.MAX_EXCEPTIONS),
        WORKING_DAYS("working days a week", 7),
        PEOPLE("people", Resources.MAX_PEOPLE);

        private final String what;
        private final int limit;

        Count(String what, int limit) {
            this.what = what;
            this.limit = limit;
        }

        /** How the items are called in a sentence: "tasks", "GPU types". */
        public String what() {
            return what;
        }

        public int defaultLimit() {
            return limit;
        }
    }

    public PackageLimits {
        Map<Count, Integer> copy = new EnumMap<>(Count.class);
        for (Count c : Count.values()) {
            copy.put(c, counts == null ? c.defaultLimit() : counts.getOrDefault(c, c.defaultLimit()));
        }
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    public static PackageLimits defaults() {
        return new PackageLimits(32, 256L << 20, 256L << 20, 512L << 20, 200, null);
    }

    /** The most items of {@code count} a plan may hold. */
    public int max(Count count) {
        return counts.get(count);
    }

    /** These limits with another bound for one count (tests use small bounds). */
    public PackageLimits with(Count count, int max) {
        Map<Count, Integer> changed = new EnumMap<>(counts);
        changed.put(count, max);
        return new PackageLimits(maxEntries, maxFileBytes, maxEntryBytes, maxTotalBytes, maxRatio, changed);
    }

    /** True if an entry of {@code size} bytes stored in {@code compressed} bytes is within the ratio. */
    public boolean ratioAllows(long size, long compressed) {
        return size <= RATIO_GRACE_BYTES || size <= compressed * maxRatio;
    }
}
