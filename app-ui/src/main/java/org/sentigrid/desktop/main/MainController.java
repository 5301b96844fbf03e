package org.sentigrid.desktop.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.sentigrid.api.EngineMode;
import org.sentigrid.desktop.charts.ArcChart;
import org.sentigrid.desktop.charts.CanvasChart;
import org.sentigrid.desktop.charts.ChartOrTable;
import org.sentigrid.desktop.charts.ChartPalette;
import org.sentigrid.desktop.evaluate.EvaluateController;
import org.sentigrid.desktop.charts.CompoundBarChart;
import org.sentigrid.desktop.charts.HistogramChart;
import org.sentigrid.desktop.charts.LabelMixChart;
import org.sentigrid.desktop.explain.ExplainViewModel;
import org.sentigrid.desktop.groups.GroupsController;
import org.sentigrid.desktop.groups.TimeController;
import org.sentigrid.desktop.explain.ExplanationView;
import org.sentigrid.desktop.prefs.AppPreferences;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.desktop.results.RowQuery;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.SplitMode;

/** Binds the main window to its view models and forwards the user's actions; it does no work itself. */
public final class MainController {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    /** How the arc's window box shows {@link ArcChart#AUTO_WINDOW}. */
    private static final String AUTO = "auto";

    private final MainViewModel model;
    private final StatusViewModel status;
    private final SettingsViewModel settings;
    private final DocumentsViewModel documents;
    private final ResultsViewModel results;
    private final TableFilterViewModel filter;
    private final JobViewModel job;
    private final ExportViewModel export;
    private final ExplainViewModel explain;
    private final AppPreferences preferences;

    @FXML private StackPane root;
    @FXML private ChoiceBox<EngineMode> engineChoice;
    @FXML private ChoiceBox<SplitMode> splitChoice;
    @FXML private Spinner<Double> thresholdSpinner;
    @FXML private Button analyzeButton;
    @FXML private Button cancelButton;
    @FXML private MenuButton fileMenu;
    @FXML private MenuButton helpMenu;
    @FXML private MenuItem resumeItem;
    @FXML private MenuItem discardItem;
    @FXML private ToggleButton darkToggle;
    @FXML private ListView<DocumentItem> documentList;
    @FXML private TextArea editor;
    @FXML private TabPane viewTabs;
    @FXML private Tab barsTab;
    @FXML private Tab arcTab;
    @FXML private Tab mixTab;
    @FXML private Tab histogramTab;
    @FXML private Tab evaluateTab;
    @FXML private Tab groupsTab;
    @FXML private Tab timeTab;
    @FXML private GroupsController groupsController;
    @FXML private TimeController timeController;
    @FXML private Button onlyShownButton;
    @FXML private EvaluateController evaluateController;
    @FXML private StackPane barsHolder;
    @FXML private StackPane arcHolder;
    @FXML private StackPane mixHolder;
    @FXML private StackPane histogramHolder;
    @FXML private Spinner<Integer> arcWindowSpinner;
    @FXML private TextField filterField;
    @FXML private ToggleButton positiveToggle;
    @FXML private ToggleButton neutralToggle;
    @FXML private ToggleButton negativeToggle;
    @FXML private TableView<ResultRow> resultTable;
    @FXML private Label rowCountLabel;
    @FXML private ExplanationView explanationView;
    @FXML private TableView<DocumentSummary> summaryTable;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label statusLabel;
    @FXML private Label dropOverlay;

    private CompoundBarChart bars;
    private ArcChart arc;
    private LabelMixChart mix;
    private HistogramChart histogram;
    private boolean selecting;
    /** The window's shortcuts that are no menu's accelerators, with what they do. */
    private final java.util.Map<KeyCombination, String> shortcuts = new java.util.LinkedHashMap<>();

    public MainController(MainViewModel model, ExplainViewModel explain, AppPreferences preferences) {
        this.model = model;
        this.status = model.status();
        this.settings = model.settings();
        this.documents = model.documents();
        this.results = model.results();
        this.filter = model.filter();
        this.job = model.job();
        this.export = model.export();
        this.explain = explain;
        this.preferences = preferences;
    }

