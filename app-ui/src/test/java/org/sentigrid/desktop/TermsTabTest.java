package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.desktop.terms.KwicRow;
import org.sentigrid.terms.TermRow;
import org.sentigrid.terms.TermsCsv;

/** The Terms tab in the real window: the command line's top terms exactly, and a word in context linked to the table. */
class TermsTabTest extends DesktopTest {
    @Test
    void theWindowsTopTermsAreTheCommandLinesAndKwicSelectsTheSentence() throws Exception {
        Path hotel = Files.writeString(dir.resolve("hotel-reviews.txt"), SampleTexts.HOTEL);
        app = DesktopFixture.open(hotel).withWorkerReady();
        app.awaitIdleAfterStart();
        var terms = app.window().terms();
        TabPane tabs = app.lookup("#viewTabs");
        assertThat(onFx(() -> terms.terms().isEmpty())).as("not counted before the tab is opened").isTrue();
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Terms")).findFirst().orElseThrow()));
        waitUntil("the top terms are counted", Duration.ofSeconds(20), () -> !terms.terms().isEmpty());

        StringWriter window = new StringWriter();
        List<TermRow> rows = onFx(() -> List.copyOf(terms.terms()));
        TermsCsv.terms(window, rows, null);
        SentigridProcess.Result cli = SentigridProcess.run(dir, null, "terms", "hotel-reviews.txt");
        assertThat(cli.exit()).isZero();
        assertThat(window.toString()).isEqualTo(cli.out());

        TableView<KwicRow> kwic = app.lookup("#kwicTable");
        String word = rows.get(0).word();
        app.robot.clickOn("#kwicField").write(word).type(KeyCode.ENTER);
        waitUntil("the occurrences are listed", Duration.ofSeconds(10), () -> kwic.getItems().size() == rows.get(0).count());
        assertThat(kwic.getItems()).allSatisfy(row -> assertThat(row.line().word().toLowerCase()).isEqualTo(word));
        int lastRow = kwic.getItems().size() - 1;
        KwicRow last = kwic.getItems().get(lastRow);
        runFx(() -> kwic.getSelectionModel().select(lastRow));
        runFx(kwic::requestFocus);
        app.robot.type(KeyCode.ENTER);
        waitUntil("its sentence is selected", Duration.ofSeconds(5),
                () -> app.window().main().selectedIndexProperty().get() == last.index());
        assertThat(app.window().main().results().text(last.index())).containsIgnoringCase(word);

        Path shots = Path.of("..", "docs", "screenshots");
        Files.createDirectories(shots);
        WritableImage image = onFx(() -> app.window().stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("terms.png").toFile());
    }
}
