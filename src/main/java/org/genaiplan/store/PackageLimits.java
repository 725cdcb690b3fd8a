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
 */
public record PackageLimits(int maxEntries, long maxFileBytes, long maxEntryBytes, long maxTotalBytes,
                            int maxRatio) {
    /** Small entries may compress very well (a list of empty risks); the ratio applies beyond this. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    public static PackageLimits defaults() {
        return new PackageLimits(32, 256L << 20, 256L << 20, 512L << 20, 200);
    }
}
