package org.sentigrid.desktop.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextUnit;

/**
 * Cuts a document's units into the reader's runs. The results keep each unit's text and where it stood,
 * not the text between units, so paragraphs are read from where the units stood: with sentences, a
 * new record (a table's row) or a gap of two or more characters between two units (a blank line, a line
 * break and an indent) starts a new paragraph, and units of one paragraph are parted by a space; lines
 * and whole inputs each stand on their own. A run holds at most {@value #RUN_CHARS} characters, so that
 * no row of the list is one giant text node; only a unit longer than that is cut (at a space).
 */
public final class ReaderLayout {
    /** The most characters of one run (a longer unit is cut at a space, or where it must be). */
    static final int RUN_CHARS = 1_500;

    private ReaderLayout() {
    }

    /** The runs of document {@code document} of {@code results}, split into units by {@code split}. */
    public static List<ReaderRun> runs(ResultStore results, int document, SplitMode split) {
        List<ReaderRun> runs = new ArrayList<>();
        int first = results.documentStart(document);
        int end = first + results.documentSize(document);
        Builder run = new Builder();
        long record = -1;
        long previousEnd = -1;
        for (int i = first; i < end; i++) {
            TextUnit unit = results.textUnit(i);
            boolean breaks = split != SplitMode.SENTENCES || unit.record() != record || unit.start() - previousEnd >= 2;
            if (i > first && breaks) {
                run.end(runs, true);
            }
            record = unit.record();
            previousEnd = unit.end();
            String text = unit.text();
            int from = 0;
            do {
                if (run.chars > 0 && text.length() - from > RUN_CHARS - run.chars) {
                    run.end(runs, false); // a unit too long for what is left begins the next run
                }
                int to = cut(text, from, RUN_CHARS - run.chars);
                run.add(i, from, to);
                from = to;
            } while (from < text.length());
        }
        run.end(runs, true);
        return runs;
    }

    /** Where a piece from {@code from} of at most {@code room} characters ends: at the end, or after a space. */
    private static int cut(String text, int from, int room) {
        if (text.length() - from <= room) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', from + room - 1);
        int to = space > from ? space + 1 : from + room;
        // Never between the two halves of a surrogate pair.
        return Character.isLowSurrogate(text.charAt(to)) ? to - 1 > from ? to - 1 : to + 1 : to;
    }

    /** The pieces of the run being filled. */
    private static final class Builder {
        private int[] pieces = new int[3 * 16];
        private int size;
        private int chars;

        void add(int index, int from, int to) {
            if (3 * size + 3 > pieces.length) {
                pieces = Arrays.copyOf(pieces, 2 * pieces.length);
            }
            pieces[3 * size] = index;
            pieces[3 * size + 1] = from;
            pieces[3 * size + 2] = to;
            size++;
            chars += to - from + 1;
        }

        void end(List<ReaderRun> runs, boolean breakAfter) {
            if (size > 0) {
                runs.add(new ReaderRun(Arrays.copyOf(pieces, 3 * size), breakAfter));
            }
            size = 0;
            chars = 0;
        }
    }
}