    @FXML
    private void initialize() {
        bindSettings();
        bindDocuments();
        bindCharts();
        bindTable();
        bindSummary();
        bindStatus();
        bindDragAndDrop();
        documents.setColumnChooser((file, preview) -> ColumnDialog.ask(window(), file, preview));
        status.notices().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::notify);
            }
        });
        explain.explainedProperty().addListener((obs, old, now) -> explanationView.show(now));
        bindInterrupted();
    }

    /** A job the app did not finish is offered in a notification (no modal dialog) and in the Session menu. */
    private void bindInterrupted() {
        var offer = model.sessions().interruptedProperty();
        resumeItem.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> offer.get() == null || !offer.get().resumable(), offer));
        discardItem.disableProperty().bind(offer.isNull());
        offer.addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            List<Action> actions = new ArrayList<>();
            if (now.resumable()) {
                actions.add(new Action("Resume", e -> model.sessions().resume()));
            }
            actions.add(new Action("Discard", e -> model.sessions().discard()));
            Notifications.create().owner(window()).title("Sentigrid — interrupted analysis").text(NoticeText.wrapped(now.message()))
                    .action(actions.toArray(Action[]::new)).hideAfter(javafx.util.Duration.seconds(30)).showInformation();
        });
    }

    /** The theme the user chose last time, and the toggle that switches it; called once the scene exists. */
    public void installTheme() {
        darkToggle.setSelected(preferences.darkTheme());
        applyTheme(darkToggle.isSelected());
        darkToggle.selectedProperty().addListener((obs, old, dark) -> {
            applyTheme(dark);
            preferences.darkTheme(dark);
        });
        // On or off shows, as the label filters do: ticked (and lit, by CSS) while the dark theme is on.
        darkToggle.textProperty().bind(javafx.beans.binding.Bindings.when(darkToggle.selectedProperty())
                .then("\u2713 Dark").otherwise("Dark"));
    }

    private void applyTheme(boolean dark) {
        String darkSheet = MainController.class.getResource("/org/sentigrid/desktop/sentigrid-dark.css").toExternalForm();
        var sheets = root.getScene().getStylesheets();
        if (dark && !sheets.contains(darkSheet)) {
            sheets.add(darkSheet);
        } else if (!dark) {
            sheets.remove(darkSheet);
        }
        for (CanvasChart chart : List.of(bars, arc, mix, histogram, groupsController.chart(), timeController.chart())) {
            chart.paletteProperty().set(dark ? ChartPalette.DARK : ChartPalette.LIGHT);
        }
        evaluateController.palette(dark ? ChartPalette.DARK : ChartPalette.LIGHT);
    }

    /**
     * Keyboard shortcuts of the actions that are not menu items (the menus' own accelerators are set in the
     * FXML); called once the scene exists. Help › Keyboard shortcuts lists both.
     */
    public void installShortcuts() {
        shortcut(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), "Analyze", this::analyze);
        shortcut(new KeyCodeCombination(KeyCode.ESCAPE), "Cancel the analysis", this::cancel);
        shortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), "Filter the table by text", filterField::requestFocus);
        shortcut(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), "Open the File menu (export)", fileMenu::show);
        shortcut(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), "Close the window", this::quit);
    }

    private void shortcut(KeyCombination keys, String action, Runnable run) {
        root.getScene().getAccelerators().put(keys, run);
        shortcuts.put(keys, action);
    }

    /** Help › Keyboard shortcuts: every menu accelerator and every other shortcut of the window. */
    @FXML
    private void showShortcuts() {
        ShortcutsDialog.show(window(), List.of(fileMenu, helpMenu), shortcuts);
    }

    private void bindSettings() {
        engineChoice.getItems().setAll(EngineMode.values());
        engineChoice.setConverter(converter(mode -> mode == EngineMode.VADER ? "VADER 3.3.2" : "NLTK 3.8.1"));
        engineChoice.valueProperty().bindBidirectional(settings.engineProperty());
        splitChoice.getItems().setAll(SplitMode.values());
        splitChoice.setConverter(converter(mode -> switch (mode) {
            case SENTENCES -> "Sentences";
            case LINES -> "Lines";
            case NONE -> "Whole documents";
        }));
        splitChoice.valueProperty().bindBidirectional(settings.splitProperty());
        engineChoice.valueProperty().addListener((obs, old, now) -> model.rerunIfAnalyzed());
        splitChoice.valueProperty().addListener((obs, old, now) -> model.rerunIfAnalyzed());
        SpinnerValueFactory.DoubleSpinnerValueFactory threshold = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                SettingsViewModel.MIN_THRESHOLD, SettingsViewModel.MAX_THRESHOLD, settings.thresholdProperty().get(), 0.01);
        // What is typed and is no threshold keeps the value it had (the editor shows it again; the status bar why).
        threshold.setConverter(converter(value -> String.format(Locale.ROOT, "%.2f", value), settings::typedThreshold));
        thresholdSpinner.setValueFactory(threshold);
        threshold.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.thresholdProperty().set(now);
            }
        });
        settings.thresholdProperty().addListener((obs, old, now) -> threshold.setValue(now.doubleValue()));
        // 0 is "auto": a tenth of each document's units.
        SpinnerValueFactory.IntegerSpinnerValueFactory window = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ArcChart.AUTO_WINDOW, 100_000, settings.arcWindowProperty().get(), 5);
        window.setConverter(converter(value -> value == ArcChart.AUTO_WINDOW ? AUTO : String.valueOf(value),
                text -> text.strip().equalsIgnoreCase(AUTO) ? ArcChart.AUTO_WINDOW : parsedOr(text, Integer::valueOf, window.getValue())));
        arcWindowSpinner.setValueFactory(window);
        showsItsValueAfterEditing(thresholdSpinner);
        showsItsValueAfterEditing(arcWindowSpinner);
        window.valueProperty().addListener((obs, old, now) -> settings.arcWindowProperty().set(now));
        settings.arcWindowProperty().addListener((obs, old, now) -> window.setValue(now.intValue()));
        analyzeButton.disableProperty().bind(job.runningProperty());
        cancelButton.disableProperty().bind(job.runningProperty().not());
    }

    private void bindDocuments() {
        documentList.setItems(documents.items());
        documentList.setCellFactory(list -> new DocumentCell());
        documentList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                documents.selectedDocumentProperty().set(now);
            }
        });
        documents.selectedDocumentProperty().addListener((obs, old, now) -> documentList.getSelectionModel().select(now));
        documentList.getSelectionModel().select(documents.selectedDocumentProperty().get());
        documentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                rename();
            }
        });
        editor.textProperty().bindBidirectional(documents.editorTextProperty());
        // A huge paste would hold the text area's layout for seconds: such text goes straight to a document.
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && documents.paste(javafx.scene.input.Clipboard.getSystemClipboard().getString())) {
                e.consume();
            }
        });
        editor.editableProperty().bind(documents.editorEditableProperty());
    }

    private void bindCharts() {
        bars = new CompoundBarChart(results.shownResults());
        arc = new ArcChart(results.shownResults());
        mix = new LabelMixChart(results.shownResults());
        histogram = new HistogramChart(results.shownResults());
        // Each chart with a toggle to the table of its numbers.
        barsHolder.getChildren().add(new ChartOrTable(bars));
        arcHolder.getChildren().add(new ChartOrTable(arc));
        mixHolder.getChildren().add(new ChartOrTable(mix));
        histogramHolder.getChildren().add(new ChartOrTable(histogram));
        for (var chart : List.of(bars.thresholdProperty(), mix.thresholdProperty(), histogram.thresholdProperty())) {
            chart.bind(settings.thresholdProperty());
        }
        arc.windowProperty().bind(settings.arcWindowProperty());
        bars.selectedIndexProperty().bindBidirectional(results.selectedIndexProperty());
        arc.selectedIndexProperty().bindBidirectional(results.selectedIndexProperty());
        // Only the chart in view redraws as results stream in (each redraw reads every unit); the others on showing.
        results.resultsVersionProperty().addListener((obs, old, now) -> chartOf(viewTabs.getSelectionModel().getSelectedItem()).refresh());
        viewTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> chartOf(now).refresh());
    }

    private void bindTable() {
        resultTable.setItems(results.rows());
        // One height for every row: the table never measures a million rows' cells.
        resultTable.setFixedCellSize(24);
        resultTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        resultTable.getColumns().setAll(MainColumns.results(settings.splitProperty(), settings.thresholdProperty()));
        resultTable.setSortPolicy(table -> {
            List<RowQuery.SortKey> keys = new ArrayList<>();
            for (TableColumn<ResultRow, ?> column : table.getSortOrder()) {
                keys.add(new RowQuery.SortKey((RowQuery.Column) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            results.sort(keys);
            return true;
        });
        settings.thresholdProperty().addListener((obs, old, now) -> resultTable.refresh());
        filterField.textProperty().bindBidirectional(filter.filterTextProperty());
        // A chart's group or period, or a matrix cell, limits the table: the button says to which, and shows all again.
        onlyShownButton.visibleProperty().bind(results.onlyShownProperty().isNotEmpty());
        onlyShownButton.managedProperty().bind(onlyShownButton.visibleProperty());
        onlyShownButton.textProperty().bind(javafx.beans.binding.Bindings.concat("Only ", results.onlyShownProperty(), "  ✕"));
        onlyShownButton.setOnAction(e -> results.showAllRows());
        positiveToggle.selectedProperty().bindBidirectional(filter.showPositiveProperty());
        neutralToggle.selectedProperty().bindBidirectional(filter.showNeutralProperty());
        negativeToggle.selectedProperty().bindBidirectional(filter.showNegativeProperty());
        filterField.textProperty().addListener((obs, old, now) -> filter.applyFilter());
        for (ToggleButton toggle : List.of(positiveToggle, neutralToggle, negativeToggle)) {
            toggle.selectedProperty().addListener((obs, old, now) -> filter.applyFilter());
            showsItsState(toggle);
        }
        rowCountLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::rowCount,
                results.rows(), results.unitsShownProperty(), filter.filterTextProperty(), filter.showPositiveProperty(),
                filter.showNeutralProperty(), filter.showNegativeProperty(), results.onlyShownProperty()));
        // The table's selection and the charts' mark are one: the selected unit.
        resultTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            int position = now.intValue();
            if (!selecting && position >= 0 && position < results.rows().size()) {
                selecting = true;
                results.selectedIndexProperty().set(results.rows().indexAt(position));
                selecting = false;
            }
        });
        results.selectedIndexProperty().addListener((obs, old, now) -> {
            int index = now.intValue();
            explainUnit(index);
            if (selecting || index < 0) {
                return;
            }
            int position = results.rows().positionOf(index);
            if (position >= 0) {
                selecting = true;
                resultTable.getSelectionModel().clearAndSelect(position);
                resultTable.scrollTo(Math.max(0, position - 3));
                selecting = false;
            }
        });
    }

    /** A label filter's toggle says whether its rows are shown ("✓ Positive") or hidden (struck out, by CSS). */
    private static void showsItsState(ToggleButton toggle) {
        String label = toggle.getText();
        String rows = label.toLowerCase(Locale.ROOT);
        Runnable show = () -> {
            toggle.setText(toggle.isSelected() ? "\u2713 " + label : label);
            toggle.setTooltip(new javafx.scene.control.Tooltip(toggle.isSelected()
                    ? "Shown: click to hide the " + rows + " rows" : "Hidden: click to show the " + rows + " rows"));
        };
        show.run();
        toggle.selectedProperty().addListener((obs, old, now) -> show.run());
    }

    /** How many rows the table shows: "12 rows", or "3 of 12 rows" while a filter is on. */
    private String rowCount() {
        int all = results.unitsShownProperty().get();
        int shown = results.rows().size();
        boolean filtered = filter.isOn() || !results.onlyShownProperty().get().isEmpty();
        if (all == 0) {
            return "";
        }
        return filtered ? String.format(Locale.ENGLISH, "%,d of %,d rows", shown, all)
                : String.format(Locale.ENGLISH, "%,d %s", all, all == 1 ? "row" : "rows");
    }

    private void explainUnit(int index) {
        if (index < 0 || index >= results.store().size()) {
            explain.explain(null, 0, null, null);
            return;
        }
        var store = results.store();
        explain.explain(store.documentName(store.document(index)), store.unit(index), store.text(index),
                settings.analyzer());
    }

    private void bindSummary() {
        summaryTable.setItems(results.summaries());
        // Columns as wide as what they hold, and a scroll bar where the pane is narrower: squeezed into the
        // pane's width they read "Doc…", "Pos…" at the default window size.
        summaryTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        summaryTable.getColumns().setAll(MainColumns.summary());
        summaryTable.getColumns().forEach(column -> column.setMaxWidth(Double.MAX_VALUE));
    }

    private void bindStatus() {
        progressBar.progressProperty().bind(status.progressProperty());
        progressBar.visibleProperty().bind(job.runningProperty().or(status.progressProperty().greaterThan(0)));
        progressLabel.textProperty().bind(status.progressTextProperty());
        statusLabel.textProperty().bind(status.statusProperty());
    }

    /** Files and folders dropped anywhere on the window are added; the overlay says a drop will work. */
    private void bindDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                dropOverlay.setVisible(true);
            }
            e.consume();
        });
        root.setOnDragExited(e -> dropOverlay.setVisible(false));
        root.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        dropOverlay.setVisible(false);
        boolean files = e.getDragboard().hasFiles();
        if (files) {
            model.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList(), false);
        }
        e.setDropCompleted(files);
        e.consume();
    }

    @FXML
    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open text, CSV, TSV or JSON Lines files");
        Path folder = preferences.lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            preferences.lastFolder(chosen.get(0).toPath().toAbsolutePath().getParent());
            model.addFiles(chosen.stream().map(File::toPath).toList(), false);
        }
    }

    @FXML
    private void openFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Open a folder of text files");
        Path folder = preferences.lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            preferences.lastFolder(chosen.toPath().toAbsolutePath());
            model.addFiles(List.of(chosen.toPath()), false);
        }
    }

    @FXML
    private void newText() {
        documents.newText();
        editor.requestFocus();
    }

    @FXML
    private void rename() {
        DocumentItem item = documentList.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(item.name());
        dialog.initOwner(window());
        dialog.setTitle("Sentigrid — rename");
        dialog.setHeaderText("A new name for this document:");
        dialog.showAndWait().ifPresent(name -> {
            documents.rename(item, name);
            documentList.refresh();
        });
    }

    @FXML
    private void remove() {
        DocumentItem item = documentList.getSelectionModel().getSelectedItem();
        if (item != null) {
            documents.remove(item);
        }
    }

    /** Clears documents and results; a notification offers to bring them back. */
    @FXML
    private void clearAll() {
        documents.clearDocuments();
        if (documents.canUndoClear()) {
            Notifications.create().owner(window()).title("Sentigrid").text(NoticeText.wrapped(status.statusProperty().get()))
                    .action(new Action("Undo", e -> documents.undoClear())).hideAfter(javafx.util.Duration.seconds(10))
                    .showInformation();
        }
    }

    @FXML
    private void analyze() {
        model.analyze();
    }

    @FXML
    private void cancel() {
        job.cancel();
    }

    @FXML
    private void exportCsv() {
        exportResults(RowFormat.CSV, false);
    }

    @FXML
    private void exportShownCsv() {
        exportResults(RowFormat.CSV, true);
    }

    @FXML
    private void exportJsonLines() {
        exportResults(RowFormat.JSONL, false);
    }

    @FXML
    private void exportShownJsonLines() {
        exportResults(RowFormat.JSONL, true);
    }

    /** All results in document order, or the rows the table shows (filtered, sorted) in the order shown. */
    private void exportResults(RowFormat format, boolean shownRowsOnly) {
        boolean csv = format == RowFormat.CSV;
        String what = shownRowsOnly ? "the rows shown" : "all results";
        Path file = saveAs("Save " + what + (csv ? " as CSV" : " as JSON Lines"), (shownRowsOnly ? "rows" : "results")
                + (csv ? ".csv" : ".jsonl"), csv ? "CSV" : "JSON Lines", csv ? "*.csv" : "*.jsonl");
        if (file != null) {
            export.exportResults(file, format, shownRowsOnly);
        }
    }

    @FXML
    private void exportXlsx() {
        exportWorkbook(false);
    }

    @FXML
    private void exportShownXlsx() {
        exportWorkbook(true);
    }

    /** As analyze --format xlsx: a results sheet and a summary sheet; all results, or the rows the table shows. */
    private void exportWorkbook(boolean shownRowsOnly) {
        Path file = saveAs("Save " + (shownRowsOnly ? "the rows shown" : "all results") + " as an Excel workbook",
                (shownRowsOnly ? "rows" : "results") + ".xlsx", "Excel workbook", "*.xlsx");
        if (file != null) {
            export.exportXlsx(file, shownRowsOnly);
        }
    }

    @FXML
    private void exportSummary() {
        Path file = saveAs("Save the summary as CSV", "summary.csv", "CSV", "*.csv");
        if (file != null) {
            export.exportSummary(file);
        }
    }

    @FXML
    private void exportChart() {
        Tab tab = viewTabs.getSelectionModel().getSelectedItem();
        Optional<PictureDialog.Size> size = PictureDialog.ask(window(), chartTab(tab).getText());
        Path file = size.isEmpty() ? null : saveAs("Save the chart as PNG", pictureName() + ".png", "PNG image", "*.png");
        if (file != null) {
            export.exportImage(picture(size.get().width(), size.get().height(), size.get().scale()), file);
        }
    }

    /** What File › Export the shown chart names its file (without ".png"): the view in the tab shown. */
    public String pictureName() {
        Tab tab = viewTabs.getSelectionModel().getSelectedItem();
        return tab == arcTab ? "arc" : tab == mixTab ? "label-mix" : tab == histogramTab ? "histogram"
                : tab == groupsTab ? "groups" : tab == timeTab ? "time" : tab == evaluateTab ? "evaluate" : "sentences";
    }

    /**
     * The picture File › Export the shown chart saves: the chart in the tab shown drawn anew at this size; of the
     * Evaluate tab, its whole view (matrix, scatter and curve) laid out at this size.
     */
    public javafx.scene.image.WritableImage picture(int width, int height, int scale) {
        Tab tab = viewTabs.getSelectionModel().getSelectedItem();
        if (tab == evaluateTab) {
            return viewPicture(evaluateTab, width, height, scale);
        }
        return chartOf(tab).picture(width, height, scale);
    }

    /**
     * A tab's view laid out at {@code width} × {@code height}, in a scene of its own with the window's style sheets,
     * and drawn {@code scale} times as many pixels each way; then put back (the window's layout would size it back
     * to the tab before a picture of it in place could be taken).
     */
    private javafx.scene.image.WritableImage viewPicture(Tab tab, int width, int height, int scale) {
        javafx.scene.Node view = tab.getContent();
        tab.setContent(null);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().setAll(root.getStyleClass());
        javafx.scene.Scene own = new javafx.scene.Scene(frame, width, height);
        own.getStylesheets().setAll(root.getScene().getStylesheets());
        try {
            frame.applyCss();
            frame.layout();
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            return frame.snapshot(parameters, null);
        } finally {
            frame.getChildren().clear();
            tab.setContent(view);
        }
    }

    @FXML
    private void saveSession() {
        Path file = saveAs("Save the session", "analysis" + SessionViewModel.EXTENSION, "Sentigrid session", "*" + SessionViewModel.EXTENSION);
        if (file != null) {
            model.sessions().save(file);
        }
    }

    @FXML
    private void openSession() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a saved session");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Sentigrid session", "*" + SessionViewModel.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path folder = preferences.lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            preferences.lastFolder(chosen.toPath().toAbsolutePath().getParent());
            model.sessions().open(chosen.toPath());
        }
    }

    /** Closes the window, which ends the app (its one window): as the window's close button does. */
    @FXML
    private void quit() {
        window().hide();
    }

    /** File › Open example: a corpus of the VADER paper, in the Evaluate tab. */
    @FXML
    private void openExample(javafx.event.ActionEvent event) {
        viewTabs.getSelectionModel().select(evaluateTab);
        evaluateController.openExample((String) ((MenuItem) event.getSource()).getUserData());
    }

    @FXML
    private void resumeInterrupted() {
        model.sessions().resume();
    }

    @FXML
    private void discardInterrupted() {
        model.sessions().discard();
    }

    private Path saveAs(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        Path folder = preferences.lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return null;
        }
        preferences.lastFolder(file.toPath().toAbsolutePath().getParent());
        return file.toPath();
    }

    private void notify(String message) {
        Notifications.create().owner(window()).title("Sentigrid").text(NoticeText.wrapped(message)).hideAfter(javafx.util.Duration.seconds(8))
                .showWarning();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The tab whose view File › Export the shown chart saves when {@code tab} is shown. */
    private Tab chartTab(Tab tab) {
        return tab == arcTab || tab == mixTab || tab == histogramTab || tab == groupsTab || tab == timeTab || tab == evaluateTab
                ? tab : barsTab;
    }

    /** The chart a tab shows (the bars for a tab without a chart). */
    private CanvasChart chartOf(Tab tab) {
        return tab == arcTab ? arc : tab == mixTab ? mix : tab == histogramTab ? histogram
                : tab == groupsTab ? groupsController.chart() : tab == timeTab ? timeController.chart() : bars;
    }

    /**
     * After Enter or leaving the box, the box shows the spinner's value: a commit that did not change it
     * (text that is no number) would otherwise leave the typed text standing.
     */
    private static <T> void showsItsValueAfterEditing(Spinner<T> spinner) {
        Runnable show = () -> javafx.application.Platform.runLater(() ->
                spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue())));
        spinner.getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                show.run();
            }
        });
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                show.run();
            }
        });
    }

    private static <T> T parsedOr(String text, Function<String, T> parse, T current) {
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            return current;
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return converter(show, text -> {
            throw new UnsupportedOperationException();
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> show, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return parse.apply(text);
            }
        };
    }
}
