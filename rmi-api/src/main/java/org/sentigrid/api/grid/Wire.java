package org.sentigrid.api.grid;

/** Limits every wire type checks in its constructor (which deserialization runs too). */
final class Wire {
    static final int MAX_NAME_CHARS = 256;
    static final int MAX_REASON_CHARS = 2_000;
    /** A batch is sized for 0.1–0.5 s of scoring; this bound is far above that, and far below harm. */
    static final int MAX_BATCH_UNITS = 200_000;
    static final int MAX_BATCH_CHARS = 32 * 1024 * 1024;
    static final int MAX_OVERLAY_WORDS = 100_000;
    /** Regions are cut at 1 MiB; this bound leaves room. A worker's records for one are larger. */
    static final int MAX_REGION_BYTES = 4 * 1024 * 1024;
    /** A region's units, each at least one char and its end: at most about one per two bytes. */
    static final int MAX_REGION_UNITS = MAX_REGION_BYTES / 2 + 1;
    static final int MAX_REGION_RECORD_BYTES = 256 * 1024 * 1024;

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

    static void requireId(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
