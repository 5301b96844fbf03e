package org.sentigrid.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
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
 * The user's changes to the lexicon and to VADER's word lists. A file has one entry per line, the word
 * or phrase, a tab, and what it is (further tab-separated columns, as in VADER's own lexicon, are
 * ignored); blank lines and lines starting with {@code #} are skipped:
 * <pre>
 * word&lt;TAB&gt;2.5            a lexicon word: added, or its valence replaced (-4 to 4)
 * two words&lt;TAB&gt;-1.5       an idiom of two or three words (VADER's special cases): its valence replaces
 *                         that of a lexicon word it stands by, as VADER's rules have it
 * word&lt;TAB&gt;booster         a booster ("very"), one to three words; dampener for one that damps ("slightly")
 * word&lt;TAB&gt;remove          taken out of the lexicon, the idioms and the boosters
 * </pre>
 * Words are matched in lower case; the words of a phrase are separated by one space. What the engine
 * cannot take from an overlay: multi-word lexicon entries (VADER looks up one token at a time, so they
 * are idioms here), negations, and the emoji lexicon's descriptions.
 */
public final class LexiconOverlay {
    public static final double MAX_VALENCE = 4.0;
    private static final LexiconOverlay EMPTY = new LexiconOverlay(Map.of());

    /** What an entry does. */
    public enum Kind {
        /** A lexicon word with its valence. */
        WORD,
        /** A phrase of two or three words whose valence replaces a lexicon word's by it. */
        IDIOM,
        /** Raises the intensity of what follows (VADER's B_INCR). */
        BOOSTER,
        /** Lowers it (B_DECR). */
        DAMPENER,
        /** Takes the word or phrase out of the lexicon, the idioms and the boosters. */
        REMOVE;

        /** How a file writes it in the valence column (WORD and IDIOM write their valence). */
        String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One entry: its kind, and for WORD and IDIOM its valence (0 for the others). */
    public record Entry(Kind kind, double valence) {
        /** The entry's second column as a file writes it. */
        public String valenceText() {
            return kind == Kind.WORD || kind == Kind.IDIOM ? formatted(valence) : kind.keyword();
        }
    }

    private final Map<String, Entry> entries;

    private LexiconOverlay(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static LexiconOverlay empty() {
        return EMPTY;
    }

    /** Reads an overlay file (UTF-8). */
    public static LexiconOverlay read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (CharacterCodingException e) {
            throw new LexiconFormatException(name + " is not UTF-8 text; save it as UTF-8");
        }
    }

    /** Reads an overlay in the file format; messages call it {@code name}. */
    public static LexiconOverlay read(String name, Reader text) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(text)) {
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
                String phrase = checkedPhrase(fields[0], where);
                Entry entry = checkedEntry(phrase, fields[1].strip(), where);
                Integer earlier = firstLine.putIfAbsent(phrase, lineNumber);
                if (earlier != null) {
                    throw new LexiconFormatException(where + " repeats '" + phrase + "' from line " + earlier
                            + "; keep one of them");
                }
                entries.put(phrase, entry);
            }
        }
        return new LexiconOverlay(entries);
    }

    /** An overlay of words and their valences, validated like a file. */
    public static LexiconOverlay of(Map<String, Double> words) {
        LexiconOverlay overlay = EMPTY;
        for (Map.Entry<String, Double> word : words.entrySet()) {
            overlay = overlay.with(word.getKey(), word.getValue() == null ? "null" : formatted(word.getValue()));
        }
        return overlay;
    }

    /**
     * This overlay with one entry added or replaced, validated like a line of a file: {@code value} is a
     * valence, {@code booster}, {@code dampener} or {@code remove}; a valence of a phrase makes an idiom.
     *
     * @throws IllegalArgumentException saying what is wrong and what to do
     */
    public LexiconOverlay with(String phrase, String value) {
        String where = "'" + phrase + "'";
        try {
            String checked = checkedPhrase(phrase, where);
            Map<String, Entry> changed = new HashMap<>(entries);
            changed.put(checked, checkedEntry(checked, value.strip(), where));
            return new LexiconOverlay(changed);
        } catch (LexiconFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** This overlay without its entry for a word or phrase (as if the line were deleted). */
    public LexiconOverlay without(String phrase) {
        Map<String, Entry> changed = new HashMap<>(entries);
        changed.remove(normalized(phrase));
        return new LexiconOverlay(changed);
    }

    /** Writes the overlay as a file {@link #read} reads back the same (UTF-8, sorted). */
    public String text() {
        StringBuilder out = new StringBuilder("# Sentigrid lexicon overlay: word<TAB>valence (-4 to 4), booster, dampener or remove\n");
        entries.forEach((phrase, entry) -> out.append(phrase).append('\t').append(entry.valenceText()).append('\n'));
        return out.toString();
    }

    /** Lower-case word or phrase → its entry, sorted. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LexiconOverlay that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The phrase in lower case, its words (split as Python's split() splits) joined by one space. */
    private static String normalized(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        Tokenizer.splitOnWhitespace(phrase, (start, end, caseBits) -> {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(phrase, start, end);
        });
        return PythonText.lower(out.toString());
    }

    private static String checkedPhrase(String phrase, String where) throws LexiconFormatException {
        String normalized = normalized(phrase);
        if (normalized.isEmpty()) {
            throw new LexiconFormatException(where + " has no word before the tab");
        }
        return normalized;
    }

    private static Entry checkedEntry(String phrase, String value, String where) throws LexiconFormatException {
        int words = phrase.split(" ").length;
        for (Kind kind : new Kind[] {Kind.BOOSTER, Kind.DAMPENER, Kind.REMOVE}) {
            if (value.equalsIgnoreCase(kind.keyword())) {
                if (kind != Kind.REMOVE && words > 3) {
                    throw new LexiconFormatException(where + ": '" + phrase + "' has " + words
                            + " words; VADER's boosters have one to three");
                }
                return new Entry(kind, 0);
            }
        }
        double valence;
        try {
            valence = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new LexiconFormatException(where + ": '" + value + "' is not a number; write a valence from -4 to 4"
                    + " (or booster, dampener, remove)");
        }
        if (!Double.isFinite(valence) || Math.abs(valence) > MAX_VALENCE) {
            throw new LexiconFormatException(where + ": valence " + value + " is outside VADER's scale; use a number from -4 to 4");
        }
        if (words > 3) {
            throw new LexiconFormatException(where + ": '" + phrase + "' has " + words
                    + " words; VADER looks up single words, and idioms of two or three");
        }
        return new Entry(words == 1 ? Kind.WORD : Kind.IDIOM, valence);
    }

    /** A valence as a file writes it: as short as it reads back the same. */
    private static String formatted(double valence) {
        return Double.toString(valence);
    }
}
