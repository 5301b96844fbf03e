package org.sentigrid.desktop.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.summary.DateReader;
import org.sentigrid.summary.Period;
import org.sentigrid.summary.Periods;
import org.sentigrid.summary.Tally;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TablePreview;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * The results counted by group and period as {@code sentigrid summarize} counts them: the same {@link Tally},
 * {@link DateReader} and {@link Period}, the units in input order. A group or time column is a column of the
 * table files the results came from (CSV/TSV, JSON Lines, spreadsheets): each file is read again, one unit
 * per record, for the values of its records; a unit of another document, or of a file without the column,
 * has none (group ""), as in {@code summarize}. Without a group column, the group is the document.
 * The Terms tab takes its groups from here too ({@link #groups}). Reads files: for the background.
 */
public final class GroupCounting {
    /**
     * The rows; per unit of the results, its row ({@code rowOf}, -1 for a unit left out: no date); the units without
     * a date; and why a file's values could not be read again (each in one sentence).
     */
    record Counted(List<Tally.Row> rows, int[] rowOf, long undated, String firstUndated, List<String> problems) {
        static final Counted NONE = new Counted(List.of(), new int[0], 0, null, List.of());

        /** The units (store indices) whose row passes {@code rows}. */
        int[] units(Predicate<Tally.Row> wanted) {
            boolean[] chosen = new boolean[rows.size()];
            for (int r = 0; r < chosen.length; r++) {
                chosen[r] = wanted.test(rows.get(r));
            }
            return java.util.stream.IntStream.range(0, rowOf.length).filter(i -> rowOf[i] >= 0 && chosen[rowOf[i]]).toArray();
        }
    }

    private GroupCounting() {
    }

    /**
     * @param documents the documents the results came from, one per document of {@code results}, in order
     * @param groupBy   the group column, or null for by document
     * @param time      the time column, or null for no periods
     */
    static Counted count(ResultStore results, List<DocumentInput> documents, double threshold, String groupBy, String time,
                         Period every, DateReader dates) {
        List<String> keep = new ArrayList<>();
        if (groupBy != null) {
            keep.add(groupBy);
        }
        if (time != null) {
            keep.add(time);
        }
        List<String> problems = new ArrayList<>();
        List<String>[] kept = kept(results, documents, keep, problems);
        String[] groups = new String[results.size()];
        LocalDate[] periods = new LocalDate[results.size()];
        Tally tally = new Tally();
        Periods dating = new Periods(every, dates);
        for (int i = 0; i < results.size(); i++) {
            String name = results.documentName(results.document(i));
            groups[i] = groupBy == null ? name : group(kept[i]);
            if (time != null) {
                periods[i] = dating.of(value(kept[i], groupBy == null ? 0 : 1), name);
                if (periods[i] == null) {
                    groups[i] = null; // left out
                    continue;
                }
            }
            double compound = results.compound(i);
            tally.add(groups[i], periods[i], compound, SentimentLabel.of(compound, threshold));
        }
        List<Tally.Row> rows = tally.rows();
        Map<List<Object>, Integer> rowIndex = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowIndex.put(java.util.Arrays.asList(rows.get(r).group(), rows.get(r).period()), r);
        }
        int[] rowOf = new int[results.size()];
        for (int i = 0; i < rowOf.length; i++) {
            rowOf[i] = groups[i] == null ? -1 : rowIndex.get(java.util.Arrays.asList(groups[i], periods[i]));
        }
        return new Counted(rows, rowOf, dating.undated(), dating.firstUndated(), problems);
    }

    /**
     * Per unit of the results, its group: its value of column {@code groupBy}, "" for none (as {@code summarize
     * --group-by} and {@code terms --by group} read it). A file that cannot be read again gives its units none.
     */
    public static String[] groups(ResultStore results, List<DocumentInput> documents, String groupBy) {
        List<String>[] kept = kept(results, documents, List.of(groupBy), new ArrayList<>());
        String[] groups = new String[results.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = group(kept[i]);
        }
        return groups;
    }

    /** The columns of the table files among {@code documents} (each sheet's as read), in their first-seen order. */
    static List<String> columns(List<DocumentInput> documents) {
        Set<String> columns = new LinkedHashSet<>();
        for (DocumentInput document : documents) {
            if (document.file() != null && TextInput.format(document.file()).isTable()) {
                try {
                    columns.addAll(TablePreview.of(document.file(), document.sheet(), 5).columns());
                } catch (InputProblem e) {
                    // A file that can no longer be read offers no columns; counting by one says why.
                }
            }
        }
        columns.remove("");
        return List.copyOf(columns);
    }

    /** The group in a unit's kept values, the group column's first: "" for none. */
    private static String group(List<String> values) {
        String value = value(values, 0);
        return value == null ? "" : value;
    }

    private static String value(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    /**
     * Per unit, the values of {@code keep} in its record (null for none): each table file read again with one unit
     * per record, its records matched to the units by their record number.
     */
    @SuppressWarnings("unchecked")
    private static List<String>[] kept(ResultStore results, List<DocumentInput> documents, List<String> keep,
                                       List<String> problems) {
        List<String>[] kept = new List[results.size()];
        if (keep.isEmpty()) {
            return kept;
        }
        for (int d = 0; d < results.documents() && d < documents.size(); d++) {
            DocumentInput document = documents.get(d);
            if (document.file() == null || !TextInput.format(document.file()).isTable()
                    || !document.name().equals(results.documentName(d))) {
                continue;
            }
            int start = results.documentStart(d);
            int end = start + results.documentSize(d);
            int[] next = {start};
            try {
                TextInput.read(document.file(), document.options(SplitMode.NONE, keep), new UnitSink() {
                    @Override
                    public void unit(TextUnit unit) {
                        int i = next[0];
                        while (i < end && results.record(i) < unit.record()) {
                            i++;
                        }
                        while (i < end && results.record(i) == unit.record()) {
                            kept[i++] = unit.kept();
                        }
                        next[0] = i;
                    }

                    @Override
                    public void warning(String message) {
                        // A missing column leaves its values empty, as in summarize.
                    }
                });
            } catch (InputProblem e) {
                problems.add(e.getMessage() + " Its units have no " + String.join(" or ", keep) + " here.");
            }
        }
        return kept;
    }
}
