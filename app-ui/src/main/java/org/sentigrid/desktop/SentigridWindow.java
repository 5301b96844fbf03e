package org.sentigrid.desktop;

import org.sentigrid.analysis.LocalPieceScorer;
import org.sentigrid.analysis.PieceScorers;
import org.sentigrid.api.SentimentLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.sentigrid.desktop.explain.ExplainViewModel;
import org.sentigrid.desktop.lexicon.LexiconController;
import org.sentigrid.desktop.lexicon.LexiconViewModel;
import org.sentigrid.desktop.main.MainController;
import org.sentigrid.desktop.reader.ReaderController;
import org.sentigrid.desktop.reader.ReaderViewModel;
import org.sentigrid.desktop.terms.TermsController;
import org.sentigrid.desktop.terms.TermsViewModel;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.prefs.AppPreferences;
import org.sentigrid.desktop.session.Sessions;
import org.sentigrid.desktop.evaluate.EvaluateController;
import org.sentigrid.desktop.evaluate.EvaluateViewModel;
import org.sentigrid.desktop.groups.GroupsController;
import org.sentigrid.desktop.groups.GroupsViewModel;
import org.sentigrid.desktop.groups.TimeController;
import org.sentigrid.desktop.workers.GridService;
import org.sentigrid.desktop.workers.WorkersController;
import org.sentigrid.desktop.workers.WorkersViewModel;
import org.sentigrid.session.DataDirectory;

/**
 * Puts one Sentigrid window together: the background executor every slow task runs on, the embedded
 * grid (started in the background, so the window shows at once), the view models and the views.
 */
public final class SentigridWindow {
    private final ExecutorService background;
    private final CompletableFuture<GridService> grid;
    private final MainViewModel main;
    private final WorkersViewModel workers;
    private final LexiconViewModel lexicon;
    private final TermsViewModel terms;
    private final ReaderViewModel reader;
    private final EvaluateViewModel evaluate;
    private MainController controller;
    private final GroupsViewModel groups;
    private final AppPreferences preferences;
    private final Stage stage;

