package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.sentigrid.desktop.prefs.AppPreferences;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real Sentigrid window on Monocle's headless screen: the real scene, the real embedded grid and a
 * real local worker process. Preferences go to a throw-away node, not the user's.
 */
public final class DesktopFixture implements AutoCloseable {
    private final SentigridWindow window;
    private final Preferences node;
    /** A journal folder the fixture made (and deletes), or null when the test gave its own. */
    private final Path ownJournals;
    public final FxRobot robot = new FxRobot();

    private DesktopFixture(SentigridWindow window, Preferences node, Path ownJournals) {
        this.window = window;
        this.node = node;
        this.ownJournals = ownJournals;
    }

    public static DesktopFixture open(Path... files) throws Exception {
        return open(Preferences.userRoot().node("org/sentigrid/test/" + UUID.randomUUID()), files);
    }

    /** A window with these preferences (removed when the fixture closes); its job journals go to a folder of its own. */
    public static DesktopFixture open(Preferences node, Path... files) throws Exception {
        Path journals = Files.createTempDirectory("sentigrid-journals");
        return open(node, journals, journals, files);
    }

    /** A window whose job journals go to {@code journals} (where it looks for interrupted jobs on opening). */
    public static DesktopFixture withJournals(Path journals, Path... files) throws Exception {
        return open(Preferences.userRoot().node("org/sentigrid/test/" + UUID.randomUUID()), journals, null, files);
    }

    private static DesktopFixture open(Preferences node, Path journals, Path ownJournals, Path... files) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        SentigridWindow window = onFx(() -> SentigridWindow.open(stage, new AppPreferences(node), journals, List.of(files)));
        return new DesktopFixture(window, node, ownJournals);
    }

    /** Closes the window as a user does, keeping its preferences for the next window. */
    public void closeKeepingPreferences() throws Exception {
        closeWindow();
    }

    public SentigridWindow window() {
        return window;
    }

    /** Waits until the grid has a worker, so a test's job does not include a worker's start-up. */
    public DesktopFixture withWorkerReady() throws Exception {
        var grid = window.grid().get(30, TimeUnit.SECONDS);
        waitUntil("a local worker joined", Duration.ofSeconds(30),
                () -> grid.workers().stream().anyMatch(w -> w.id() != null));
        return this;
    }

    /** Runs on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
    }

    public static void runFx(Runnable task) throws Exception {
        WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds, failing after {@code limit}. */
    public static void waitUntil(String what, Duration limit, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Waits for the job that files given at start begin (it starts once they are checked), and its end. */
    public void awaitIdleAfterStart() throws Exception {
        waitUntil("the analysis of the files started", Duration.ofSeconds(30),
                () -> window.main().job().runningProperty().get() || window.main().results().store().size() > 0);
        awaitIdle(Duration.ofSeconds(60));
    }

    /** Waits until the job is over. */
    public void awaitIdle(Duration limit) throws Exception {
        waitUntil("the analysis ended", limit, () -> !window.main().job().runningProperty().get());
    }

    /** Whether a notification or a tooltip (a popup window) on screen shows {@code text}. */
    public static boolean notificationShows(String text) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .anyMatch(w -> showsText(w.getScene().getRoot(), text));
    }

    private static boolean showsText(javafx.scene.Parent parent, String text) {
        if (parent instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                && labeled.getText().contains(text)) {
            return true;
        }
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                    && labeled.getText().contains(text)) {
                return true;
            }
            if (node instanceof javafx.scene.Parent child && showsText(child, text)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    public <T extends Node> T lookup(String query) {
        T node = (T) robot.lookup(query).query();
        assertThat(node).as(query).isNotNull();
        return node;
    }

    @Override
    public void close() throws Exception {
        closeWindow();
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone.
        }
        if (ownJournals != null) {
            try (var files = Files.walk(ownJournals)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void closeWindow() throws Exception {
        try {
            window.grid().get(30, TimeUnit.SECONDS); // a grid still starting would outlive the window
        } catch (java.util.concurrent.ExecutionException e) {
            // It never started: nothing to stop.
        }
        runFx(() -> {
            window.close();
            window.stage().hide();
        });
    }
}
