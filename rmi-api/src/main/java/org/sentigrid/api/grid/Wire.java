package org.sentigrid.api.grid;

/** Limits every wire type checks in its constructor (which deserialization runs too). */
final class Wire {
    static final int MAX_NAME_CHARS = 256;
    static final int MAX_REASON_CHARS = 2_000;
    /** A batch is sized for 0.1–0.5 s of scoring; this bound is far above that, and far below harm. */
    static final int MAX_BATCH_UNITS = 200_000;
    static final int MAX_BATCH_CHARS = 32 * 1024 * 1024;
    static final int MAX_OVERLAY_WORDS = 100_000;
    /** Regions are cut at 1 MiB (Region.MAX_BYTES). */
    static final int MAX_REGION_BYTES = 1024 * 1024;
    /** A region's units, each at least one char and its end: at most about one per two bytes. */
    static final int MAX_REGION_UNITS = MAX_REGION_BYTES / 2 + 1;
    /**
     * A region's records travel in chunks of this size, so that no array on the wire is larger than a
     * region: the filter can then refuse a larger one before it is allocated, and a caller must really
     * send the bytes of every further chunk.
     */
    static final int RECORD_CHUNK_BYTES = MAX_REGION_BYTES;
    /** One-char lines in JSON Lines, the worst case, make about 60 record bytes per region byte. */
    static final int MAX_RECORD_CHUNKS = 96;

    private Wire() {
    }

    static void requireText(String name, String value, int maxChars) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(name + " is longer than " + maxChars + " chars");
        }
    }

    /**
     * Ends of items packed one after another: ascending (strictly when no item may be empty), the last
     * where the packed data ends ({@code total}).
     */
    static void requireEnds(String items, int[] ends, long total, boolean emptyItems) {
        int previous = 0;
        for (int end : ends) {
            if (end < previous || (end == previous && !emptyItems)) {
                throw new IllegalArgumentException(items + " ends must " + (emptyItems ? "not decrease" : "increase"));
            }
            previous = end;
        }
        if (previous != total) {
            throw new IllegalArgumentException("the last of the " + items + " must end where the data ends");
        }
    }

    static void requireId(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
