package org.sentigrid.engine;

import java.util.Arrays;
import java.util.Map;

/**
 * vaderSentiment 3.3.2's tokens: every emoji replaced by its description, then Python's
 * {@code split()}, then leading and trailing ASCII punctuation stripped from each token unless that
 * leaves two characters or fewer (so ":)" and "no!" stay as they are).
 */
final class VaderTokenizer implements Tokenizer {
    private final Map<Integer, String> emojiDescriptions;
    private final int lowestEmoji;

    VaderTokenizer(Map<Integer, String> emojiDescriptions) {
        this.emojiDescriptions = Map.copyOf(emojiDescriptions);
        this.lowestEmoji = emojiDescriptions.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    @Override
    public Tokens tokenize(String source) {
        EmojiFreeText replaced = hasEmoji(source) ? replaceEmoji(source) : new EmojiFreeText(source, null, null, null);
        String text = replaced.text;
        TokenList tokens = new TokenList();
        Tokenizer.splitOnWhitespace(text, (start, end) -> {
            int a = start;
            int b = end;
            while (a < b && PythonText.isPunctuation(text.charAt(a))) {
                a++;
            }
            while (b > a && PythonText.isPunctuation(text.charAt(b - 1))) {
                b--;
            }
            // Python's len() counts code points: an emoji is one character, not two.
            if (text.codePointCount(a, b) <= 2) {
                a = start;
                b = end;
            }
            tokens.add(text.substring(a, b), a, b);
        });
        return replaced.toTokens(tokens);
    }

    private boolean hasEmoji(String source) {
        for (int i = 0; i < source.length(); ) {
            if (source.charAt(i) < lowestEmoji) { // no emoji starts below it (a supplementary one starts with a surrogate >= 0xD800)
                i++;
                continue;
            }
            int cp = source.codePointAt(i);
            if (cp >= lowestEmoji && emojiDescriptions.containsKey(cp)) {
                return true;
            }
            i += Character.charCount(cp);
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

    /** Text after emoji replacement; null maps mean nothing was replaced (offsets are the source's). */
    private record EmojiFreeText(String text, int[] srcStart, int[] srcEnd, boolean[] described) {
        Tokens toTokens(TokenList list) {
            int[] starts = list.starts();
            int[] ends = list.ends();
            boolean[] fromEmoji = new boolean[list.size()];
            if (srcStart != null) {
                for (int t = 0; t < fromEmoji.length; t++) {
                    int first = starts[t];
                    int last = ends[t] - 1;
                    fromEmoji[t] = described[first] || described[last];
                    starts[t] = srcStart[first];
                    ends[t] = srcEnd[last];
                }
            }
            return new Tokens(text, list.words(), starts, ends, fromEmoji);
        }
    }
}
