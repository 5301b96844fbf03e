package org.sentigrid.text;

/**
 * Builds a document's text paragraph by paragraph: each paragraph stripped, the empty ones dropped, and
 * paragraphs separated by a blank line, so that the sentence splitter never joins two of them.
 */
final class Paragraphs {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();

    /** Adds to the paragraph being built. */
    Paragraphs append(CharSequence chars) {
        paragraph.append(chars);
        return this;
    }

    /** Adds text with its runs of whitespace as one space, as HTML shows it. */
    void appendCollapsed(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (Whitespace.is(c)) {
                if (paragraph.length() > 0 && !Whitespace.is(paragraph.charAt(paragraph.length() - 1))) {
                    paragraph.append(' ');
                }
            } else {
                paragraph.append(c);
            }
        }
    }

    /** A soft line break within the paragraph. */
    void lineBreak() {
        int end = paragraph.length();
        while (end > 0 && paragraph.charAt(end - 1) == ' ') {
            end--;
        }
        paragraph.setLength(end);
        paragraph.append('\n');
    }

    /** Ends the paragraph being built (nothing if it is blank). */
    void end() {
        int start = 0;
        int end = paragraph.length();
        while (start < end && Whitespace.is(paragraph.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.is(paragraph.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph, start, end);
        }
        paragraph.setLength(0);
    }

    /** Adds a whole paragraph. */
    void add(CharSequence whole) {
        end();
        paragraph.append(whole);
        end();
    }

    String text() {
        end();
        return text.toString();
    }
}
