package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.explain.ExplanationView;

/**
 * Renders the main screens, with real results, to {@code docs/screenshots/*.png} (what README shows):
 * the sentence bars with an explanation, the arc, the label mix, the histogram, the grid panel, the
 * sentence bars in the dark theme, and the Evaluate tab with the tweets of the VADER paper.
 */
@Tag("ui")
class ScreenshotsTest extends DesktopTest {
    private static final Path SHOTS = Path.of("..", "docs", "screenshots");

    @Test
    void theMainScreensAreRenderedToDocs() throws Exception {
        Path hotel = Files.writeString(dir.resolve("hotel-reviews.txt"), SampleTexts.HOTEL);
        Path novel = Files.writeString(dir.resolve("short-story.txt"), SampleTexts.STORY);
        app = DesktopFixture.open().withWorkerReady();
        var model = app.window().main();
        runFx(() -> model.addFiles(List.of(hotel, novel), true));
        app.awaitIdleAfterStart();
        TableView<?> table = app.lookup("#resultTable");
        runFx(() -> table.getSelectionModel().select(9));
        ExplanationView explanation = app.lookup("#explanationView");
        waitUntil("the explanation shows", Duration.ofSeconds(10), () -> explanation.lookupAll(".explained-word").size() > 2);

        TabPane tabs = app.lookup("#viewTabs");
        String[] names = {"sentences", "arc", "label-mix", "histogram", "grid"};
        Files.createDirectories(SHOTS);
        for (int i = 0; i < names.length; i++) {
            int tab = i;
            runFx(() -> tabs.getSelectionModel().select(tab));
            if (names[i].equals("grid")) {
                waitUntil("the grid panel lists a worker", Duration.ofSeconds(10),
                        () -> !((TableView<?>) app.lookup("#workerTable")).getItems().isEmpty());
            }
            Path file = SHOTS.resolve(names[i] + ".png");
            WritableImage image = onFx(() -> {
                app.window().stage().getScene().getRoot().applyCss();
                app.window().stage().getScene().getRoot().layout();
                return app.window().stage().getScene().snapshot(null);
            });
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            assertThat(file).isNotEmptyFile();
            assertThat(image.getWidth()).isEqualTo(1280);
        }
        runFx(() -> tabs.getSelectionModel().select(0));
        app.robot.clickOn("#darkToggle");
        WritableImage dark = onFx(() -> app.window().stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(dark, null), "png", SHOTS.resolve("dark.png").toFile());
        app.robot.clickOn("#darkToggle"); // the fixture's preferences are thrown away; the toggle is left as found

        runFx(() -> app.window().evaluate().openExample("tweets_GroundTruth.txt"));
        waitUntil("the tweets are measured", Duration.ofSeconds(60),
                () -> ((javafx.scene.control.Label) app.lookup("#summaryLabel")).getText().contains("4,200 rows"));
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        app.robot.clickOn("#cell-negative-positive");
        WritableImage evaluate = onFx(() -> app.window().stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(evaluate, null), "png", SHOTS.resolve("evaluate.png").toFile());
    }
}
