package org.sentigrid.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Word → mean valence, read from a VADER lexicon file ({@code word<TAB>mean<TAB>...}) the way the
 * references read it: a repeated word keeps its last line's value, as in a Python dict.
 */
final class Lexicon {
    private final Map<String, Double> valences;

    private Lexicon(Map<String, Double> valences) {
        this.valences = valences;
    }

    static Lexicon resource(String name) {
        Map<String, Double> map = new HashMap<>();
        for (String[] fields : readTabSeparated(name)) {
            map.put(fields[0], Double.parseDouble(fields[1]));
        }
        return new Lexicon(map);
    }

    /** The emoji lexicon: one code point → its description; multi-code-point keys never match, as in the reference. */
    static Map<Integer, String> emojiResource(String name) {
        Map<Integer, String> map = new HashMap<>();
        for (String[] fields : readTabSeparated(name)) {
            String emoji = fields[0];
            if (emoji.codePointCount(0, emoji.length()) == 1) {
                map.put(emoji.codePointAt(0), fields[1]);
            }
        }
        return map;
    }

    /** This lexicon with the overlay's words added or replaced, and the words it removes taken out. */
    Lexicon with(LexiconOverlay overlay) {
        if (overlay.isEmpty()) {
            return this;
        }
        Map<String, Double> map = new HashMap<>(valences);
        overlay.entries().forEach((word, entry) -> {
            switch (entry.kind()) {
                case WORD -> map.put(word, entry.valence());
                case REMOVE -> map.remove(word);
                default -> {
                    // Idioms and boosters are the rules' (ModeRules).
                }
            }
        });
        return new Lexicon(map);
    }

    /** Word → valence, for browsing (a copy). */
    Map<String, Double> valences() {
        return new HashMap<>(valences);
    }

    /** The valence of a lower-case word, or NaN when it is not in the lexicon. */
    double valence(String lowerCaseWord) {
        Double value = valences.get(lowerCaseWord);
        return value == null ? Double.NaN : value;
    }

    boolean contains(String lowerCaseWord) {
        return valences.containsKey(lowerCaseWord);
    }

    void forEach(BiConsumer<String, Double> action) {
        valences.forEach(action);
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + name, e);
        }
    }

    private static Iterable<String[]> readTabSeparated(String name) {
        String content = new String(resourceBytes(name), StandardCharsets.UTF_8);
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (String line : content.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                rows.add(trimmed.split("\t"));
            }
        }
        return rows;
    }
}
