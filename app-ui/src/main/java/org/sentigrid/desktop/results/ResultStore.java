package org.sentigrid.desktop.results;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.format.Bytes;
import org.sentigrid.text.TextUnit;

/**
 * Every scored unit of the current results, in document order, as columns of primitive arrays in
 * pages of {@value #PAGE} units: a million units cost tens of megabytes, not millions of objects, and
 * growing never copies what is there (a copy of the whole would hold the FX thread up). Owned by the FX thread: the running job
 * hands results over in coalesced chunks that are appended there, so readers never see a torn row.
 * Work in the background (sorting, filtering, export) reads a {@link #copy}.
 */
public final class ResultStore {
    static final int PAGE = 1 << 14;
    private static final int SHIFT = 14;
    private static final int MASK = PAGE - 1;

    private final List<String> documentNames = new ArrayList<>();
    /** Each document's own text when it is held anyway (typed or pasted), else null: units point into it. */
    private final List<String> documentTexts = new ArrayList<>();
    private final List<int[]> documentRanges = new ArrayList<>(); // {start, size}
    private final List<Page> pages = new ArrayList<>();
    private int size;

    /**
     * One page of each column; scores hold neg, neu, pos, compound per unit, place record, start, end.
     * Texts are one UTF-8 byte array per page, unit i's bytes ending at {@code textEnd[i]}: no object per
     * unit, so a million units cost the collector nothing to trace and about a byte a char. A unit of a
     * document whose text the store has ({@code fromSource}) keeps no bytes: its start and end point into it.
     */
    private static final class Page {
        final int[] document = new int[PAGE];
        final long[] unit = new long[PAGE];
        final long[] place = new long[3 * PAGE];
        final int[] textEnd = new int[PAGE];
        final String[] worker = new String[PAGE];
        final double[] scores = new double[4 * PAGE];
        final Bytes text = new Bytes(PAGE * 16);
        final BitSet fromSource = new BitSet(PAGE);

        void addText(TextUnit unit, String source, int at) {
            String unitText = unit.text();
            if (source != null && unit.record() == 0 && unit.end() <= source.length()
                    && unit.end() - unit.start() == unitText.length()
                    && source.regionMatches((int) unit.start(), unitText, 0, unitText.length())) {
                fromSource.set(at);
            } else {
                text.appendUtf8(unitText, 0, unitText.length());
            }
            textEnd[at] = text.length();
        }

        String text(int at, List<String> sources) {
            if (fromSource.get(at)) {
                return sources.get(document[at]).substring((int) place[3 * at + 1], (int) place[3 * at + 2]);
            }
            int from = at == 0 ? 0 : textEnd[at - 1];
            return new String(text.array(), from, textEnd[at] - from, StandardCharsets.UTF_8);
        }

        Page copy() {
            Page copy = new Page();
            System.arraycopy(document, 0, copy.document, 0, PAGE);
            System.arraycopy(unit, 0, copy.unit, 0, PAGE);
            System.arraycopy(place, 0, copy.place, 0, 3 * PAGE);
            System.arraycopy(textEnd, 0, copy.textEnd, 0, PAGE);
            System.arraycopy(worker, 0, copy.worker, 0, PAGE);
            System.arraycopy(scores, 0, copy.scores, 0, 4 * PAGE);
            copy.text.append(text.array(), 0, text.length());
            copy.fromSource.or(fromSource);
            return copy;
        }
    }

    /** Starts a new document; its units must be appended next. Returns its number. */
    public int addDocument(String name) {
        return addDocument(name, null);
    }

    /**
     * Starts a new document whose whole text is {@code text} (typed or pasted, held by the window anyway);
     * its plain-text units keep only where they are in it.
     */
    public int addDocument(String name, String text) {
        documentTexts.add(text);
        documentNames.add(name);
        documentRanges.add(new int[] {size, 0});
        return documentNames.size() - 1;
    }

