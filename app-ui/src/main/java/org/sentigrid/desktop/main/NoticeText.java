package org.sentigrid.desktop.main;

/**
 * A notice's text broken into lines for a notification: ControlsFX draws its text on one line, so a long
 * notice grew wider than the window and ran off the screen's edge.
 */
final class NoticeText {
    /** The longest line, in chars: about 600 pixels of the notification's text. */
    static final int LINE_CHARS = 80;

    private NoticeText() {
    }

    /** {@code text} with its spaces turned into line breaks where a line would pass {@link #LINE_CHARS}. */
    static String wrapped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\n') {
                lineStart = out.length();
                lastSpace = -1;
            } else if (c == ' ') {
                lastSpace = out.length() - 1;
            }
            if (out.length() - lineStart > LINE_CHARS && lastSpace > lineStart) {
                out.setCharAt(lastSpace, '\n');
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return out.toString();
    }
}
