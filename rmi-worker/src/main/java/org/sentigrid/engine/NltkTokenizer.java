package org.sentigrid.engine;

import java.util.Set;

/**
 * NLTK 3.8.1's tokens: Python's {@code split()}, one-character tokens dropped, and a token that is a
 * punctuation mark from {@link #PUNCTUATION_MARKS} glued before or after a "word" of two or more
 * characters (a token of the text with all ASCII punctuation removed) becomes that word. Anything
 * else ("good...", "#happy", "(great)") stays as it is, so it is not found in the lexicon.
 */
final class NltkTokenizer implements Tokenizer {
    /** NLTK's PUNC_LIST. */
    private static final Set<String> PUNCTUATION_MARKS = Set.of(".", "!", "?", ",", ";", ":", "-", "'", "\"",
            "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?");

    @Override
    public Tokens tokenize(String text) {
        TokenList pieces = new TokenList();
        Tokenizer.splitOnWhitespace(text, (start, end) -> {
            if (text.codePointCount(start, end) > 1) {
                pieces.add(text.substring(start, end), start, end);
            }
        });
        String[] tokens = pieces.words();
        int[] starts = pieces.starts();
        int[] ends = pieces.ends();
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            int lead = 0;
            while (lead < token.length() && PythonText.isPunctuation(token.charAt(lead))) {
                lead++;
            }
            int trail = token.length();
            while (trail > 0 && PythonText.isPunctuation(token.charAt(trail - 1))) {
                trail--;
            }
            if (lead > 0 && PUNCTUATION_MARKS.contains(token.substring(0, lead)) && isWord(token, lead, token.length())) {
                tokens[t] = token.substring(lead);
                starts[t] += lead;
            } else if (trail < token.length() && PUNCTUATION_MARKS.contains(token.substring(trail))
                    && isWord(token, 0, trail)) {
                tokens[t] = token.substring(0, trail);
                ends[t] = starts[t] + trail;
            }
        }
        return new Tokens(text, tokens, starts, ends, new boolean[tokens.length]);
    }

    /** A word of the text without punctuation: no ASCII punctuation and two code points or more (its own piece yields it). */
    private static boolean isWord(String token, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PythonText.isPunctuation(token.charAt(i))) {
                return false;
            }
        }
        return token.codePointCount(from, to) > 1;
    }
}
