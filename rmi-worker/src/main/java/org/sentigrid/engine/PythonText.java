package org.sentigrid.engine;

import java.util.Locale;

/**
 * The few Python {@code str} semantics the reference implementations rely on, reproduced exactly:
 * {@code split()} on Unicode whitespace, {@code isupper()}, {@code lower()}, {@code len()} in code
 * points, and {@code string.punctuation}.
 */
final class PythonText {
    private PythonText() {
    }

    /** {@code ch.isspace()} in Python 3: bidi classes WS, B, S and category Zs. */
    static boolean isSpace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** A character of Python's {@code string.punctuation} (ASCII punctuation only). */
    static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** {@code s.isupper()}: at least one cased character and no lower- or title-case one. */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@link #caseOf} bit: an ASCII upper-case letter. */
    static final int HAS_UPPER = 1;
    /** {@link #caseOf} bit: an ASCII lower-case letter. */
    static final int HAS_LOWER = 2;
    /** {@link #caseOf} bit: a character outside ASCII (then only {@link #lower} and {@link #isUpper} tell its case). */
    static final int NON_ASCII = 4;

    /** {@link #HAS_UPPER}, {@link #HAS_LOWER} or {@link #NON_ASCII} for one char; 0 for ASCII without case. */
    static int caseOf(char c) {
        if (c >= 0x80) {
            return NON_ASCII;
        }
        if (c >= 'a' && c <= 'z') {
            return HAS_LOWER;
        }
        return c >= 'A' && c <= 'Z' ? HAS_UPPER : 0;
    }

    /** {@code s.lower()} (full Unicode mapping, locale independent). */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code len(s)}: code points, not UTF-16 units. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code text.count(c)} for one BMP character. */
    static int count(CharSequence text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
