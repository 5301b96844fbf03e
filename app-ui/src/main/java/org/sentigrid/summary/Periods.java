package org.sentigrid.summary;

import java.time.LocalDate;

/**
 * The periods units fall in by their date values ({@link DateReader}, {@link Period}); a value that names no date
 * is counted, and the first such kept to be named, so that they are reported once, together.
 */
public final class Periods {
    private final Period every;
    private final DateReader dates;
    private long undated;
    private String firstUndated;

    public Periods(Period every, DateReader dates) {
        this.every = every;
        this.dates = dates;
    }

    /** The first day of the period {@code value} falls in; null (and counted) when it names no date. */
    public LocalDate of(String value, String source) {
        LocalDate day = dates.read(value);
        if (day == null) {
            if (undated++ == 0) {
                firstUndated = (value == null ? "no value" : "\"" + value + "\"") + " in " + source;
            }
            return null;
        }
        return every.start(day);
    }

    /** How many values named no date. */
    public long undated() {
        return undated;
    }

    /** The first value that named no date, and where: {@code "yesterday" in posts.csv}; null when none. */
    public String firstUndated() {
        return firstUndated;
    }
}
