package org.sentigrid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The four human-rated corpora of the VADER paper, shipped in this module's resources
 * ({@code /corpora/*_GroundTruth.txt}: {@code id<TAB>rating<TAB>text}, UTF-8, CRLF, no final newline).
 * Only the text column is kept: that is what every benchmark scores, one line as one unit.
 */
public final class Corpus {
    /** The corpus files, in the order their lines are scored. */
    public static final List<String> FILES = List.of(
            "tweets_GroundTruth.txt",
            "movieReviewSnippets_GroundTruth.txt",
            "amazonReviewSnippets_GroundTruth.txt",
            "nytEditorialSnippets_GroundTruth.txt");

    /** 4,200 + 10,605 + 3,708 + 5,190: what the paper's corpora hold. */
    public static final int EXPECTED_LINES = 23_703;

    private static volatile String[] cached;

    private Corpus() {
    }

    /** The text of every corpus line (a fresh copy; loaded once per JVM). */
    public static String[] texts() {
        String[] texts = cached;
        if (texts == null) {
            texts = load();
            cached = texts;
        }
        return texts.clone();
    }

    /** Lines scored by one benchmark operation. */
    public static int lineCount() {
        return texts().length;
    }

    /** UTF-16 chars over all lines' text. */
    public static long charCount() {
        long chars = 0;
        for (String text : texts()) {
            chars += text.length();
        }
        return chars;
    }

    private static String[] load() {
        List<String> texts = new ArrayList<>(EXPECTED_LINES);
        for (String file : FILES) {
            String content = resource("/corpora/" + file);
            for (String line : content.split("\r?\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length != 3) {
                    throw new IllegalStateException(file + ": not id<TAB>rating<TAB>text: " + line);
                }
                texts.add(fields[2]);
            }
        }
        if (texts.size() != EXPECTED_LINES) {
            throw new IllegalStateException("corpora hold " + texts.size() + " lines, expected " + EXPECTED_LINES);
        }
        return texts.toArray(String[]::new);
    }

    static String resource(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
