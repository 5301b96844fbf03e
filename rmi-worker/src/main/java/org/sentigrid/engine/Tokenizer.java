package org.sentigrid.engine;

/** Cuts a unit into words and emoticons the way one reference implementation does. */
interface Tokenizer {
    /**
     * The tokens of {@code text}, each with its lower case, lexicon valence and ALL-CAPS flag;
     * {@code withSpans} also records where each came from (for explanations).
     */
    Tokens tokenize(String text, boolean withSpans);

    /**
     * Python's {@code text.split()}: calls {@code piece} for each maximal run of non-whitespace, with
     * its start and end offsets and the {@link PythonText#caseOf} bits of its chars (in the same pass).
     * Returns the number of pieces.
     */
    static int splitOnWhitespace(String text, PieceConsumer piece) {
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && PythonText.isSpace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            int caseBits = 0;
            for (char c; i < n && !PythonText.isSpace(c = text.charAt(i)); i++) {
                caseBits |= PythonText.caseOf(c);
            }
            piece.accept(start, i, caseBits);
            count++;
        }
        return count;
    }

    @FunctionalInterface
    interface PieceConsumer {
        void accept(int start, int end, int caseBits);
    }
}
