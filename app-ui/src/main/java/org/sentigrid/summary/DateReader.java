package org.sentigrid.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day a time value names. Without a pattern: ISO 8601 dates and date-times (with a 'T' or a
 * space, seconds and fractions optional, an offset or 'Z' optional: the day is the one written),
 * day/month/year with '/', '.' or '-' ("31/12/2024", "1.3.24" is 2024), "1 March 2024", "March 1, 2024"
 * (English month names, short or long), and epoch seconds (a whole number of up to 12 digits, in UTC).
 * With a pattern ({@link DateTimeFormatter} letters, e.g. "MM/dd/yyyy"), that pattern only.
 */
public final class DateReader {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T ].*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffsetId().optionalEnd().toFormatter(Locale.ROOT);
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,12}");
    private static final List<DateTimeFormatter> WORDS = List.of(
            formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"));

    private final DateTimeFormatter pattern;

    /** @param pattern a {@link DateTimeFormatter} pattern, or null for the forms above */
    public DateReader(String pattern) {
        this.pattern = pattern == null ? null : formatter(pattern);
    }

    /** The day {@code value} names, or null when it names none. */
    public LocalDate read(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return pattern != null ? day(pattern.parse(text)) : guessed(text);
        } catch (java.time.DateTimeException e) { // not a date, or no such day
            return null;
        }
    }

    private static LocalDate guessed(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            LocalDate day = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (iso.group(4) != null) {
                // The time must be a time, though only the day is used.
                DATE_TIME.parse(text.replace(' ', 'T'));
            }
            return day;
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.matches()) {
            int year = Integer.parseInt(dmy.group(3));
            return LocalDate.of(dmy.group(3).length() == 2 ? 2000 + year : year, Integer.parseInt(dmy.group(2)),
                    Integer.parseInt(dmy.group(1)));
        }
        if (EPOCH.matcher(text).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(text)).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        for (DateTimeFormatter words : WORDS) {
            try {
                return LocalDate.from(words.parse(text));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }

    private static LocalDate day(TemporalAccessor parsed) {
        if (!parsed.isSupported(ChronoField.DAY_OF_MONTH)) { // a month or a year only: its first day
            int year = parsed.get(ChronoField.YEAR);
            return LocalDate.of(year, parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? parsed.get(ChronoField.MONTH_OF_YEAR) : 1, 1);
        }
        return LocalDate.from(parsed);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
