package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.main.MainViewModel;

/** A file the window cannot use is named, with why, where the user looks: a notification and the status bar. */
@Tag("ui")
class RefusalsTest extends DesktopTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void missingAndBinaryFilesGivenAtStartAreNamedInOneNotificationAndTheOthersLoad() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), "I loved it. I hated it.");
        Path missing = dir.resolve("missing.txt");
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, 3});
        app = DesktopFixture.open(reviews, missing, binary);
        // Looked for first: the notification hides after 8 s, and a busy machine may take that long to go idle.
        waitUntil("a notification names both", LIMIT, () -> DesktopFixture.notificationShows(missing + " does not exist"));
        app.awaitIdleAfterStart();

        MainViewModel model = app.window().main();
        assertThat(onFx(() -> model.documents().items().stream().map(d -> d.name()).toList())).containsExactly("reviews.txt");
        assertThat(onFx(() -> model.results().store().size())).isEqualTo(2);
        // Notifications shown at once are drawn on top of each other: the refusals of one opening are one.
        assertThat(onFx(() -> List.copyOf(model.status().notices()))).containsExactly(
                missing + " does not exist; check the path and try again.\n"
                        + binary + " looks like a binary file, not text; give Sentigrid plain text, CSV, TSV, JSON Lines, a spreadsheet or a document.");
    }

    @Test
    void aFileGivenAtStartThatIsRefusedIsWhatTheStatusBarSays() throws Exception {
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, 3});
        app = DesktopFixture.open(binary);
        MainViewModel model = app.window().main();

        waitUntil("the file was checked", LIMIT, () -> !model.status().notices().isEmpty());
        runFx(() -> { });
        assertThat(DesktopFixture.<String>onFx(() -> app.<javafx.scene.control.Label>lookup("#statusLabel").getText()))
                .isEqualTo(binary + " looks like a binary file, not text; give Sentigrid plain text, CSV, TSV, JSON Lines, a spreadsheet or a document.");
        assertThat(onFx(() -> model.job().runningProperty().get())).isFalse();
    }

    @Test
    void aRefusedFileIsNamedWithItsReasonInTheStatusBarAndANotificationEvenAfterACollection() throws Exception {
        app = DesktopFixture.open();
        MainViewModel model = app.window().main();
        // The window has been open a while: the collector has run (it once took the notifications' listener with it).
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, 3});
        runFx(() -> model.addFiles(List.of(binary), false));

        waitUntil("a notification says why", Duration.ofSeconds(10),
                () -> DesktopFixture.notificationShows("photo.jpg looks like a binary file"));
        waitUntil("the file was checked", LIMIT, () -> !model.status().statusProperty().get().startsWith("Opening"));
        assertThat(DesktopFixture.<String>onFx(() -> app.<javafx.scene.control.Label>lookup("#statusLabel").getText()))
                .isEqualTo(binary + " looks like a binary file, not text; give Sentigrid plain text,"
                        + " CSV, TSV, JSON Lines, a spreadsheet or a document.");
    }

    @Test
    void cancellingTheColumnDialogAddsNothingAndSaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("reviews.csv"), "id,review\n1,Lovely room.\n");
        app = DesktopFixture.open();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(List.of(csv), false));
        waitUntil("the column dialog shows", LIMIT, () -> columnDialog() != null);

        app.robot.clickOn(onFx(() -> ((javafx.scene.control.DialogPane) columnDialog().getScene().getRoot())
                .lookupButton(javafx.scene.control.ButtonType.CANCEL)));

        waitUntil("the dialog closed", LIMIT, () -> columnDialog() == null && !model.status().statusProperty().get().startsWith("Opening"));
        assertThat(DesktopFixture.<String>onFx(() -> app.<javafx.scene.control.Label>lookup("#statusLabel").getText()))
                .isEqualTo(csv + " was not added: no column was chosen for its text.");
        assertThat(onFx(() -> model.documents().items().stream().filter(d -> !d.isText()).count())).isZero();
        assertThat(onFx(() -> List.copyOf(model.status().notices())))
                .containsExactly(csv + " was not added: no column was chosen for its text.");
    }

    private static Stage columnDialog() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.isShowing() && stage.getTitle() != null
                        && stage.getTitle().contains("choose the text column"))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
