package org.sentigrid.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NLTK 3.8.1's tokens: Python's {@code split()}, one-character tokens dropped, and a token that is a
 * punctuation mark from {@link #PUNCTUATION_MARKS} glued before or after a "word" of two or more
 * characters (a token of the text with all ASCII punctuation removed) becomes that word. Anything
 * else ("good...", "#happy", "(great)") stays as it is, so it is not found in the lexicon.
 */
final class NltkTokenizer implements Tokenizer {
    /** NLTK's PUNC_LIST (none longer than {@value #LONGEST_MARK} chars). */
    private static final Set<String> PUNCTUATION_MARKS = new HashSet<>(List.of(".", "!", "?", ",", ";", ":", "-", "'", "\"",
            "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"));
    private static final int LONGEST_MARK = 4;

    private final Vocabulary vocabulary;

    NltkTokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Tokens tokenize(String text, boolean withSpans) {
        Tokens tokens = new Tokens(text, vocabulary, withSpans);
        // The chars stripped are ASCII punctuation, without case: the piece's case bits are the token's.
        Tokenizer.splitOnWhitespace(text, (start, end, caseBits) -> {
            // len(piece) > 1 in code points; three chars or more always are.
            if (end - start <= 2 && text.codePointCount(start, end) <= 1) {
                return;
            }
            int lead = start;
            while (lead < end && PythonText.isPunctuation(text.charAt(lead))) {
                lead++;
            }
            int trail = end;
            while (trail > start && PythonText.isPunctuation(text.charAt(trail - 1))) {
                trail--;
            }
            int from = start;
            int to = end;
            if (lead > start && isMark(text, start, lead) && isWord(text, lead, end)) {
                from = lead;
            } else if (trail < end && isMark(text, trail, end) && isWord(text, start, trail)) {
                to = trail;
            }
            tokens.add(text.substring(from, to), from, to, caseBits);
        });
        return tokens;
    }

    private static boolean isMark(String text, int from, int to) {
        return to - from <= LONGEST_MARK && PUNCTUATION_MARKS.contains(text.substring(from, to));
    }

    /** A word of the text without punctuation: no ASCII punctuation and two code points or more (its own piece yields it). */
    private static boolean isWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PythonText.isPunctuation(text.charAt(i))) {
                return false;
            }
        }
        return to - from > 2 || text.codePointCount(from, to) > 1;
    }
}
