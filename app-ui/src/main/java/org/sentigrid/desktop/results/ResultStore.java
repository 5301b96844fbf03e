package org.sentigrid.desktop.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.charts.ScoredPoints;
import org.sentigrid.text.TextUnit;

/**
 * Every scored unit of the current results, in document order, as columns of primitive arrays: a
 * million units cost tens of megabytes, not a million objects. Owned by the FX thread: the running job
 * hands results over in coalesced chunks that are appended there, so readers never see a torn row.
 * Work in the background (sorting, filtering, export) reads a {@link #copy}.
 */
public final class ResultStore implements ScoredPoints {
    private final List<String> documentNames = new ArrayList<>();
    private final List<int[]> documentRanges = new ArrayList<>(); // {start, size}
    private int size;
    private int[] document = new int[0];
    private long[] unit = new long[0];
    private long[] place = new long[0]; // record, start, end per unit (see TextUnit)
    private String[] text = new String[0];
    private String[] worker = new String[0];
    private double[] scores = new double[0]; // neg, neu, pos, compound per unit

    /** Starts a new document; its units must be appended next. Returns its number. */
    public int addDocument(String name) {
        documentNames.add(name);
        documentRanges.add(new int[] {size, 0});
        return documentNames.size() - 1;
    }

    /** Appends one unit of the last document (its source name is the document's). */
    public void add(TextUnit textUnit, SentimentScores unitScores, String workerName) {
        if (documentNames.isEmpty()) {
            throw new IllegalStateException("no document started");
        }
        if (size == unit.length) {
            grow();
        }
        int last = documentNames.size() - 1;
        document[size] = last;
        unit[size] = textUnit.unit();
        text[size] = textUnit.text();
        place[3 * size] = textUnit.record();
        place[3 * size + 1] = textUnit.start();
        place[3 * size + 2] = textUnit.end();
        worker[size] = workerName;
        scores[4 * size] = unitScores.neg();
        scores[4 * size + 1] = unitScores.neu();
        scores[4 * size + 2] = unitScores.pos();
        scores[4 * size + 3] = unitScores.compound();
        size++;
        documentRanges.get(last)[1]++;
    }

    /** A copy for another thread: the arrays are copied whole, the rows' strings are shared. */
    public ResultStore copy() {
        ResultStore copy = new ResultStore();
        copy.documentNames.addAll(documentNames);
        documentRanges.forEach(range -> copy.documentRanges.add(range.clone()));
        copy.size = size;
        copy.document = Arrays.copyOf(document, size);
        copy.unit = Arrays.copyOf(unit, size);
        copy.place = Arrays.copyOf(place, 3 * size);
        copy.text = Arrays.copyOf(text, size);
        copy.worker = Arrays.copyOf(worker, size);
        copy.scores = Arrays.copyOf(scores, 4 * size);
        return copy;
    }

    public void clear() {
        documentNames.clear();
        documentRanges.clear();
        size = 0;
        document = new int[0];
        unit = new long[0];
        place = new long[0];
        text = new String[0];
        worker = new String[0];
        scores = new double[0];
    }

    private void grow() {
        int capacity = Math.max(1024, unit.length * 2);
        document = Arrays.copyOf(document, capacity);
        unit = Arrays.copyOf(unit, capacity);
        place = Arrays.copyOf(place, 3 * capacity);
        text = Arrays.copyOf(text, capacity);
        worker = Arrays.copyOf(worker, capacity);
        scores = Arrays.copyOf(scores, 4 * capacity);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double compound(int index) {
        return scores[4 * check(index) + 3];
    }

    public double neg(int index) {
        return scores[4 * check(index)];
    }

    public double neu(int index) {
        return scores[4 * check(index) + 1];
    }

    public double pos(int index) {
        return scores[4 * check(index) + 2];
    }

    public SentimentScores scores(int index) {
        return new SentimentScores(neg(index), neu(index), pos(index), compound(index));
    }

    /** The number of the document this unit belongs to. */
    public int document(int index) {
        return document[check(index)];
    }

    /** The unit's 1-based number within its document. */
    public long unit(int index) {
        return unit[check(index)];
    }

    /** The unit as it was read: its document's name as source, its number, text, record and offsets. */
    public TextUnit textUnit(int index) {
        check(index);
        return new TextUnit(documentNames.get(document[index]), unit[index], text[index], place[3 * index],
                place[3 * index + 1], place[3 * index + 2]);
    }

    public String text(int index) {
        return text[check(index)];
    }

    public String worker(int index) {
        return worker[check(index)];
    }

    @Override
    public int documents() {
        return documentNames.size();
    }

    @Override
    public String documentName(int number) {
        return documentNames.get(number);
    }

    @Override
    public int documentStart(int number) {
        return documentRanges.get(number)[0];
    }

    @Override
    public int documentSize(int number) {
        return documentRanges.get(number)[1];
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("unit " + index + " of " + size);
        }
        return index;
    }
}
