package org.sentigrid.engine;

import java.util.HashSet;
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
        Set<String> words = new HashSet<>();
        Tokenizer.splitOnWhitespace(text, (start, end) -> {
            String piece = text.substring(start, end);
            String word = withoutPunctuation(piece);
            if (PythonText.length(word) > 1) {
                words.add(word);
            }
            if (PythonText.length(piece) > 1) {
                pieces.add(piece, start, end);
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
            if (lead > 0 && PUNCTUATION_MARKS.contains(token.substring(0, lead)) && words.contains(token.substring(lead))) {
                tokens[t] = token.substring(lead);
                starts[t] += lead;
            } else if (trail < token.length() && PUNCTUATION_MARKS.contains(token.substring(trail))
                    && words.contains(token.substring(0, trail))) {
                tokens[t] = token.substring(0, trail);
                ends[t] = starts[t] + trail;
            }
        }
        return new Tokens(text, tokens, starts, ends, new boolean[tokens.length]);
    }

    private static String withoutPunctuation(String piece) {
        StringBuilder kept = null;
        for (int i = 0; i < piece.length(); i++) {
            if (PythonText.isPunctuation(piece.charAt(i))) {
                if (kept == null) {
                    kept = new StringBuilder(piece.length()).append(piece, 0, i);
                }
            } else if (kept != null) {
                kept.append(piece.charAt(i));
            }
        }
        return kept == null ? piece : kept.toString();
    }
}
