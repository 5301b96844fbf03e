package org.sentigrid.desktop;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** A test of the real window: a folder for its files, and the window it opens, closed after each test. */
@Tag("ui")
abstract class DesktopTest {
    @TempDir
    Path dir;
    DesktopFixture app;

    @AfterEach
    void closeTheWindow() throws Exception {
        if (app != null) {
            app.close();
        }
    }
}
