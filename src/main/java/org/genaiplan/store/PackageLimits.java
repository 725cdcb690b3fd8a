package org.genaiplan.store;

/**
 * Bounds on what the package reader accepts, checked while reading (sizes are counted as bytes come
 * out of the inflater, never taken from headers).
 *
 * @param maxEntries      entries in the ZIP directory
 * @param maxFileBytes    size of the package file itself
 * @param maxEntryBytes   uncompressed size of one entry
 * @param maxTotalBytes   uncompressed size of all entries together
 * @param maxRatio        uncompressed/compressed size of an entry once it is past {@link #RATIO_GRACE_BYTES}
 * @param maxExceptions   calendar exceptions (holidays, shutdowns) in the plan settings
 * @param maxPeople       people in {@code people.json}
 *
 * <p>{@link PlanPackageWriter} checks the same limits, so the app never writes a file it would refuse.
 */
public record PackageLimits(int maxEntries, long maxFileBytes, long maxEntryBytes, long maxTotalBytes,
                            int maxRatio, int maxExceptions, int maxPeople) {
    /**
     * Real plans can compress very well (long repeated notes reach deflate's limit of about 1000:1), so
     * the ratio only applies beyond this size; it stops a bomb early instead of at the size limits.
     */
    public static final long RATIO_GRACE_BYTES = 32L << 20;

    public static PackageLimits defaults() {
        return new PackageLimits(32, 256L << 20, 256L << 20, 512L << 20, 200,
                org.genaiplan.model.WorkingCalendar.MAX_EXCEPTIONS, org.genaiplan.model.Resources.MAX_PEOPLE);
    }

    /**
     * Null when the plan's lists are within the limits, else what is over, completing "it ..." (for example
     * "has 1,200 calendar exceptions, more than a plan file can have (1,000)").
     */
    public String listOverLimit(PlanData data) {
        int exceptions = data.settings() == null ? 0 : data.settings().exceptions().size();
        if (exceptions > maxExceptions) {
            return over(exceptions, "calendar exceptions", maxExceptions);
        }
        if (data.people().size() > maxPeople) {
            return over(data.people().size(), "people", maxPeople);
        }
        return null;
    }

    private static String over(int count, String what, int limit) {
        return String.format(java.util.Locale.ROOT, "has %,d %s, more than a plan file can have (%,d)", count, what,
                limit);
    }

    /** True if an entry of {@code size} bytes stored in {@code compressed} bytes is within the ratio. */
    public boolean ratioAllows(long size, long compressed) {
        return size <= RATIO_GRACE_BYTES || size <= compressed * maxRatio;
    }
}
