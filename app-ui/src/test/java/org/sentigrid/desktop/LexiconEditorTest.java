package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.lexicon.ChangedUnit;
import org.sentigrid.desktop.lexicon.LexiconRow;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;

/** The lexicon editor in the real window: edits, the sentences they change, the overlay saved and loaded. */
class LexiconEditorTest extends DesktopTest {
    static final String REVIEWS = """
            The support team was kindly helpful. Kindly refund my order, it arrived broken.
            The app is sick! This is a sick beat and I love it.
            Shipping was slow, and the box was damaged. Refund please, refund now.
            """;

    @Test
    void anEditShowsTheSentencesItChangesAndTheResultsAreThoseOfAFullRun() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), REVIEWS);
        app = DesktopFixture.open(reviews).withWorkerReady();
        app.awaitIdleAfterStart();
        MainViewModel main = app.window().main();
        TabPane tabs = app.lookup("#viewTabs");
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Lexicon")).findFirst().orElseThrow()));
        TableView<LexiconRow> lexicon = app.lookup("#lexiconTable");
        TableView<ChangedUnit> changes = app.lookup("#changesTable");

        // Search, pick the word from the table, and remove it with the keyboard.
        app.robot.clickOn("#searchField").write("kindly");
        waitUntil("the table shows kindly", Duration.ofSeconds(5), () -> lexicon.getItems().size() == 1);
        assertThat(lexicon.getItems().get(0)).isEqualTo(new LexiconRow("kindly", "2.2", LexiconRow.VADER));
        long before = main.results().resultsVersionProperty().get();
        app.robot.clickOn(app.robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        app.robot.type(KeyCode.DELETE);

        waitUntil("two changed sentences", Duration.ofSeconds(10), () -> changes.getItems().size() == 2);
        assertThat(main.settings().overlayProperty().get().text()).contains("kindly\tremove\n");
        LexiconOverlay removed = main.settings().overlayProperty().get();
        assertShowsTheChanges(main, changes.getItems(), removed, "The support team was kindly helpful.",
                "Kindly refund my order, it arrived broken.");
        assertThat(main.results().resultsVersionProperty().get()).as("the table and charts redraw").isGreaterThan(before);

        // An idiom, typed: word, valence, Enter.
        typeInto("#wordField", "sick beat");
        typeInto("#valenceField", "2.5");
        app.robot.type(KeyCode.ENTER);
        waitUntil("one changed sentence", Duration.ofSeconds(10), () -> changes.getItems().size() == 1);
        assertShowsTheChanges(main, changes.getItems(), main.settings().overlayProperty().get(), "This is a sick beat and I love it.");
        assertThat(changes.getItems().get(0).newCompound()).isGreaterThan(changes.getItems().get(0).oldCompound());

        // What the live effect left is what analyzing everything again with the overlay gives.
        List<SentimentScores> live = scores(main);
        runFx(main::analyze);
        app.awaitIdle(Duration.ofSeconds(60));
        assertThat(scores(main)).isEqualTo(live);
        SentimentAnalyzer overlaid = SentimentAnalyzer.of(EngineMode.VADER, main.settings().overlayProperty().get());
        for (int i = 0; i < main.results().store().size(); i++) {
            assertThat(live.get(i)).isEqualTo(overlaid.score(main.results().store().text(i)));
        }

        // Saved in the --lexicon format, and loaded back in place of another overlay.
        Path saved = dir.resolve("mine.tsv");
        runFx(() -> app.window().lexicon().save(saved));
        waitUntil("the overlay is saved", Duration.ofSeconds(5), () -> Files.exists(saved));
        assertThat(Files.readString(saved)).endsWith("kindly\tremove\nsick beat\t2.5\n");
        LexiconOverlay edited = main.settings().overlayProperty().get();
        runFx(() -> main.settings().overlayProperty().set(LexiconOverlay.empty()));
        runFx(() -> app.window().lexicon().load(saved));
        waitUntil("the overlay is loaded", Duration.ofSeconds(5), () -> main.settings().overlayProperty().get().equals(edited));
        runFx(() -> app.window().lexicon().searchProperty().set("sick"));
        assertThat(lexicon.getItems()).contains(new LexiconRow("sick beat", "2.5", LexiconRow.OVERLAY),
                new LexiconRow("sick", "-2.3", LexiconRow.VADER));

        Path shots = Path.of("..", "docs", "screenshots");
        Files.createDirectories(shots);
        runFx(() -> app.window().lexicon().searchProperty().set("refund"));
        typeInto("#wordField", "refund");
        typeInto("#valenceField", "-1.5");
        app.robot.type(KeyCode.ENTER);
        waitUntil("the refund sentences changed", Duration.ofSeconds(10), () -> changes.getItems().size() == 2);
        WritableImage image = onFx(() -> app.window().stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("lexicon.png").toFile());
    }

    /** Clicks into a field, selects what it holds and types over it. */
    private void typeInto(String field, String text) {
        app.robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    private static void assertShowsTheChanges(MainViewModel main, List<ChangedUnit> changed, LexiconOverlay overlay,
                                              String... texts) {
        SentimentAnalyzer plain = SentimentAnalyzer.of(EngineMode.VADER);
        SentimentAnalyzer now = SentimentAnalyzer.of(EngineMode.VADER, overlay);
        assertThat(changed).extracting(ChangedUnit::text).containsExactly(texts);
        for (ChangedUnit unit : changed) {
            assertThat(unit.newScores()).isEqualTo(now.score(unit.text()));
            assertThat(unit.newScores()).isEqualTo(main.results().store().scores(unit.index()));
            assertThat(unit.oldCompound()).isNotEqualTo(unit.newCompound());
            assertThat(unit.document()).isEqualTo("reviews.txt");
        }
        assertThat(plain).isNotNull();
    }

    private static List<SentimentScores> scores(MainViewModel main) throws Exception {
        return onFx(() -> {
            List<SentimentScores> all = new ArrayList<>();
            for (int i = 0; i < main.results().store().size(); i++) {
                all.add(main.results().store().scores(i));
            }
            return all;
        });
    }
}
