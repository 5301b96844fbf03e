package org.sentigrid.desktop.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.format.KeptOutput;
import org.sentigrid.format.Output;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.RowFormat;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.xlsx.XlsxResults;

/**
 * Writes results and summaries to files, in the background. A file appears under its name only when
 * it is complete: a failed export leaves no half file.
 */
public final class Exporter {
    private Exporter() {
    }

    /** A picture (a chart's snapshot) as PNG. */
    public static void writePng(Image image, Path file) throws IOException {
        try (Output output = Output.open(file)) {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", output.stream())) {
                throw new IOException("no PNG writer is available");
            }
            output.commit();
        }
    }

    /**
     * The results as {@code sentigrid analyze} writes them (same columns, same bytes), labelled under
     * {@code threshold}; {@code results} is a {@link ResultStore#copy}.
     */
    public static void writeResults(ResultStore results, double threshold, RowFormat format, Path file) throws IOException {
        writeResults(results, IntStream.range(0, results.size()).toArray(), threshold, format, file);
    }

    /** Only the results at {@code indices}, in that order (the rows a filtered or sorted table shows), each as above. */
    public static void writeResults(ResultStore results, int[] indices, double threshold, RowFormat format, Path file)
            throws IOException {
        try (Output output = Output.open(file)) {
            ResultWriter writer = new ResultWriter(output.stream(), format, false);
            for (int i : indices) {
                writer.write(new ScoredUnit(results.textUnit(i), results.scores(i),
                        SentimentLabel.of(results.compound(i), threshold), null));
            }
            output.commit();
        }
    }

    /**
     * The results at {@code indices}, in that order, as an Excel workbook, by the code of {@code analyze --format xlsx}:
     * a results sheet (numbers as numbers) and a summary sheet with a row per document.
     */
    public static void writeXlsx(ResultStore results, int[] indices, double threshold, Path file) throws IOException {
        try (Output output = Output.open(file); XlsxResults workbook = new XlsxResults(KeptOutput.NONE)) {
            for (int i : indices) {
                workbook.add(new ScoredUnit(results.textUnit(i), results.scores(i),
                        SentimentLabel.of(results.compound(i), threshold), null));
            }
            workbook.write(output.stream());
            output.commit();
        }
    }

    /** One CSV row per document: units, mean compound and the share of each label. */
    public static void writeSummary(List<DocumentSummary> summaries, Path file) throws IOException {
        try (Output output = Output.open(file)) {
            Writer writer = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                csv.printRecord("document", "units", "mean_compound", "positive_share", "neutral_share", "negative_share");
                for (DocumentSummary summary : summaries) {
                    csv.printRecord(summary.document(), summary.units(),
                            Double.isNaN(summary.meanCompound()) ? "" : decimal(summary.meanCompound()),
                            decimal(summary.positive()), decimal(summary.neutral()), decimal(summary.negative()));
                }
                csv.flush();
                output.commit();
            }
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
