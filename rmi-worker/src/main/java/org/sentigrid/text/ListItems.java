package org.sentigrid.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Numbered, lettered and bulleted list items written inline ("1) Rice 2) Beans", "a. Call b. Write",
 * "• Fast • Cheap") or one per line: each item is a sentence, whether or not it ends with a period,
 * and its marker ("1.", "2.)", "b.") belongs to it rather than ending a sentence of its own. Part of
 * {@link SentenceSplitter}; not thread-safe.
 *
 * <p>A number or letter followed by '.' is only taken for a marker when it is one of a run (1, 2, 3...
 * or a, b, c... in the same style, the first one opening the paragraph or following a sentence end, a
 * colon or a line break), when it opens the paragraph, or when a bullet stands before it. So "He scored
 * 2. The crowd cheered." stays two sentences cut after "2.".
 */
final class ListItems {
    /** A marker candidate: {@code start} of its label, {@code end} after its suffix; {@code item} where its sentence starts. */
    private record Marker(int start, int end, int item, int value, int style, boolean bulleted) {
    }

    /**
     * The longest item that still counts as one of a run. Whether "1." is a marker depends on a "2."
     * after it; the reader trusts ends once {@link UnitReader#LOOKAHEAD} chars follow them, so the
     * next marker must come within that.
     */
    private static final int MAX_ITEM = UnitReader.LOOKAHEAD - 24;

    private final BitSet ends;
    private final List<Marker> markers = new ArrayList<>();
    private final List<Marker> run = new ArrayList<>();

    ListItems(BitSet ends) {
        this.ends = ends;
    }

    /**
     * Sets an end before each item and clears those ICU put inside a marker. {@code text} is the
     * splitter's view of {@code paragraph} (line breaks made spaces); the paragraph tells line breaks.
     * {@code bullets}: where the text has bullet characters ({@link #isBullet}), the first {@code bulletCount}.
     */
    void apply(String text, CharSequence paragraph, int[] bullets, int bulletCount) {
        markers.clear();
        // Markers end with '.' or ')': visit those in order (String.indexOf is much faster than a loop
        // over every char, and this runs on every paragraph).
        int dot = text.indexOf('.');
        int paren = text.indexOf(')');
        while (dot >= 0 || paren >= 0) {
            int at = paren < 0 || (dot >= 0 && dot < paren) ? dot : paren;
            Marker marker = markerEndingAt(text, at);
            int next = marker == null ? at + 1 : marker.end();
            if (marker != null) {
                markers.add(marker);
            }
            if (dot >= 0 && dot < next) {
                dot = text.indexOf('.', next);
            }
            if (paren >= 0 && paren < next) {
                paren = text.indexOf(')', next);
            }
        }
        for (int b = 0; b < bulletCount; b++) {
            int at = bullets[b];
            if (at == 0 || Whitespace.is(text.charAt(at - 1))) {
                startItem(text, at, at + 1); // a bullet without a number: "• Fast • Cheap"
            }
        }
        if (markers.isEmpty()) {
            return;
        }
        run.clear();
        int runStyle = -1;
        int lastValue = 0;
        for (Marker marker : markers) {
            if (marker.bulleted() || marker.item() == Whitespace.skip(text, 0)) {
                startItem(text, marker.item(), marker.end());
            }
            if (marker.value() == 1 && opensRun(text, paragraph, marker.item())) {
                flush(text);
                run.add(marker);
                runStyle = marker.style();
                lastValue = 1;
            } else if (marker.style() == runStyle && marker.value() == lastValue + 1
                    && marker.start() - run.get(run.size() - 1).start() <= MAX_ITEM) {
                run.add(marker);
                lastValue++;
            }
        }
        flush(text);
    }

    /** Every marker of a run of two or more starts an item. */
    private void flush(String text) {
        if (run.size() >= 2) {
            for (Marker marker : run) {
                startItem(text, marker.item(), marker.end());
            }
        }
        run.clear();
    }

    /** An end at {@code item} (unless only whitespace is before it), none from there to the item's first word. */
    private void startItem(String text, int item, int markerEnd) {
        ends.clear(item + 1, Whitespace.skip(text, markerEnd) + 1);
        if (Whitespace.skip(text, 0) < item) {
            ends.set(item);
        }
    }

    /**
     * The marker whose suffix ends with the '.' or ')' at {@code at}: a label of one or two digits or one
     * lower-case letter, then ".", ")" or ".)", then whitespace; the label after whitespace or a bullet
     * (or at the start). Null if there is none.
     */
    private static Marker markerEndingAt(String text, int at) {
        int end = at + 1; // after the suffix
        int suffix; // 0 ".", 1 ")", 2 ".)"
        if (text.charAt(at) == '.' && end < text.length() && text.charAt(end) == ')') {
            end++;
            suffix = 2;
        } else if (text.charAt(at) == ')') {
            if (at > 0 && text.charAt(at - 1) == '.') {
                return null; // ".)" was looked at from its '.'
            }
            suffix = 1;
        } else {
            suffix = 0;
        }
        if (end >= text.length() || !Whitespace.is(text.charAt(end))) {
            return null;
        }
        int labelEnd = at;
        int start = labelEnd;
        while (start > 0 && labelEnd - start < 2 && isDigit(text.charAt(start - 1))) {
            start--;
        }
        int value;
        int kind;
        if (start < labelEnd) {
            value = Integer.parseInt(text, start, labelEnd, 10);
            kind = 0;
        } else if (labelEnd > 0 && text.charAt(labelEnd - 1) >= 'a' && text.charAt(labelEnd - 1) <= 'z') {
            start = labelEnd - 1;
            value = text.charAt(start) - 'a' + 1;
            kind = 1;
        } else {
            return null;
        }
        int item = start;
        boolean bulleted = false;
        if (start > 0 && !Whitespace.is(text.charAt(start - 1))) {
            if (!isBullet(text.charAt(start - 1))) {
                return null;
            }
            item = start - 1;
            bulleted = true;
        } else {
            int before = start;
            while (before > 0 && Whitespace.is(text.charAt(before - 1))) {
                before--;
            }
            if (before > 0 && isBullet(text.charAt(before - 1)) && (before == 1 || Whitespace.is(text.charAt(before - 2)))) {
                item = before - 1;
                bulleted = true;
            }
        }
        return new Marker(start, end, item, value, kind * 3 + suffix, bulleted);
    }

    /** Where a list may begin: the paragraph's start, or after a sentence end, a colon or a line break. */
    private static boolean opensRun(String text, CharSequence paragraph, int item) {
        int i = item;
        while (i > 0 && Whitespace.is(text.charAt(i - 1))) {
            i--;
            char c = paragraph.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085') {
                return true;
            }
        }
        return i == 0 || ".!?:;".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** •, ‣, ⁃, ◦, ▪, ●: characters that only ever mark list items. */
    static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u2023' || c == '\u2043' || c == '\u25E6' || c == '\u25AA' || c == '\u25CF';
    }
}
