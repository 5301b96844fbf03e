package org.sentigrid.summary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How long a time bucket is; a bucket is named by its first day (weeks begin on Monday, as ISO 8601 has them). */
public enum Period {
    DAY, WEEK, MONTH, YEAR;

    public static Period fromId(String id) {
        for (Period period : values()) {
            if (period.name().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT))) {
                return period;
            }
        }
        throw new IllegalArgumentException("unknown period '" + id + "' (expected day, week, month or year)");
    }

    /** The first day of the bucket {@code date} falls in. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
