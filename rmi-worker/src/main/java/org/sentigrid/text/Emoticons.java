package org.sentigrid.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.regex.Pattern;

/** Recognizes emoticons ({@code :)}, {@code :-(}, {@code ;)}, {@code :D}, {@code <3}, ...) and emoji as whole tokens. */
final class Emoticons {
    private static final Pattern EMOTICON =
            Pattern.compile("[:;=]['^-]?[()\\[\\]DdPpOo3/\\\\|*]+|<3+|[xX]D+|\\^_*\\^");

    /** Longer tokens are not emoticons; the bound keeps the scan cheap on text without spaces. */
    private static final int MAX_TOKEN = 64;

    private Emoticons() {
    }

    /**
     * The end of the run of emoticon or emoji tokens (separated by whitespace) that starts at
     * {@code start}, or -1 if no such token starts there. A token runs up to whitespace or the end.
     */
    static int runEnd(CharSequence text, int start) {
        int runEnd = -1;
        int at = start;
        while (at < text.length() && mayStart(text.charAt(at))) {
            int tokenEnd = at;
            while (tokenEnd < text.length() && tokenEnd - at <= MAX_TOKEN && !Whitespace.is(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            if (tokenEnd == at || tokenEnd - at > MAX_TOKEN || !isEmoticonOrEmoji(text.subSequence(at, tokenEnd))) {
                break;
            }
            runEnd = tokenEnd;
            at = Whitespace.skip(text, tokenEnd);
        }
        return runEnd;
    }

    /** A cheap first test: the chars that can start an emoticon, and anything non-ASCII (emoji). */
    private static boolean mayStart(char c) {
        return c > 0x7F || ":;=<xX^".indexOf(c) >= 0;
    }

    private static boolean isEmoticonOrEmoji(CharSequence token) {
        return EMOTICON.matcher(token).matches() || token.codePoints().allMatch(Emoticons::isEmojiPart);
    }

    /** Pictographs plus the joiners, variation selectors, skin tones and flag letters that build emoji. */
    private static boolean isEmojiPart(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.EXTENDED_PICTOGRAPHIC)
                || (codePoint > 0x7F && UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_COMPONENT));
    }
}