    /** Appends one unit of the last document (its source name is the document's). */
    public void add(TextUnit textUnit, SentimentScores unitScores, String workerName) {
        if (documentNames.isEmpty()) {
            throw new IllegalStateException("no document started");
        }
        if ((size & MASK) == 0 && (size >>> SHIFT) == pages.size()) {
            pages.add(new Page());
        }
        Page page = pages.get(size >>> SHIFT);
        int at = size & MASK;
        int last = documentNames.size() - 1;
        page.document[at] = last;
        page.unit[at] = textUnit.unit();
        page.addText(textUnit, documentTexts.get(last), at);
        page.worker[at] = workerName;
        page.place[3 * at] = textUnit.record();
        page.place[3 * at + 1] = textUnit.start();
        page.place[3 * at + 2] = textUnit.end();
        page.scores[4 * at] = unitScores.neg();
        page.scores[4 * at + 1] = unitScores.neu();
        page.scores[4 * at + 2] = unitScores.pos();
        page.scores[4 * at + 3] = unitScores.compound();
        size++;
        documentRanges.get(last)[1]++;
    }

    /** A copy for another thread: the columns are copied, the rows' strings are shared. */
    public ResultStore copy() {
        ResultStore copy = new ResultStore();
        copy.documentNames.addAll(documentNames);
        copy.documentTexts.addAll(documentTexts);
        documentRanges.forEach(range -> copy.documentRanges.add(range.clone()));
        pages.forEach(page -> copy.pages.add(page.copy()));
        copy.size = size;
        return copy;
    }

    /** Takes over the results of {@code other} (made in the background, say from a saved session), which is left empty. */
    public void replaceWith(ResultStore other) {
        clear();
        documentNames.addAll(other.documentNames);
        documentTexts.addAll(other.documentTexts);
        documentRanges.addAll(other.documentRanges);
        pages.addAll(other.pages);
        size = other.size;
        other.documentNames.clear();
        other.documentTexts.clear();
        other.documentRanges.clear();
        other.pages.clear();
        other.size = 0;
    }

    public void clear() {
        documentNames.clear();
        documentTexts.clear();
        documentRanges.clear();
        pages.clear();
        size = 0;
    }

    public int size() {
        return size;
    }

    public double compound(int index) {
        return page(index).scores[4 * (index & MASK) + 3];
    }

    public double neg(int index) {
        return page(index).scores[4 * (index & MASK)];
    }

    public double neu(int index) {
        return page(index).scores[4 * (index & MASK) + 1];
    }

    public double pos(int index) {
        return page(index).scores[4 * (index & MASK) + 2];
    }

    /** Puts new scores in place of a unit's (the lexicon editor's live effect). */
    public void setScores(int index, SentimentScores unitScores) {
        double[] scores = page(index).scores;
        int at = 4 * (index & MASK);
        scores[at] = unitScores.neg();
        scores[at + 1] = unitScores.neu();
        scores[at + 2] = unitScores.pos();
        scores[at + 3] = unitScores.compound();
    }

    public SentimentScores scores(int index) {
        return new SentimentScores(neg(index), neu(index), pos(index), compound(index));
    }

    /** The number of the document this unit belongs to. */
    public int document(int index) {
        return page(index).document[index & MASK];
    }

    /** The unit's 1-based number within its document. */
    public long unit(int index) {
        return page(index).unit[index & MASK];
    }

    /** The 1-based data row (record) of a table the unit came from; 0 for plain text and documents. */
    public long record(int index) {
        return page(index).place[3 * (index & MASK)];
    }

    /** The unit as it was read: its document's name as source, its number, text, record and offsets. */
    public TextUnit textUnit(int index) {
        Page page = page(index);
        int at = index & MASK;
        return new TextUnit(documentNames.get(page.document[at]), page.unit[at], page.text(at, documentTexts), page.place[3 * at],
                page.place[3 * at + 1], page.place[3 * at + 2]);
    }

    public String text(int index) {
        return page(index).text(index & MASK, documentTexts);
    }

    public String worker(int index) {
        return page(index).worker[index & MASK];
    }

    public int documents() {
        return documentNames.size();
    }

    public String documentName(int number) {
        return documentNames.get(number);
    }

    public int documentStart(int number) {
        return documentRanges.get(number)[0];
    }

    public int documentSize(int number) {
        return documentRanges.get(number)[1];
    }

    private Page page(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("unit " + index + " of " + size);
        }
        return pages.get(index >>> SHIFT);
    }
}
