package org.sentigrid.desktop.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.evaluate.GoldLabels;
import org.sentigrid.evaluate.GoldRows;
import org.sentigrid.evaluate.GoldTable;
import org.sentigrid.evaluate.GoldType;
import org.sentigrid.evaluate.LabelAgreement;
import org.sentigrid.evaluate.RatingAgreement;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextUnit;

/**
 * The Evaluate tab: a table with a gold column, each row scored whole by both engines once, and how the engine
 * chosen agrees with the gold at the threshold chosen (both follow the main window's). Ratings are also read as
 * labels by their sign, so that they have a confusion matrix and a threshold curve too.
 */
public final class EvaluateViewModel {
    /** The VADER paper's corpora, shipped as examples: id, rating, text. */
    public static final List<String> EXAMPLES = List.of("tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt",
            "amazonReviewSnippets_GroundTruth.txt", "nytEditorialSnippets_GroundTruth.txt");

    /** A row of the table under the matrix. */
    public record Row(long record, String gold, double compound, SentimentLabel label, String text) {
    }

    /** What the charts draw: compound against the gold rating (empty for labels), and the fit's line. */
    public record Scatter(double[] compound, double[] gold, double intercept, double slope) {
        static final Scatter NONE = new Scatter(new double[0], new double[0], 0, 0);
    }

    /** Shows a cell's rows in the main table: every row measured as a unit, and which of them ({@code cell}) are the cell's. */
    public interface CellRows {
        void show(String source, EngineMode engine, List<TextUnit> units, int[] cell, String what);
    }

    private final Executor background;
    private CellRows mainTable = (source, engine, units, cell, what) -> { };
    private final ObjectProperty<EngineMode> engine = new SimpleObjectProperty<>(this, "engine", EngineMode.VADER);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", SentimentLabel.DEFAULT_THRESHOLD);
    private final StringProperty textColumn = new SimpleStringProperty(this, "textColumn", "");
    private final StringProperty goldColumn = new SimpleStringProperty(this, "goldColumn", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "Open a table with a gold column, or an example (File › Open example).");
    private final ReadOnlyObjectWrapper<LabelAgreement> labels = new ReadOnlyObjectWrapper<>(this, "labels");
    private final ReadOnlyObjectWrapper<Scatter> scatter = new ReadOnlyObjectWrapper<>(this, "scatter", Scatter.NONE);
    private final ObservableList<Row> cellRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cell = new ReadOnlyStringWrapper(this, "cell", "");
    private String source;
    private GoldRows rows;
    private GoldRows.Labelled labelled;
    private Path examples;

    public EvaluateViewModel(Executor background) {
        this.background = background;
        engine.addListener(observable -> measure());
        threshold.addListener(observable -> measure());
    }

    /** Opens a shipped corpus: text in column 3, the rating in column 2. */
    public void openExample(String name) {
        textColumn.set("3");
        goldColumn.set("2");
        summary.set("Opening " + name + "…");
        background.execute(() -> {
            try {
                read(new Source(name, example(name)));
            } catch (IOException e) {
                Platform.runLater(() -> summary.set("Could not open the example " + name + ": " + e.getMessage()));
            }
        });
    }

    /** Reads and scores {@code file} in the background, with the text and gold columns typed. */
    public void open(Path file) {
        if (textColumn.get().isBlank() || goldColumn.get().isBlank()) {
            summary.set("Type the text column and the gold column first (a header, or a number from 1 in a .txt file).");
            return;
        }
        summary.set("Opening " + file.getFileName() + "…");
        background.execute(() -> read(new Source(file.toString(), file)));
    }

    private void read(Source file) {
        List<String> warnings = new ArrayList<>();
        try {
            GoldRows read = GoldRows.read(file, new GoldTable(textColumn.get().strip(), goldColumn.get().strip()),
                    SplitMode.NONE, List.of(SentimentAnalyzer.of(EngineMode.VADER), SentimentAnalyzer.of(EngineMode.NLTK)),
                    warnings::add);
            String name = file.path().getFileName().toString();
            Platform.runLater(() -> {
                source = name;
                rows = read;
                measure();
            });
        } catch (InputProblem problem) {
            Platform.runLater(() -> summary.set(problem.getMessage()));
        }
    }

