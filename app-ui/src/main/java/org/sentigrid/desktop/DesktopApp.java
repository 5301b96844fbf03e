package org.sentigrid.desktop;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.sentigrid.desktop.prefs.AppPreferences;

/** The desktop application: {@code sentigrid} with no arguments, or with files to open and analyze. */
public final class DesktopApp extends Application {
    private SentigridWindow window;

    /** Opens the window and returns when it is closed; {@code files} are loaded and analyzed at once. */
    public static void launch(String... files) {
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
