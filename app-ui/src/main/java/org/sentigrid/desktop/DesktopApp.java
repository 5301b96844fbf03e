package org.sentigrid.desktop;

import java.nio.file.Path;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sentigrid.desktop.prefs.AppPreferences;

/** The desktop application: {@code sentigrid} with no arguments, or with files to open and analyze. */
public final class DesktopApp extends Application {
    private SentigridWindow window;

    /** Kept here: java.util.logging holds loggers weakly, and a collected logger loses its settings. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final Logger PREFERENCES_LOG = Logger.getLogger("java.util.prefs");

    /** Opens the window and returns when it is closed; {@code files} are loaded and analyzed at once. */
    public static void launch(String... files) {
        // JavaFX warns when it runs from the class path, as this jar does; it works the same. Other
        // warnings still show.
        JAVAFX_LOG.setFilter(log -> log.getMessage() == null || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
        // "Created user preferences directory" on the first run is news to nobody; warnings still show.
        PREFERENCES_LOG.setLevel(java.util.logging.Level.WARNING);
        Application.launch(DesktopApp.class, files);
    }

    @Override
    public void start(Stage stage) {
        window = SentigridWindow.open(stage, AppPreferences.forUser(),
                getParameters().getRaw().stream().map(Path::of).toList());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
