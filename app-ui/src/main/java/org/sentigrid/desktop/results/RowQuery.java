package org.sentigrid.desktop.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sentigrid.api.SentimentLabel;

/**
 * Which rows the table shows and in what order: labels and a text to look for, sort keys, and, when a chart
 * or a matrix cell picked some rows, only those ({@code only}, store indices; null for all). Works on a copy
 * of the store's columns taken on the FX thread, so it can run in the background.
 */
public record RowQuery(Set<SentimentLabel> labels, String text, double threshold, List<SortKey> sort, BitSet only) {
    /** A column to sort by. */
    public enum Column { DOCUMENT, UNIT, TEXT, NEG, NEU, POS, COMPOUND, LABEL, WORKER }

    public record SortKey(Column column, boolean ascending) {
    }

    public RowQuery {
        labels = Set.copyOf(labels);
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); // matched case-insensitively
        sort = List.copyOf(sort);
        only = only == null ? null : (BitSet) only.clone();
    }

    public static RowQuery all(double threshold) {
        return new RowQuery(Set.of(SentimentLabel.values()), "", threshold, List.of(), null);
    }

    /** Whether every row is shown in store order: then new results just append. */
    public boolean isIdentity() {
        return labels.size() == SentimentLabel.values().length && text.isEmpty() && sort.isEmpty() && only == null;
    }

    public RowQuery withThreshold(double newThreshold) {
        return new RowQuery(labels, text, newThreshold, sort, only);
    }

    public RowQuery withSort(List<SortKey> newSort) {
        return new RowQuery(labels, text, threshold, newSort, only);
    }

    public RowQuery withFilter(Set<SentimentLabel> newLabels, String newText) {
        return new RowQuery(newLabels, newText, threshold, sort, only);
    }

    /** Only these store indices (null: every row), as filtered and sorted. */
    public RowQuery withOnly(BitSet indices) {
        return new RowQuery(labels, text, threshold, sort, indices);
    }

    /** Whether the unit at {@code index} passes the filter (not the sort). */
    public boolean accepts(int index, double compound, String unitText) {
        return (only == null || only.get(index)) && labels.contains(SentimentLabel.of(compound, threshold))
                && (text.isEmpty() || unitText.toLowerCase(Locale.ROOT).contains(text));
    }

    /**
     * The indices to show, in order, of a {@link ResultStore#copy} (not of the FX thread's store: this runs
     * in the background; sorting a million rows takes about a second).
     */
    public int[] apply(ResultStore results) {
        int[] kept = new int[results.size()];
        int count = 0;
        for (int i = 0; i < results.size(); i++) {
            if (accepts(i, results.compound(i), results.text(i))) {
                kept[count++] = i;
            }
        }
        if (sort.isEmpty()) {
            return Arrays.copyOf(kept, count);
        }
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) {
            boxed[i] = kept[i];
        }
        Arrays.sort(boxed, comparator(results)); // stable: equal keys keep store order
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    private Comparator<Integer> comparator(ResultStore r) {
        List<Comparator<Integer>> parts = new ArrayList<>();
        for (SortKey key : sort) {
            Comparator<Integer> part = switch (key.column()) {
                // Documents sort by name; within one, units keep their order.
                case DOCUMENT -> Comparator.comparing((Integer i) -> r.documentName(r.document(i)))
                        .thenComparingInt(r::document);
                case UNIT -> Comparator.comparingLong(r::unit);
                case TEXT -> Comparator.comparing(r::text, String.CASE_INSENSITIVE_ORDER);
                case NEG -> Comparator.comparingDouble(r::neg);
                case NEU -> Comparator.comparingDouble(r::neu);
                case POS -> Comparator.comparingDouble(r::pos);
                case COMPOUND -> Comparator.comparingDouble(r::compound);
                case LABEL -> Comparator.comparing(i -> SentimentLabel.of(r.compound(i), threshold));
                case WORKER -> Comparator.comparing(r::worker);
            };
            parts.add(key.ascending() ? part : part.reversed());
        }
        return parts.stream().reduce(Comparator::thenComparing).orElseThrow();
    }
}
