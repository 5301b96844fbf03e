package org.sentigrid.spark;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.RegionSink;
import org.sentigrid.text.Source;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;

/**
 * The job's inputs, read on the driver into pieces in input order: text, CSV/TSV and JSON Lines exactly
 * as {@code analyze} reads them (its reader: the same sources, units, offsets and warnings), Parquet
 * through Spark (a file or a directory whose name ends in .parquet, its {@code --column} cut into units
 * as a CSV cell is). Plain text goes as regions of bytes, split and scored on the executors.
 */
final class JobInput {
    /** Units read on the driver go to the executors in pieces of about this many chars, or of at most this many units. */
    private static final int PIECE_CHARS = 1 << 20;
    private static final int PIECE_UNITS = 8192;

    private final InputOptions options;
    private final Consumer<String> problems;
    private final Consumer<String> warnings;
    private final List<String> names = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private int unreadable;

    /**
     * @param problems told about each input that cannot be read (one sentence), which is then left out
     * @param warnings told about what is skipped or guessed (a line without the field, a fallback decoding)
     */
    JobInput(InputOptions options, Consumer<String> problems, Consumer<String> warnings) {
        this.options = options;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** Reads each argument's sources in order. */
    void read(SparkSession spark, List<String> arguments) {
        for (String argument : arguments) {
            if (argument.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                readParquet(spark, argument);
            } else {
                for (Source source : TextInput.expand(List.of(argument), warnings)) {
                    readText(source);
                }
            }
        }
    }

    /** The sources' names, by position: a source named twice is read twice, and numbers its units anew. */
    List<String> sourceNames() {
        return names;
    }

    List<Piece> pieces() {
        return pieces;
    }

    int sources() {
        return names.size();
    }

    int unreadable() {
        return unreadable;
    }

    private void readText(Source source) {
        int index = names.size();
        names.add(source.name());
        TextInput.Format format = TextInput.format(source);
        if (format == TextInput.Format.DOCUMENT || format == TextInput.Format.SPREADSHEET) {
            // Their libraries (POI, PDFBox, jsoup) are not in the job's jar, to keep it clear of Spark's own.
            fail(source.name() + " is a " + (format == TextInput.Format.DOCUMENT ? "document" : "spreadsheet")
                    + ", which the Spark job does not read; save it as plain text or CSV first, or score it with sentigrid analyze.");
            return;
        }
        Pieces sink = new Pieces(index);
        try {
            TextInput.read(source, options, sink);
        } catch (InputProblem problem) {
            fail(problem.getMessage()); // what was read before stays, as analyze keeps what it wrote
        }
        sink.flush();
    }

    private void readParquet(SparkSession spark, String path) {
        int index = names.size();
        names.add(path);
        String column = options.column();
        if (column == null) {
            fail(path + " is Parquet: name the column that holds the text with --column.");
            return;
        }
        Dataset<Row> table;
        try {
            table = spark.read().parquet(path);
        } catch (RuntimeException e) {
            fail("cannot read " + path + " as Parquet: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (!Arrays.asList(table.columns()).contains(column)) {
            fail(path + " has no column '" + column + "'; its columns are: " + String.join(", ", table.columns()) + ".");
            return;
        }
        if (!table.schema().apply(column).dataType().equals(DataTypes.StringType)) {
            fail("the column '" + column + "' of " + path + " holds " + table.schema().apply(column).dataType().simpleString()
                    + ", not text.");
            return;
        }
        Pieces sink = new Pieces(index);
        long record = 0;
        long units = 0;
        for (Iterator<Row> rows = table.select(column).toLocalIterator(); rows.hasNext(); ) {
            Row row = rows.next();
            record++;
            if (row.isNullAt(0)) {
                continue;
            }
            for (TextUnit unit : SentigridFunctions.split(row.getString(0), options.split(), 0)) {
                sink.unit(new TextUnit(path, ++units, unit.text(), record, unit.start(), unit.end()));
            }
        }
        sink.flush();
    }

    private void fail(String problem) {
        problems.accept(problem);
        unreadable++;
    }

    /** One source's regions and units, as pieces. */
    private final class Pieces implements RegionSink {
        private final int source;
        private final List<TextUnit> pending = new ArrayList<>();
        private long pendingChars;
        private final List<Piece> regions = new ArrayList<>();

        Pieces(int source) {
            this.source = source;
        }

        @Override
        public void unit(TextUnit unit) {
            pending.add(unit);
            pendingChars += unit.text().length();
            if (pendingChars >= PIECE_CHARS || pending.size() >= PIECE_UNITS) {
                flush();
            }
        }

        @Override
        public void region(byte[] bytes, Charset charset, long charOffset) {
            flush();
            Piece region = Piece.region(pieces.size(), source, bytes, charset, options.split(), charOffset);
            pieces.add(region);
            regions.add(region);
        }

        /** Asked only when a line longer than a region ends the regions of a file: the rest goes as units. */
        @Override
        public long unitsSoFar() {
            return regions.stream().mapToLong(region -> region.units().size()).sum();
        }

        @Override
        public void warning(String message) {
            warnings.accept(message);
        }

        void flush() {
            if (!pending.isEmpty()) {
                pieces.add(Piece.units(pieces.size(), source, pending));
                pending.clear();
                pendingChars = 0;
            }
        }
    }
}
