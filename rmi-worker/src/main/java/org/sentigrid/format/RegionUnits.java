package org.sentigrid.format;

import java.nio.charset.StandardCharsets;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.text.TextUnit;

/**
 * Reads a region's {@link RowFormat#TSV} records back into units and scores, for a front end that shows
 * results rather than writing them (the window): so the window sends regions as {@code analyze} does, and
 * the workers, not the window's process, decode, split and score them. The numbers are exact: the
 * engine's scores are rounded to the decimals TSV writes, and a decimal parses back to the same double.
 */
public final class RegionUnits {
    /** Tab-separated columns after the text: neg, neu, pos, compound, label, record, start, end. */
    private static final int COLUMNS_AFTER_TEXT = 8;

    /** Receives one unit of the region and its scores, in order. */
    @FunctionalInterface
    public interface Sink {
        void unit(TextUnit unit, SentimentScores scores);
    }

    private RegionUnits() {
    }

    /**
     * Hands {@code sink} each unit of {@code region} with its scores, named {@code source} and numbered
     * from {@code firstUnit}.
     *
     * @throws IllegalArgumentException when the region was not formatted as TSV or the records are not a region's TSV records
     */
    public static void read(Region region, RegionResult records, String source, long firstUnit, Sink sink) {
        if (!region.format().equals("tsv")) {
            throw new IllegalArgumentException("only TSV records are read back, not " + region.format());
        }
        byte[] flat = flat(records);
        int[] ends = records.ends();
        int[] texts = records.texts();
        for (int i = 0, from = 0; i < ends.length; from = ends[i++]) {
            int[] tabs = lastTabs(flat, from, ends[i]);
            String text = texts[2 * i] == -1
                    ? unescape(flat, from, tabs[0])
                    : new String(region.bytes(), texts[2 * i], texts[2 * i + 1] - texts[2 * i], StandardCharsets.UTF_8);
            SentimentScores scores = new SentimentScores(number(flat, tabs, 0), number(flat, tabs, 1),
                    number(flat, tabs, 2), number(flat, tabs, 3));
            long start = whole(flat, tabs, 6);
            long end = whole(flat, tabs, 7);
            sink.unit(new TextUnit(source, firstUnit + i, text, 0, start, end), scores);
        }
    }

    private static byte[] flat(RegionResult records) {
        int length = records.ends().length == 0 ? 0 : records.ends()[records.ends().length - 1];
        byte[] flat = new byte[length];
        records.records(0, length, new RegionResult.Pieces() {
            private int at;

            @Override
            public void accept(byte[] bytes, int from, int to) {
                System.arraycopy(bytes, from, flat, at, to - from);
                at += to - from;
            }
        });
        return flat;
    }

    /**
     * Where the columns after the text begin: {@code tabs[k]} is the tab before column k, and the last
     * entry is the record's final LF. An escaped text holds no tab, so the last tabs are the columns'.
     */
    private static int[] lastTabs(byte[] flat, int from, int to) {
        int[] tabs = new int[COLUMNS_AFTER_TEXT + 1];
        tabs[COLUMNS_AFTER_TEXT] = to - 1;
        int k = COLUMNS_AFTER_TEXT - 1;
        for (int at = to - 2; at >= from && k >= 0; at--) {
            if (flat[at] == '\t') {
                tabs[k--] = at;
            }
        }
        if (k >= 0 || flat[to - 1] != '\n') {
            throw new IllegalArgumentException("a record of the region is not a TSV record");
        }
        return tabs;
    }

    /**
     * A score column: digits with a fixed number of decimals, read as an integer and divided by the power of
     * ten. Division is correctly rounded, so this is the double nearest the decimal, as
     * {@link Double#parseDouble} gives, without making a string.
     */
    private static double number(byte[] flat, int[] tabs, int column) {
        int at = tabs[column] + 1;
        int end = tabs[column + 1];
        boolean negative = flat[at] == '-';
        long digits = 0;
        long scale = 1;
        boolean fraction = false;
        for (int i = negative ? at + 1 : at; i < end; i++) {
            byte b = flat[i];
            if (b == '.' && !fraction) {
                fraction = true;
            } else if (b >= '0' && b <= '9' && digits < Long.MAX_VALUE / 10) {
                digits = 10 * digits + (b - '0');
                scale = fraction ? 10 * scale : scale;
            } else {
                throw new IllegalArgumentException("a score of the region is not a number");
            }
        }
        double value = digits / (double) scale;
        return negative ? -value : value;
    }

    /** A whole-number column (start, end). */
    private static long whole(byte[] flat, int[] tabs, int column) {
        long value = 0;
        for (int i = tabs[column] + 1; i < tabs[column + 1]; i++) {
            byte b = flat[i];
            if (b < '0' || b > '9') {
                throw new IllegalArgumentException("a place of the region is not a number");
            }
            value = 10 * value + (b - '0');
        }
        return value;
    }

    /** A TSV field's text: {@code \\}, {@code \t}, {@code \n} and {@code \r} undone. */
    private static String unescape(byte[] flat, int from, int to) {
        String field = new String(flat, from, to - from, StandardCharsets.UTF_8);
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char escaped = field.charAt(++i);
                text.append(switch (escaped) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
