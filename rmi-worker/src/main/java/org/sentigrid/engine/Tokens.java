package org.sentigrid.engine;

/**
 * The words and emoticons of one unit as a reference implementation sees them, with where each came
 * from in the scored text.
 *
 * @param text      the text the tokens were cut from (for vader mode: after emoji were replaced)
 * @param words     the tokens, original case
 * @param starts    offset of each token in the text the caller gave (before any emoji replacement)
 * @param ends      offset just past each token, same reference as {@code starts}
 * @param fromEmoji whether each token is a word of an emoji's description
 */
record Tokens(String text, String[] words, int[] starts, int[] ends, boolean[] fromEmoji) {
    int size() {
        return words.length;
    }
}
