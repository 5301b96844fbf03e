package org.sentigrid.text;

import com.ibm.icu.lang.UCharacter;

/** Unicode White_Space: the one notion of blank used to trim units and to find blank lines. */
final class Whitespace {
    private Whitespace() {
    }

    static boolean is(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c > 0x7F && UCharacter.isUWhiteSpace(c));
    }

    /** The first index at or after {@code from} that is not whitespace, or the text's length. */
    static int skip(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && is(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
