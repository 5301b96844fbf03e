package org.sentigrid.engine;

import java.util.Arrays;

/**
 * The words and emoticons of one unit as a reference implementation sees them, each with what the
 * rules ask of it, computed once as the tokenizer adds it: its lower case, its lexicon valence and
 * whether it is ALL CAPS. The arrays may be longer than {@link #size}; only the first {@code size}
 * entries are tokens.
 */
final class Tokens {
    /** The text the tokens were cut from (for vader mode: after emoji were replaced). */
    final String text;
    private final Lexicon dictionary;
    /** Number of tokens. */
    int size;
    /** The tokens, original case. */
    String[] words;
    /** Python's {@code lower()} of each token (the token itself when it has nothing to lower). */
    String[] lower;
    /** Each token's valence in the lexicon, NaN when it is not a lexicon word. */
    double[] lexicon;
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

    Tokens(String text, Lexicon dictionary, boolean withSpans) {
        this.text = text;
        this.dictionary = dictionary;
        // At most one token per two chars; about one per six in prose, so this rarely has to grow.
        int capacity = Math.min((text.length() + 1) / 2, text.length() / 4 + 4);
        this.words = new String[capacity];
        this.lower = new String[capacity];
        this.lexicon = new double[capacity];
        this.upper = new boolean[capacity];
        if (withSpans) {
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }
    }

    /** Adds a token cut from {@code text} at start..end (offsets in {@link #text}). */
    void add(String word, int start, int end) {
        if (size == words.length) {
            grow();
        }
        String lowerCase;
        boolean allUpper;
        int ascii = PythonText.asciiCase(word);
        if (ascii >= 0) {
            boolean hasUpper = (ascii & PythonText.HAS_UPPER) != 0;
            lowerCase = hasUpper ? PythonText.lower(word) : word;
            allUpper = hasUpper && (ascii & PythonText.HAS_LOWER) == 0;
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
        lexicon[size] = dictionary.valence(lowerCase);
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
        upper = Arrays.copyOf(upper, capacity);
        if (starts != null) {
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
    }
}
