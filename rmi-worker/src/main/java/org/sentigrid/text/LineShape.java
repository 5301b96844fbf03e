package org.sentigrid.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Whether a text seems to hold one text a line (reviews, tweets) that splitting into sentences would join:
 * a single line break is soft there, as hard-wrapped prose needs, so a line that ends without a full stop
 * runs on into the next one, and a file of such lines comes out as a few long "sentences". Judged on the
 * first lines only, by the splitter itself: most of them run on into the next one, and they are not the
 * lines of wrapped prose, which run up to about their paragraph's width, or stop where the next word would
 * not fit.
 */
final class LineShape {
    /** How much of a text is looked at: whole lines within its first this many chars. */
    static final int SAMPLE_CHARS = 16 * 1024;
    /** The narrowest width prose is taken to be wrapped at. */
    private static final int NARROWEST_WRAP = 30;

    private LineShape() {
    }

    /** What the reader says of a source that {@link #oneTextALine} judged so. */
    static String warning(String name) {
        return name + ": most lines end without a full stop, so splitting into sentences joins each with the next;"
                + " if each line is a text of its own, split into lines (--split lines; in the window, Split into: Lines).";
    }

    /** Whether the start of {@code text} holds one text a line that splitting into sentences joins. */
    static boolean oneTextALine(CharSequence text) {
        String sample = wholeLines(text);
        Lines lines = new Lines(sample);
        int[] joined = {0};
        int[] wrapped = {0};
        forEachUnit(sample, (from, to) -> {
            for (int at = sample.indexOf('\n', from); at >= 0 && at < to; at = sample.indexOf('\n', at + 1)) {
                joined[0]++;  // the line this break ends runs on into the next
                if (lines.looksWrapped(lines.endingAt(at))) {
                    wrapped[0]++;
                }
            }
        });
        return lines.nonBlank >= 3 && joined[0] >= 2 && 2 * joined[0] >= lines.nonBlank && 2 * wrapped[0] < joined[0];
    }

    /**
     * A sample's lines: where each starts, how long it is without trailing whitespace, and the width its
     * paragraph (a run of non-blank lines) would be wrapped at: its longest line's length, at least
     * {@link #NARROWEST_WRAP}. Per paragraph, as a hand-wrapped paragraph and a long line elsewhere can share a text.
     */
    private static final class Lines {
        private final String text;
        private final int[] starts;
        private final int[] lengths;
        private final int[] widths;
        private int nonBlank;

        Lines(String text) {
            this.text = text;
            int count = (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
            starts = new int[count];
            lengths = new int[count];
            widths = new int[count];
            for (int line = 0, start = 0; line < count; line++) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                starts[line] = start;
                lengths[line] = trimmedLength(text, start, end);
                nonBlank += lengths[line] > 0 ? 1 : 0;
                start = end + 1;
            }
            for (int first = 0; first < count; ) {
                int last = first;
                int width = NARROWEST_WRAP;
                while (last < count && lengths[last] > 0) {
                    width = Math.max(width, lengths[last++]);
                }
                Arrays.fill(widths, first, Math.max(last, first + 1), width);
                first = Math.max(last, first + 1);
            }
        }

        /** The line that the line feed at {@code at} ends. */
        int endingAt(int at) {
            int found = Arrays.binarySearch(starts, at);
            return found >= 0 ? found : -found - 2;
        }

        /** Whether the line runs up to about its paragraph's width, or stopped where the next word would not fit. */
        boolean looksWrapped(int line) {
            int width = widths[line];
            int next = line + 1 < starts.length ? firstWordLength(text, starts[line + 1]) : 0;
            return lengths[line] >= width * 4 / 5 || lengths[line] + 1 + next > width;
        }
    }

    /** The text's whole lines within its first {@link #SAMPLE_CHARS} chars (all of it if shorter). */
    private static String wholeLines(CharSequence text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text.toString();
        }
        String start = text.subSequence(0, SAMPLE_CHARS).toString();
        return start.substring(0, start.lastIndexOf('\n') + 1);
    }

    /** The length of {@code line[from, to)} without trailing whitespace (a carriage return included). */
    private static int trimmedLength(String line, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end - from;
    }

    /** The length of the first word of the line that starts at {@code from}. */
    private static int firstWordLength(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) != '\n' && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end - start;
    }

    private interface Span {
        void of(int from, int to);
    }

    /** Hands each unit the splitter cuts from {@code sample} to {@code span}. */
    private static void forEachUnit(String sample, Span span) {
        try {
            TextInput.splitRegion(new StringReader(sample), SplitMode.SENTENCES, 0, new UnitSink() {
                @Override
                public void unit(TextUnit unit) {
                    span.of((int) unit.start(), (int) unit.end());
                }

                @Override
                public void warning(String message) {
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (InputProblem e) {
            // The real reading will say what is wrong.
        }
    }
}
