package org.sentigrid.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * vaderSentiment 3.3.2's tokens: every emoji replaced by its description, then Python's
 * {@code split()}, then leading and trailing ASCII punctuation stripped from each token unless that
 * leaves two characters or fewer (so ":)" and "no!" stay as they are).
 */
final class VaderTokenizer implements Tokenizer {
    private final Map<Integer, String> emojiDescriptions;
    private final int lowestEmoji;
    /** True for any sensible emoji lexicon (checked, not assumed): every emoji is outside ASCII and no space. */
    private final boolean emojiOnlyInNonAsciiTokens;
    private final Vocabulary vocabulary;

    VaderTokenizer(Map<Integer, String> emojiDescriptions, Vocabulary vocabulary) {
        this.emojiDescriptions = Collections.unmodifiableMap(new HashMap<>(emojiDescriptions));
        this.lowestEmoji = emojiDescriptions.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        this.emojiOnlyInNonAsciiTokens = lowestEmoji >= 0x80 && emojiDescriptions.keySet().stream()
                .noneMatch(cp -> cp <= Character.MAX_VALUE && PythonText.isSpace((char) cp.intValue()));
        this.vocabulary = vocabulary;
    }

    @Override
    public Tokens tokenize(String source, boolean withSpans) {
        Tokens tokens = new Tokens(source, vocabulary, withSpans);
        split(tokens);
        // Every emoji is a non-ASCII character that is no space, so it is in a token with a non-ASCII
        // character: a unit without one (most of them) has no emoji and needs no scan.
        if ((emojiOnlyInNonAsciiTokens && !tokens.hasNonAscii()) || !hasEmoji(source)) {
            return tokens;
        }
        EmojiFreeText replaced = replaceEmoji(source);
        tokens = new Tokens(replaced.text, vocabulary, withSpans);
        split(tokens);
        if (withSpans) {
            replaced.pointAtSource(tokens);
        }
        return tokens;
    }

    private static void split(Tokens tokens) {
        String text = tokens.text;
        // The chars stripped are ASCII punctuation, without case: the piece's case bits are the token's.
        Tokenizer.splitOnWhitespace(text, (start, end, caseBits) -> {
            int a = start;
            int b = end;
            while (a < b && PythonText.isPunctuation(text.charAt(a))) {
                a++;
            }
            while (b > a && PythonText.isPunctuation(text.charAt(b - 1))) {
                b--;
            }
            // Python's len() counts code points: an emoji is one character, not two (so more than four
            // chars are always more than two characters).
            if (b - a <= 4 && text.codePointCount(a, b) <= 2) {
                a = start;
                b = end;
            }
            tokens.add(text.substring(a, b), a, b, caseBits);
        });
    }

    private boolean hasEmoji(String source) {
        for (int i = 0, n = source.length(); i < n; i++) {
            // No emoji starts below the lowest (a supplementary one starts with a surrogate >= 0xD800; a
            // low surrogate on its own is no emoji).
            if (source.charAt(i) >= lowestEmoji && emojiDescriptions.containsKey(source.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Replaces each emoji (one code point) by its description, remembering where every char came from. */
    private EmojiFreeText replaceEmoji(String source) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        int[] srcStart = new int[source.length() + 64];
        int[] srcEnd = new int[srcStart.length];
        boolean[] described = new boolean[srcStart.length];
        boolean prevSpace = true;
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            String description = cp >= lowestEmoji ? emojiDescriptions.get(cp) : null;
            int from = out.length();
            if (description != null) {
                if (!prevSpace) {
                    out.append(' ');
                }
                out.append(description);
                prevSpace = false;
            } else {
                out.appendCodePoint(cp);
                prevSpace = cp == ' ';
            }
            if (out.length() > srcStart.length) {
                int grown = out.length() * 2;
                srcStart = Arrays.copyOf(srcStart, grown);
                srcEnd = Arrays.copyOf(srcEnd, grown);
                described = Arrays.copyOf(described, grown);
            }
            for (int k = from; k < out.length(); k++) {
                srcStart[k] = i;
                srcEnd[k] = next;
                described[k] = description != null;
            }
            i = next;
        }
        return new EmojiFreeText(out.toString(), srcStart, srcEnd, described);
    }

    /** Text after emoji replacement, with the source span and origin of each of its chars. */
    private record EmojiFreeText(String text, int[] srcStart, int[] srcEnd, boolean[] described) {
        /** Turns the tokens' spans into offsets in the source text and marks the emoji's words. */
        void pointAtSource(Tokens tokens) {
            tokens.fromEmoji = new boolean[tokens.size];
            for (int t = 0; t < tokens.size; t++) {
                int first = tokens.starts[t];
                int last = tokens.ends[t] - 1;
                tokens.fromEmoji[t] = described[first] || described[last];
                tokens.starts[t] = srcStart[first];
                tokens.ends[t] = srcEnd[last];
            }
        }
    }
}
