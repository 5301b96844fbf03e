package org.sentigrid.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * The rows of a table with a gold column, in file order: each row's record number, text, gold value, and
 * compound by each engine. A row is scored whole, or with {@link SplitMode#SENTENCES} as the mean compound of its
 * sentences. Rows without text are not here.
 */
public final class GoldRows {
    private final List<EngineMode> engines;
    private final List<Long> records = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> gold = new ArrayList<>();
    /** [engine][row] */
    private final List<List<Double>> compound = new ArrayList<>();
    /** Whether a row had the gold column at all (a row may still leave it empty). */
    private boolean goldColumnSeen;

    private GoldRows(List<EngineMode> engines) {
        this.engines = List.copyOf(engines);
        engines.forEach(engine -> compound.add(new ArrayList<>()));
    }

    /**
     * Reads and scores the rows of {@code source}, with one analyzer per engine.
     *
     * @param warnings told each warning about the source (a short row, a fallback decoding)
     * @throws InputProblem when the source cannot be read, or lacks the columns
     */
    public static GoldRows read(Source source, GoldTable table, SplitMode split, List<SentimentAnalyzer> analyzers,
                                Consumer<String> warnings) throws InputProblem {
        GoldRows rows = new GoldRows(analyzers.stream().map(SentimentAnalyzer::mode).toList());
        TextInput.Format format = GoldTable.format(source);
        if (format == TextInput.Format.DOCUMENT) {
            throw new InputProblem(source.name() + " is a document, which has no columns; evaluate reads a table with a text"
                    + " column and a gold column.");
        }
        RowSink sink = new RowSink(rows, analyzers, warnings);
        TextInput.readAs(source, format, table.options(source, split), sink);
        sink.endRow();
        return rows;
    }

    /** Gathers each row's units (they come in order) and adds the row when the next begins. */
    private static final class RowSink implements UnitSink {
        private final GoldRows rows;
        private final List<SentimentAnalyzer> analyzers;
        private final Consumer<String> warnings;
        private final double[] sums;
        private final StringBuilder text = new StringBuilder();
        private long record = -1;
        private String gold;
        private int units;

        RowSink(GoldRows rows, List<SentimentAnalyzer> analyzers, Consumer<String> warnings) {
            this.rows = rows;
            this.analyzers = analyzers;
            this.warnings = warnings;
            this.sums = new double[analyzers.size()];
        }

        @Override
        public void unit(TextUnit unit) {
            if (unit.record() != record) {
                endRow();
                record = unit.record();
                gold = unit.kept(0) == null ? "" : unit.kept(0);
                rows.goldColumnSeen |= unit.kept(0) != null;
            }
            text.append(text.isEmpty() ? "" : " ").append(unit.text());
            for (int e = 0; e < sums.length; e++) {
                sums[e] += analyzers.get(e).score(unit.text()).compound();
            }
            units++;
        }

        @Override
        public void warning(String message) {
            warnings.accept(message);
        }

        void endRow() {
            if (units == 0) {
                return;
            }
            rows.records.add(record);
            rows.texts.add(text.toString());
            rows.gold.add(gold);
            for (int e = 0; e < sums.length; e++) {
                rows.compound.get(e).add(sums[e] / units);
                sums[e] = 0;
            }
            text.setLength(0);
            units = 0;
        }
    }

    /** Whether any row has the gold column: false when the source has no such column. */
    public boolean hasGoldColumn() {
        return goldColumnSeen;
    }

    public List<EngineMode> engines() {
        return engines;
    }

    public int size() {
        return records.size();
    }

    /** The row's CSV/TSV data row or JSON Lines line, from 1. */
    public long record(int row) {
        return records.get(row);
    }

    /** Its text (its sentences joined by a space when split). */
    public String text(int row) {
        return texts.get(row);
    }

    /** Its gold value as written. */
    public String gold(int row) {
        return gold.get(row);
    }

    public double compound(int engine, int row) {
        return compound.get(engine).get(row);
    }

    /** The rows whose gold is a rating, paired with one engine's compound. */
    public Rated rated(int engine) {
        Selection selection = new Selection();
        List<Double> ratings = new ArrayList<>();
        for (int row = 0; row < size(); row++) {
            double rating = GoldType.rating(gold(row));
            if (selection.take(row, gold(row), !Double.isNaN(rating))) {
                ratings.add(rating);
            }
        }
        return new Rated(selection.rows(), compounds(engine, selection.rows()),
                ratings.stream().mapToDouble(Double::doubleValue).toArray(), selection.leftOut("a number"));
    }

    /** The rows whose gold is a label, paired with one engine's compound. */
    public Labelled labelled(int engine, GoldLabels labels) {
        Selection selection = new Selection();
        List<SentimentLabel> gold = new ArrayList<>();
        for (int row = 0; row < size(); row++) {
            SentimentLabel label = labels.label(gold(row));
            if (selection.take(row, gold(row), label != null)) {
                gold.add(label);
            }
        }
        return new Labelled(selection.rows(), compounds(engine, selection.rows()),
                gold.toArray(SentimentLabel[]::new), selection.leftOut("a label"));
    }

    /**
     * The rows whose gold is a rating, labelled by its sign (above 0 positive, below 0 negative, 0 neutral), paired
     * with one engine's compound: how ratings are read as labels, as the VADER paper classifies its corpora.
     */
    public Labelled labelledBySign(int engine) {
        Rated rated = rated(engine);
        SentimentLabel[] gold = new SentimentLabel[rated.gold().length];
        for (int i = 0; i < gold.length; i++) {
            double rating = rated.gold()[i];
            gold[i] = rating > 0 ? SentimentLabel.POSITIVE : rating < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        }
        return new Labelled(rated.rows(), rated.compound(), gold, rated.leftOut());
    }

    private double[] compounds(int engine, int[] rows) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = compound(engine, rows[i]);
        }
        return values;
    }

    /** Rows with a usable gold value, and what is said of the others. */
    private final class Selection {
        private final List<Integer> taken = new ArrayList<>();
        private int empty;
        private int unreadable;
        private int firstUnreadable = -1;

        boolean take(int row, String value, boolean usable) {
            if (usable) {
                taken.add(row);
            } else if (value.isBlank()) {
                empty++;
            } else if (unreadable++ == 0) {
                firstUnreadable = row;
            }
            return usable;
        }

        int[] rows() {
            return taken.stream().mapToInt(Integer::intValue).toArray();
        }

        /** One sentence for each kind of row left out; empty when none was. */
        List<String> leftOut(String kind) {
            List<String> said = new ArrayList<>();
            if (empty > 0) {
                said.add(count(empty) + " no gold value; left out.");
            }
            if (unreadable > 0) {
                said.add(count(unreadable) + " a gold value that is not " + kind + " (the first: record "
                        + record(firstUnreadable) + ", \"" + gold(firstUnreadable).strip() + "\"); left out.");
            }
            return said;
        }

        private static String count(int rows) {
            return rows == 1 ? "1 row has" : String.format(java.util.Locale.ENGLISH, "%,d rows have", rows);
        }
    }

    /** Rows with a rating: indexes into the {@link GoldRows}, their compound and their rating. */
    public record Rated(int[] rows, double[] compound, double[] gold, List<String> leftOut) {
        public RatingAgreement agreement() {
            return RatingAgreement.of(compound, gold);
        }
    }

    /** Rows with a label: indexes into the {@link GoldRows}, their compound and their label. */
    public record Labelled(int[] rows, double[] compound, SentimentLabel[] gold, List<String> leftOut) {
        public LabelAgreement agreement(double threshold) {
            return LabelAgreement.of(compound, gold, threshold);
        }
    }
}