    /** The example copied out of the app (once per window) to a file of its own, as a document would be. */
    private synchronized Path example(String name) throws IOException {
        if (examples == null) {
            examples = Files.createTempDirectory("sentigrid-examples");
            examples.toFile().deleteOnExit();
        }
        Path file = examples.resolve(name);
        try (InputStream in = EvaluateViewModel.class.getResourceAsStream("/org/sentigrid/examples/" + name)) {
            if (in == null) {
                throw new IOException("it is not in this build");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** Measures again for the engine and threshold chosen; the cell shown is cleared. */
    private void measure() {
        cellRows.clear();
        cell.set("");
        if (rows == null) {
            return;
        }
        int index = rows.engines().indexOf(engine.get());
        GoldType type = GoldType.guess(rows);
        String head = String.format(Locale.ENGLISH, "%s, %s: ", source, engine.get().id());
        if (type == GoldType.RATING) {
            GoldRows.Rated rated = rows.rated(index);
            if (rated.rows().length < 2) {
                nothing(head + "fewer than two rows have a rating.");
                return;
            }
            RatingAgreement r = rated.agreement();
            scatter.set(new Scatter(rated.compound(), rated.gold(), r.intercept(), r.slope()));
            labelled = rows.labelledBySign(index);
            LabelAgreement l = labelled.agreement(threshold.get());
            labels.set(l);
            summary.set(head + String.format(Locale.ENGLISH,
                    "%,d rows rated; Pearson r %.4f (95%% CI %.4f to %.4f), Spearman rho %.4f, MAE after the fit %.4f."
                            + " As labels by the rating's sign: accuracy %.4f, macro-F1 %.4f at ±%.2f; best ±%.2f (%.4f).",
                    r.n(), r.pearson(), r.pearson95().low(), r.pearson95().high(), r.spearman(), r.mae(),
                    l.confusion().accuracy(), l.confusion().macroF1(), l.threshold(), l.best().threshold(), l.best().macroF1()));
        } else {
            labelled = rows.labelled(index, GoldLabels.names());
            if (labelled.rows().length == 0) {
                nothing(head + "no row has a gold label (positive, neutral or negative).");
                return;
            }
            scatter.set(Scatter.NONE);
            LabelAgreement l = labelled.agreement(threshold.get());
            labels.set(l);
            summary.set(head + String.format(Locale.ENGLISH, "%,d rows labelled; accuracy %.4f, macro-F1 %.4f at ±%.2f;"
                    + " best ±%.2f (%.4f).", l.n(), l.confusion().accuracy(), l.confusion().macroF1(), l.threshold(),
                    l.best().threshold(), l.best().macroF1()));
        }
    }

    private void nothing(String message) {
        labels.set(null);
        scatter.set(Scatter.NONE);
        summary.set(message);
    }

    /** Shows the rows of one cell of the confusion matrix in the table. */
    public void showCell(SentimentLabel gold, SentimentLabel predicted) {
        if (labelled == null || labels.get() == null) {
            return;
        }
        int engineIndex = rows.engines().indexOf(engine.get());
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < labelled.rows().length; i++) {
            SentimentLabel label = SentimentLabel.of(labelled.compound()[i], threshold.get());
            if (labelled.gold()[i] == gold && label == predicted) {
                int row = labelled.rows()[i];
                shown.add(new Row(rows.record(row), rows.gold(row), rows.compound(engineIndex, row), label, rows.text(row)));
            }
        }
        cellRows.setAll(shown);
        cell.set(String.format(Locale.ENGLISH, "%,d rows: gold %s, scored %s", shown.size(), gold.id(), predicted.id()));
        List<TextUnit> units = new ArrayList<>(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            units.add(new TextUnit(source, row + 1, rows.text(row), rows.record(row), 0, rows.text(row).length()));
        }
        int[] inCell = new int[shown.size()];
        int next = 0;
        for (int i = 0; i < labelled.rows().length; i++) {
            if (labelled.gold()[i] == gold && SentimentLabel.of(labelled.compound()[i], threshold.get()) == predicted) {
                inCell[next++] = labelled.rows()[i];
            }
        }
        mainTable.show(source, engine.get(), units, inCell,
                String.format(Locale.ENGLISH, "cell gold %s × scored %s of %s", gold.id(), predicted.id(), source));
    }

    /** Where a cell's rows are shown besides the tab's own table: the main table. */
    public void setMainTable(CellRows rows) {
        mainTable = rows;
    }

    public ObjectProperty<EngineMode> engineProperty() {
        return engine;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty textColumnProperty() {
        return textColumn;
    }

    public StringProperty goldColumnProperty() {
        return goldColumn;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The labels' agreement at the threshold (null before a table is measured). */
    public ReadOnlyObjectProperty<LabelAgreement> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scatter> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /** The rows of the cell last clicked. */
    public ObservableList<Row> cellRows() {
        return FXCollections.unmodifiableObservableList(cellRows);
    }

    /** Which cell the table shows, e.g. "12 rows: gold negative, scored positive". */
    public ReadOnlyStringProperty cellProperty() {
        return cell.getReadOnlyProperty();
    }
}