    private SentigridWindow(Stage stage, AppPreferences preferences, Path journals) {
        this.stage = stage;
        this.preferences = preferences;
        this.background = Executors.newCachedThreadPool(daemonThreads());
        CompletableFuture<MainViewModel> noticesTo = new CompletableFuture<>();
        this.grid = CompletableFuture.supplyAsync(() -> {
            try {
                return GridService.start(preferences.localWorkers(),
                        notice -> noticesTo.thenAccept(model -> Platform.runLater(() -> model.notice(notice))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
        CompletableFuture<PieceScorers> scorer = grid.handle((service, failure) -> {
            if (failure == null) {
                return service;
            }
            noticesTo.thenAccept(model -> Platform.runLater(() -> model.notice("The grid could not start ("
                    + reason(failure) + "); Sentigrid scores in this process instead.")));
            return (jobId, analyzer) -> LocalPieceScorer.of(analyzer, SentimentLabel.DEFAULT_THRESHOLD);
        });
        this.main = new MainViewModel(background, scorer, new Sessions(journals));
        noticesTo.complete(main);
        this.workers = new WorkersViewModel(background, grid);
        this.lexicon = new LexiconViewModel(main, background);
        this.groups = new GroupsViewModel(main, background);
        this.terms = new TermsViewModel(main, groups, background);
        this.reader = new ReaderViewModel(main, background);
        this.evaluate = new EvaluateViewModel(background);
    }

    /** Builds the window on {@code stage} and shows it; {@code files} are loaded and analyzed at once. */
    public static SentigridWindow open(Stage stage, AppPreferences preferences, List<Path> files) {
        return open(stage, preferences, DataDirectory.journals(), files);
    }

    /** A window whose jobs keep their journals in {@code journals} (where it also looks for interrupted ones). */
    public static SentigridWindow open(Stage stage, AppPreferences preferences, Path journals, List<Path> files) {
        SentigridWindow window = new SentigridWindow(stage, preferences, journals);
        window.show(files);
        return window;
    }

    private void show(List<Path> files) {
        main.settings().engineProperty().set(preferences.engine());
        main.settings().splitProperty().set(preferences.split());
        main.settings().thresholdProperty().set(preferences.threshold());
        ExplainViewModel explain = new ExplainViewModel(background);
        controller = new MainController(main, explain, preferences);
        evaluate.engineProperty().bind(main.settings().engineProperty());
        evaluate.thresholdProperty().bind(main.settings().thresholdProperty());
        evaluate.setMainTable(main::showEvaluated);
        Map<Class<?>, Supplier<Object>> controllers = Map.of(
                MainController.class, () -> controller,
                WorkersController.class, () -> new WorkersController(workers),
                LexiconController.class, () -> new LexiconController(lexicon, main.results().selectedIndexProperty()::set),
                TermsController.class, () -> new TermsController(terms, main.results().selectedIndexProperty()::set),
                ReaderController.class, () -> new ReaderController(reader),
                EvaluateController.class, () -> new EvaluateController(evaluate),
                GroupsController.class, () -> new GroupsController(groups, main.results().shownResults()),
                TimeController.class, () -> new TimeController(groups, main.results().shownResults()));
        FXMLLoader loader = new FXMLLoader(SentigridWindow.class.getResource("main/MainView.fxml"));
        loader.setControllerFactory(type -> controllers.get(type).get());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML could not be loaded", e);
        }
        Tab termsTab = (Tab) loader.getNamespace().get("termsTab");
        termsTab.selectedProperty().addListener((tab, was, selected) -> {
            if (selected) {
                terms.show();
            }
        });
        Tab readerTab = (Tab) loader.getNamespace().get("readerTab");
        readerTab.selectedProperty().addListener((tab, was, selected) -> reader.shown(selected));
        for (String tab : List.of("groupsTab", "timeTab")) {
            ((Tab) loader.getNamespace().get(tab)).selectedProperty().addListener((observable, was, selected) -> {
                if (selected) {
                    groups.show();
                }
            });
        }
        Scene scene = new Scene(root, preferences.windowWidth(), preferences.windowHeight());
        scene.getStylesheets().add(SentigridWindow.class.getResource("sentigrid.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Sentigrid — sentiment analysis");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(SentigridWindow.class.getResource("icons/sentigrid-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        // The window's own size, as it was saved (decorations included), not the scene's.
        stage.setWidth(preferences.windowWidth());
        stage.setHeight(preferences.windowHeight());
        controller.installShortcuts();
        controller.installTheme();
        stage.setOnHidden(e -> close());
        stage.show();
        main.addFiles(files, true);
        main.sessions().lookForInterruptedJob();
    }

    /** Remembers the preferences, stops the job and the grid. Idempotent. */
    public void close() {
        if (background.isShutdown()) {
            return;
        }
        preferences.windowSize(stage.getWidth(), stage.getHeight());
        preferences.engine(main.settings().engineProperty().get());
        preferences.split(main.settings().splitProperty().get());
        preferences.threshold(main.settings().thresholdProperty().get());
        grid.thenAccept(service -> preferences.localWorkers(service.localWorkers()));
        preferences.flush();
        main.job().cancelAndWait(java.time.Duration.ofSeconds(3));
        workers.stop();
        background.shutdownNow();
        grid.thenAccept(GridService::close);
    }

    public MainViewModel main() {
        return main;
    }

    /** The main screen's controller (tests export its pictures). */
    public MainController controller() {
        return controller;
    }

    public WorkersViewModel workers() {
        return workers;
    }

    public LexiconViewModel lexicon() {
        return lexicon;
    }

    public TermsViewModel terms() {
        return terms;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public EvaluateViewModel evaluate() {
        return evaluate;
    }

    public GroupsViewModel groups() {
        return groups;
    }

    /** The grid, once started (tests wait on it). */
    public CompletableFuture<GridService> grid() {
        return grid;
    }

    public Stage stage() {
        return stage;
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "sentigrid-background-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
