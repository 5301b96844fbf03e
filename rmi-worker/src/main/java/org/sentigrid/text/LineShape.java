package org.sentigrid.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Whether a text seems to hold one text a line (reviews, tweets) that splitting into sentences would join:
 * a single line break is soft there, as hard-wrapped prose needs, so a line that ends without a full stop
 * runs on into the next one, and a file of such lines comes out as a few long "sentences". Judged on the
 * first lines only, by the splitter itself: most of them run on into the next one, and they are not the
 * lines of wrapped prose, which run up to about the same width, or stop where the next word would not fit.
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
        int nonBlank = 0;
        int longest = 0;
        for (int start = 0; start < sample.length(); ) {
            int end = sample.indexOf('\n', start);
            end = end < 0 ? sample.length() : end;
            int length = trimmedLength(sample, start, end);
            if (length > 0) {
                nonBlank++;
                longest = Math.max(longest, length);
            }
            start = end + 1;
        }
        int[] joined = {0};
        int[] wrapped = {0};
        int width = Math.max(NARROWEST_WRAP, longest);
        forEachUnit(sample, (from, to) -> {
            for (int at = sample.indexOf('\n', from); at >= 0 && at < to; at = sample.indexOf('\n', at + 1)) {
                joined[0]++;  // the line this break ends runs on into the next: measured whole, from its start
                int length = trimmedLength(sample, sample.lastIndexOf('\n', at - 1) + 1, at);
                if (length >= width * 4 / 5 || length + 1 + firstWordLength(sample, at + 1) > width) {
                    wrapped[0]++;
                }
            }
        });
        return nonBlank >= 3 && joined[0] >= 2 && 2 * joined[0] >= nonBlank && 2 * wrapped[0] < joined[0];
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
            new UnitReader(SplitMode.SENTENCES, "", new UnitSink() {
                @Override
                public void unit(TextUnit unit) {
                    span.of((int) unit.start(), (int) unit.end());
                }

                @Override
                public void warning(String message) {
                }
            }).read(new StringReader(sample), 0, "the sample", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (InputProblem e) {
            // The real reading will say what is wrong.
        }
    }
}
