package org.sentigrid.engine;

import java.util.Arrays;

/**
 * The words and emoticons of one unit as a reference implementation sees them, each with what the
 * rules ask of it, computed once as the tokenizer adds it: its lower case, whether it is ALL CAPS, and
 * (one look-up in the {@link Vocabulary}) its lexicon valence and whether it boosts, negates or opens a
 * phrase. The arrays may be longer than {@link #size}; only the first {@code size} entries are tokens.
 */
final class Tokens {
    /** The text the tokens were cut from (for vader mode: after emoji were replaced). */
    final String text;
    private final Vocabulary vocabulary;
    /** Number of tokens. */
    int size;
    /** The tokens, original case. */
    String[] words;
    /** Python's {@code lower()} of each token (the token itself when it has nothing to lower). */
    String[] lower;
    /** Each token's valence in the lexicon, NaN when it is not a lexicon word. */
    double[] lexicon;
    /** What the vocabulary knows of each token's lower case; null for most. */
    Vocabulary.Entry[] known;
    /** Python's {@code isupper()} of each token. */
    boolean[] upper;
    /**
     * Offset of each token in the text the caller gave (before any emoji replacement), and just past
     * it; null unless spans were asked for (only explanations need them).
     */
    int[] starts;
    int[] ends;
    /** Whether each token is a word of an emoji's description; null when no token is (or no spans were asked for). */
    boolean[] fromEmoji;
    /** Index of the first token whose lower case is "but", or -1. */
    int firstBut = -1;
    private int allCaps;
    private boolean nonAscii;

    Tokens(String text, Vocabulary vocabulary, boolean withSpans) {
        this.text = text;
        this.vocabulary = vocabulary;
        // At most one token per two chars; about one per six in prose, so this rarely has to grow.
        int capacity = Math.min((text.length() + 1) / 2, text.length() / 4 + 4);
        this.words = new String[capacity];
        this.lower = new String[capacity];
        this.lexicon = new double[capacity];
        this.known = new Vocabulary.Entry[capacity];
        this.upper = new boolean[capacity];
        if (withSpans) {
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }
    }

    /**
     * Adds a token cut from {@code text} at start..end (offsets in {@link #text}); {@code caseBits}: the
     * {@link PythonText#caseOf} bits of its chars.
     */
    void add(String word, int start, int end, int caseBits) {
        if (size == words.length) {
            grow();
        }
        String lowerCase;
        boolean allUpper;
        if ((caseBits & PythonText.NON_ASCII) == 0) {
            boolean hasUpper = (caseBits & PythonText.HAS_UPPER) != 0;
            lowerCase = hasUpper ? PythonText.lower(word) : word;
            allUpper = hasUpper && (caseBits & PythonText.HAS_LOWER) == 0;
        } else {
            lowerCase = PythonText.lower(word);
            allUpper = PythonText.isUpper(word);
            nonAscii = true;
        }
        if (firstBut < 0 && lowerCase.equals("but")) {
            firstBut = size;
        }
        words[size] = word;
        lower[size] = lowerCase;
        Vocabulary.Entry entry = vocabulary.get(lowerCase);
        known[size] = entry;
        lexicon[size] = entry == null ? Double.NaN : entry.valence;
        upper[size] = allUpper;
        if (allUpper) {
            allCaps++;
        }
        if (starts != null) {
            starts[size] = start;
            ends[size] = end;
        }
        size++;
    }

    /** BOOSTER_DICT's value for token k (lower-cased); 0 when it is no booster or dampener. */
    double booster(int k) {
        return known[k] == null ? 0 : known[k].booster;
    }

    /** negated([token k]): a negation word, or a word containing "n't" (lower-cased). */
    boolean isNegation(int k) {
        return (known[k] != null && known[k].negation) || lower[k].contains("n't");
    }

    /** Whether token k, lower-cased, is the first word of a multi-word idiom or booster phrase. */
    boolean mayOpenPhrase(int k) {
        return known[k] != null && known[k].opensPhrase;
    }

    /** allcap_differential: some, but not all, tokens are ALL CAPS. */
    boolean capsDiffer() {
        return allCaps > 0 && allCaps < size;
    }

    /** Whether some token has a character outside ASCII. */
    boolean hasNonAscii() {
        return nonAscii;
    }

    private void grow() {
        int capacity = Math.max(8, words.length * 2);
        words = Arrays.copyOf(words, capacity);
        lower = Arrays.copyOf(lower, capacity);
        lexicon = Arrays.copyOf(lexicon, capacity);
        known = Arrays.copyOf(known, capacity);
        upper = Arrays.copyOf(upper, capacity);
        if (starts != null) {
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
    }
}
