package org.sentigrid.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words a user adds to the lexicon or whose valence they replace. A file has one
 * {@code word<TAB>valence} per line (further tab-separated columns, as in VADER's own lexicon, are
 * ignored); blank lines and lines starting with {@code #} are skipped. Words are matched in lower
 * case and may not contain whitespace (VADER never sees whitespace inside a token); valences are
 * numbers from -4 to 4, VADER's scale.
 */
public final class LexiconOverlay {
    public static final double MAX_VALENCE = 4.0;
    private static final LexiconOverlay EMPTY = new LexiconOverlay(Map.of());

    private final Map<String, Double> entries;

    private LexiconOverlay(Map<String, Double> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static LexiconOverlay empty() {
        return EMPTY;
    }

    /** Reads an overlay file (UTF-8). */
    public static LexiconOverlay read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        Map<String, Double> entries = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String where = name + " line " + lineNumber;
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new LexiconFormatException(where + " has no tab between the word and its valence;"
                            + " write it as: word<TAB>valence");
                }
                String word = checkedWord(fields[0].strip(), where);
                double valence = checkedValence(fields[1].strip(), where);
                Integer earlier = firstLine.putIfAbsent(word, lineNumber);
                if (earlier != null) {
                    throw new LexiconFormatException(where + " repeats '" + word + "' from line " + earlier
                            + "; keep one of them");
                }
                entries.put(word, valence);
            }
        } catch (CharacterCodingException e) {
            throw new LexiconFormatException(name + " is not UTF-8 text; save it as UTF-8");
        }
        return new LexiconOverlay(entries);
    }

    /** An overlay from a map of words to valences, validated like a file. */
    public static LexiconOverlay of(Map<String, Double> words) {
        Map<String, Double> entries = new HashMap<>();
        words.forEach((word, valence) -> {
            String where = "word '" + word + "'";
            try {
                String lower = checkedWord(word, where);
                if (valence == null || !Double.isFinite(valence) || Math.abs(valence) > MAX_VALENCE) {
                    throw new LexiconFormatException(where + " has valence " + valence + "; use a number from -4 to 4");
                }
                entries.put(lower, valence);
            } catch (LexiconFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        return new LexiconOverlay(entries);
    }

    /** Lower-case word → valence, sorted by word. */
    public Map<String, Double> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static String checkedWord(String word, String where) throws LexiconFormatException {
        if (word.isEmpty()) {
            throw new LexiconFormatException(where + " has no word before the tab");
        }
        for (int i = 0; i < word.length(); i++) {
            if (PythonText.isSpace(word.charAt(i))) {
                throw new LexiconFormatException(where + ": '" + word + "' contains a space; VADER scores single"
                        + " words, so put each word on its own line");
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static double checkedValence(String text, String where) throws LexiconFormatException {
        double valence;
        try {
            valence = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new LexiconFormatException(where + ": '" + text + "' is not a number; write a valence from -4 to 4");
        }
        if (!Double.isFinite(valence) || Math.abs(valence) > MAX_VALENCE) {
            throw new LexiconFormatException(where + ": valence " + text + " is outside VADER's scale; use a number from -4 to 4");
        }
        return valence;
    }
}
