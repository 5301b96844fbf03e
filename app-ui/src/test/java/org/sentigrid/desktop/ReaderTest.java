package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.reader.Tints;
import org.sentigrid.desktop.results.ResultRow;

/** The Reader tab in the real window: the text tinted and underlined, a click selecting everywhere, the HTML export. */
class ReaderTest extends DesktopTest {
    private static final String TERRIBLE = "Absolutely terrible end to the stay.";
    private static final String SPECIAL = "Our kids said the \"<pool>\" & spa were great fun.";

    @Test
    void theReaderTintsUnderlinesSelectsAndExports() throws Exception {
        Path hotel = Files.writeString(dir.resolve("hotel-reviews.txt"), SampleTexts.HOTEL + "\n" + SPECIAL + "\n");
        app = DesktopFixture.open(hotel).withWorkerReady();
        app.awaitIdleAfterStart();
        var main = app.window().main();
        int terrible = onFx(() -> IntStream.range(0, main.results().store().size())
                .filter(i -> main.results().store().text(i).equals(TERRIBLE)).findFirst().orElseThrow());
        double compound = onFx(() -> main.results().store().compound(terrible));
        assertThat(compound).as("a negative sentence").isLessThan(-0.05);

        TabPane tabs = app.lookup("#viewTabs");
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Reader")).findFirst().orElseThrow()));
        ListView<?> reader = app.lookup("#readerList");
        waitUntil("the document is laid out", Duration.ofSeconds(10), () -> !reader.getItems().isEmpty());
        runFx(() -> reader.scrollTo(app.window().reader().runOf(terrible)));
        waitUntil("the sentence is drawn", Duration.ofSeconds(5), () -> sentenceTint(terrible) != null);

        // Its tint: negative, as strong as its compound asks; "terrible" underlined in red.
        javafx.scene.shape.Path tint = onFx(() -> sentenceTint(terrible));
        Color fill = (Color) tint.getFill();
        assertThat(fill).isEqualTo(Tints.sentence(compound, 0.05));
        assertThat(fill.getRed()).isGreaterThan(fill.getGreen());
        assertThat(fill.getOpacity()).as("stronger than a faint compound's").isGreaterThan(Tints.sentence(-0.1, 0.05).getOpacity());
        Text word = onFx(() -> app.robot.lookup(".reader-word").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().equals("terrible")).findFirst().orElseThrow());
        List<javafx.scene.shape.Rectangle> underlines = onFx(() -> List.copyOf(app.robot.lookup(".reader-underline").queryAllAs(javafx.scene.shape.Rectangle.class)));
        assertThat(underlines).as("an underline for each word that counts").isNotEmpty()
                .anySatisfy(line -> {
                    assertThat((double) line.getUserData()).isNegative();
                    assertThat(line.getFill()).isEqualTo(Tints.word(-1));
                    assertThat(line.getHeight()).isGreaterThan(1);
                    // Beneath the word: as wide, its top at the word's foot.
                    var box = word.getBoundsInParent();
                    assertThat(line.getX()).isEqualTo(box.getMinX());
                    assertThat(line.getWidth()).isEqualTo(box.getWidth());
                    assertThat(line.getY()).isCloseTo(box.getMaxY(), org.assertj.core.data.Offset.offset(2.0));
                });

        // A click on it selects it in the table, the charts and the explanation; Down selects the next.
        app.robot.clickOn(word);
        waitUntil("the sentence is selected", Duration.ofSeconds(5), () -> main.results().selectedIndexProperty().get() == terrible);
        TableView<ResultRow> table = app.lookup("#resultTable");
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem().text())).isEqualTo(TERRIBLE);
        waitUntil("it is outlined in the reader", Duration.ofSeconds(5), () -> app.robot.lookup(".reader-selected")
                .queryAllAs(javafx.scene.shape.Path.class).stream().anyMatch(p -> p.getUserData().equals(terrible)));
        waitUntil("the explanation shows it", Duration.ofSeconds(5), () -> app.robot.lookup(".explanation-heading").queryLabeled().getText().endsWith("#" + main.results().store().unit(terrible)));
        app.robot.type(KeyCode.DOWN);
        waitUntil("Down selects the next sentence", Duration.ofSeconds(5), () -> main.results().selectedIndexProperty().get() == terrible + 1);

        Path shots = Path.of("..", "docs", "screenshots");
        Files.createDirectories(shots);
        WritableImage image = onFx(() -> app.window().stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("reader.png").toFile());

        // The export: one page with its style inside, the text escaped, the same colours, a legend.
        Path html = dir.resolve("hotel.html");
        runFx(() -> app.window().reader().exportHtml(html));
        waitUntil("the page is written", Duration.ofSeconds(10), () -> Files.exists(html));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("class=\"legend\"")
                .contains("&quot;&lt;pool&gt;&quot; &amp; spa").doesNotContain("<pool>")
                .doesNotContainPattern("(?i)\\b(src|href)\\s*=|url\\(|<link|<script");
        String sentence = "<span class=\"s\" style=\"background-color:" + Tints.css(Tints.sentence(compound, 0.05)) + "\"";
        assertThat(page).contains(sentence + " title=\"#" + onFx(() -> main.results().store().unit(terrible)) + " · compound "
                + String.format(java.util.Locale.ROOT, "%.4f", compound) + " · negative");
        assertThat(page).containsPattern("Absolutely <span style=\"text-decoration:underline "
                + java.util.regex.Pattern.quote(Tints.css(Tints.word(-1))) + " [123]px;[^\"]*\" title=\"terrible: -[0-9.]+\">terrible</span>");
        int units = onFx(() -> main.results().store().size());
        for (int i = 0; i < units; i++) {
            int index = i;
            String text = onFx(() -> main.results().store().text(index));
            assertThat(page.replaceAll("<[^>]+>", "")).contains(text.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;").replace("\"", "&quot;"));
        }
    }

    /** The tint drawn behind the unit at {@code index}, or null while it is not drawn. */
    private javafx.scene.shape.Path sentenceTint(int index) {
        return app.robot.lookup(".reader-sentence").queryAllAs(javafx.scene.shape.Path.class).stream()
                .filter(p -> p.getUserData().equals(index)).findFirst().orElse(null);
    }
}
