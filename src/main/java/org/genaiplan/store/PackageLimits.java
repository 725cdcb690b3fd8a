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
 *
 * <p>{@link PlanPackageWriter} checks the same limits, so the app never writes a file it would refuse.
 */
public record PackageLimits(int maxEntries, long maxFileBytes, long maxEntryBytes, long maxTotalBytes,
                            int maxRatio) {
    /**
     * Real plans can compress very well (long repeated notes reach deflate's limit of about 1000:1), so
     * the ratio only applies beyond this size; it stops a bomb early instead of at the size limits.
     */
    public static final long RATIO_GRACE_BYTES = 32L << 20;

    public static PackageLimits defaults() {
        return new PackageLimits(32, 256L << 20, 256L << 20, 512L << 20, 200);
    }

    /** True if an entry of {@code size} bytes stored in {@code compressed} bytes is within the ratio. */
    public boolean ratioAllows(long size, long compressed) {
        return size <= RATIO_GRACE_BYTES || size <= compressed * maxRatio;
    }
}
