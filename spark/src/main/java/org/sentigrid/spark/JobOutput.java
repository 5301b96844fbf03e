package org.sentigrid.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sentigrid.format.Output;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.RowFormat;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.text.TextUnit;

/** Writes the job's pieces' records, numbered in piece order, with analyze's record writer (or as Parquet rows). */
final class JobOutput {
    /** The job's Parquet rows: analyze's columns, the scores as {@link SentigridFunctions#SCORES} has them. */
    static final StructType RECORD = new StructType()
            .add("source", DataTypes.StringType, false).add("unit", DataTypes.LongType, false)
            .add("text", DataTypes.StringType, false)
            .add("neg", SentigridFunctions.SCORES.apply("neg").dataType(), false)
            .add("neu", SentigridFunctions.SCORES.apply("neu").dataType(), false)
            .add("pos", SentigridFunctions.SCORES.apply("pos").dataType(), false)
            .add("compound", SentigridFunctions.SCORES.apply("compound").dataType(), false)
            .add("label", DataTypes.StringType, false)
            .add("record", DataTypes.LongType, true)
            .add("start", DataTypes.LongType, false).add("end", DataTypes.LongType, false);

    private JobOutput() {
    }

    /**
     * One file, written by the driver as analyze writes it, in one pass: each slice of pieces is scored and
     * formatted by a job of its own, up to {@code ahead} of them at once, submitted in order (so that Spark
     * runs them in order), and the driver numbers and writes their records as they come, in order.
     */
    static void singleFile(JavaSparkContext context, List<List<Piece>> slices, Function<Piece, PieceRecords> format,
                           Numbering numbering, RowFormat rows, Path file, int ahead) throws IOException {
        try (Output output = Output.open(file)) {
            ResultWriter writer = new ResultWriter(output.stream(), rows, false);
            Deque<JavaFutureAction<List<PieceRecords>>> scoring = new ArrayDeque<>();
            try {
                for (int next = 0; next < slices.size() || !scoring.isEmpty(); ) {
                    while (next < slices.size() && scoring.size() < ahead) {
                        scoring.add(context.parallelize(slices.get(next++), 1).map(format).collectAsync());
                    }
                    for (PieceRecords piece : result(scoring.remove())) {
                        numbering.count(piece.index, piece.size());
                        numbering.write(piece, writer);
                    }
                }
            } finally {
                scoring.forEach(job -> job.cancel(true));
            }
            writer.flush();
            output.commit();
        }
    }

    /** A slice's records; a failed job's exception as it was thrown. */
    private static List<PieceRecords> result(JavaFutureAction<List<PieceRecords>> slice) {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the scores", e);
        }
    }

    /**
     * A part file per partition, written where it was scored: part-00000 has the header, and the files in
     * name order hold the records in input order. The partitions' records are kept (by Spark's block
     * manager) from the job that scores them and counts their units to the job that numbers and writes
     * them, which in local mode reads nothing else (a local checkpoint). The directory must be one every
     * executor can write to.
     */
    static void partFiles(JavaRDD<PieceRecords> records, Numbering numbering, RowFormat rows, Path directory) throws IOException {
        Files.createDirectories(directory);
        String where = directory.toAbsolutePath().toString();
        String extension = rows.name().toLowerCase(Locale.ROOT);
        JavaRDD<PieceRecords> kept = records.persist(StorageLevel.MEMORY_AND_DISK());
        boolean local = kept.context().isLocal();
        if (local) {
            // The executor is this JVM: kept records are lost only with the job itself, so the writing job may
            // read them alone, its tasks no longer carrying (and the executor decoding) the input a second time.
            kept.rdd().localCheckpoint();
        }
        try {
            numbering.countAll(kept.map(PieceRecords::size).collect());
            kept.mapPartitionsWithIndex((partition, pieces) -> {
                Path part = Path.of(where, String.format(Locale.ROOT, "part-%05d.%s", partition, extension));
                try (Output output = Output.open(part)) {
                    ResultWriter writer = partition == 0 ? new ResultWriter(output.stream(), rows, false)
                            : ResultWriter.continuing(output.stream(), rows);
                    while (pieces.hasNext()) {
                        numbering.write(pieces.next(), writer);
                    }
                    writer.flush();
                    output.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + part + ": " + e.getMessage(), e);
                }
                return List.<Integer>of().iterator();
            }, true).count();
        } catch (Exception e) { // a failed task comes back as a SparkException, which Java cannot name here
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof UncheckedIOException)) {
                cause = cause.getCause();
            }
            throw new IOException(cause.getMessage(), e);
        } finally {
            if (!local) { // a local checkpoint's blocks go when Spark's cleaner collects the RDD (unpersisting it is warned about)
                kept.unpersist(false);
            }
        }
    }

    /** Parquet, with Spark's writer, into a directory that does not exist or is empty. */
    static void parquet(SparkSession spark, JavaRDD<ScoredPiece> scored, Numbering numbering, Path directory) {
        JavaRDD<ScoredPiece> kept = scored.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            numbering.countAll(kept.map(ScoredPiece::size).collect());
            spark.createDataFrame(rows(kept, numbering), RECORD).write().mode(SaveMode.Overwrite).parquet(directory.toString());
        } finally {
            kept.unpersist(false);
        }
    }

    private static JavaRDD<Row> rows(JavaRDD<ScoredPiece> scored, Numbering numbering) {
        return scored.flatMap(piece -> {
            List<Row> rows = new ArrayList<>(piece.size());
            for (int i = 0; i < piece.size(); i++) {
                ScoredUnit scoredUnit = numbering.unit(piece, i);
                TextUnit unit = scoredUnit.unit();
                rows.add(RowFactory.create(unit.source(), unit.unit(), unit.text(),
                        SentigridFunctions.proportion(scoredUnit.scores().neg()),
                        SentigridFunctions.proportion(scoredUnit.scores().neu()),
                        SentigridFunctions.proportion(scoredUnit.scores().pos()),
                        SentigridFunctions.compound(scoredUnit.scores().compound()),
                        scoredUnit.label().id(), unit.record() == 0 ? null : unit.record(), unit.start(), unit.end()));
            }
            return rows.iterator();
        });
    }
}
