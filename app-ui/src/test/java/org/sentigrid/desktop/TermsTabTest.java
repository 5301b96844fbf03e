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
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.desktop.main.TableChoice;
import org.sentigrid.desktop.terms.KwicRow;
import org.sentigrid.desktop.terms.TermsScope;
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
                () -> app.window().main().results().selectedIndexProperty().get() == last.index());
        assertThat(app.window().main().results().store().text(last.index())).containsIgnoringCase(word);

        assertThat(onFx(() -> bars())).as("the chart shows the table's numbers").isEqualTo(asBars(rows));
        shot("terms.png");
    }

    @Test
    void theTopTermsOfOneDocumentOrOneLabelAreTheCommandLinesBySourceOrByLabel() throws Exception {
        Path hotel = Files.writeString(dir.resolve("hotel-reviews.txt"), SampleTexts.HOTEL);
        Path story = Files.writeString(dir.resolve("story.txt"), SampleTexts.STORY);
        app = DesktopFixture.open(hotel, story).withWorkerReady();
        app.awaitIdleAfterStart();
        var terms = app.window().terms();
        TabPane tabs = app.lookup("#viewTabs");
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Terms")).findFirst().orElseThrow()));
        waitUntil("the top terms are counted", Duration.ofSeconds(20), () -> !terms.terms().isEmpty());
        SentigridProcess.Result bySource = SentigridProcess.run(dir, null, "terms", "--by", "source", "hotel-reviews.txt", "story.txt");
        SentigridProcess.Result byLabel = SentigridProcess.run(dir, null, "terms", "--by", "label", "hotel-reviews.txt", "story.txt");
        assertThat(bySource.exit()).isZero();
        assertThat(byLabel.exit()).isZero();

        ChoiceBox<TermsScope> scope = app.lookup("#scopeChoice");
        ChoiceBox<String> groupColumn = app.lookup("#termsGroupChoice");
        assertThat(onFx(() -> List.copyOf(groupColumn.getItems()))).as("plain text has no columns to group by").containsExactly("");
        assertThat(onFx(groupColumn::getValue)).isEmpty();
        assertThat(onFx(() -> scope.getItems().stream().filter(s -> s.group() != null).toList())).isEmpty();
        for (String group : List.of("story.txt", "negative")) {
            String cli = rowsOf(group.equals("negative") ? byLabel.out() : bySource.out(), group);
            TermsScope chosen = onFx(() -> scope.getItems().stream().filter(s -> s.name().endsWith(": " + group)).findFirst().orElseThrow());
            runFx(() -> scope.getSelectionModel().select(chosen));
            waitUntil(group + "'s top terms are counted", Duration.ofSeconds(20), () -> window(terms.terms(), group).equals(cli));
            List<TermRow> rows = onFx(() -> List.copyOf(terms.terms()));
            assertThat(window(rows, group)).isEqualTo(cli);
            assertThat(onFx(() -> bars())).as("the chart shows the table's numbers").isEqualTo(asBars(rows));
        }
    }

    @Test
    void theTopTermsOfOneGroupAreTheCommandLinesByGroup() throws Exception {
        Path feedback = Files.writeString(dir.resolve("feedback.csv"), FEEDBACK);
        app = DesktopFixture.open().withWorkerReady();
        var main = app.window().main();
        runFx(() -> {
            main.documents().setColumnChooser((file, previews) -> Optional.of(new TableChoice(null, "text")));
            main.addFiles(List.of(feedback), true);
        });
        waitUntil("the analysis ran", Duration.ofSeconds(60), () -> main.results().store().size() > 0);
        app.awaitIdle(Duration.ofSeconds(60));
        var terms = app.window().terms();
        TabPane tabs = app.lookup("#viewTabs");
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Terms")).findFirst().orElseThrow()));
        waitUntil("the top terms are counted", Duration.ofSeconds(20), () -> !terms.terms().isEmpty());
        SentigridProcess.Result byGroup = SentigridProcess.run(dir, null, "terms", "--column", "text", "--by", "group",
                "--group-by", "team", "feedback.csv");
        assertThat(byGroup.exit()).isZero();

        ChoiceBox<String> groupColumn = app.lookup("#termsGroupChoice");
        waitUntil("the table's columns are offered", Duration.ofSeconds(20), () -> groupColumn.getItems().contains("team"));
        assertThat(onFx(() -> app.robot.lookup("_Groups of").queryAs(Label.class).getLabelFor())).as("Alt+G reaches it").isSameAs(groupColumn);
        app.robot.clickOn(groupColumn).clickOn("team");
        ChoiceBox<TermsScope> scope = app.lookup("#scopeChoice");
        waitUntil("its groups are offered", Duration.ofSeconds(20), () -> scope.getItems().stream().anyMatch(s -> s.group() != null));
        assertThat(onFx(() -> scope.getItems().stream().filter(s -> s.group() != null).map(TermsScope::name).toList()))
                .as("in order of first sight, as terms --by group").containsExactly(
                        "team: \"support\"", "team: \"billing\"", "team: (no value)", "team: \"delivery\"");
        assertThat(onFx(() -> app.window().groups().groupColumnProperty().get())).as("the Groups tab's column too").isEqualTo("team");

        for (String group : List.of("", "support")) {
            String cli = rowsOf(byGroup.out(), group);
            String name = group.isEmpty() ? "team: (no value)" : "team: \"" + group + "\"";
            app.robot.clickOn(scope).clickOn(name);
            waitUntil(name + "'s top terms are counted", Duration.ofSeconds(20), () -> window(terms.terms(), group).equals(cli));
            TableView<TermRow> table = app.lookup("#termsTable");
            List<TermRow> rows = onFx(() -> List.copyOf(table.getItems()));
            assertThat(window(rows, group)).isEqualTo(cli);
            assertThat(onFx(() -> bars())).as("the chart shows the table's numbers").isEqualTo(asBars(rows));
        }
        shot("terms-group.png");
    }

    private static final String FEEDBACK = """
            id,team,text
            1,support,"The agent was kind and helpful. My problem was solved quickly, great service!"
            2,billing,"I was charged twice. Terrible, and nobody answered my emails."
            3,support,"Slow reply, but the answer was good."
            4,,"No complaints. Everything works fine."
            5,billing,"The refund arrived. Thanks, that is a relief."
            6,delivery,"The parcel was late and the box was damaged. Awful."
            7,support,"Friendly staff, excellent advice. I love this shop."
            8,,"Sadly the app crashed again. Not happy."
            """;

    /** The window as it is now, in docs/screenshots. */
    private void shot(String name) throws Exception {
        Path shots = Path.of("..", "docs", "screenshots");
        Files.createDirectories(shots);
        WritableImage image = onFx(() -> app.window().stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve(name).toFile());
    }

    /** The header and the rows of one group of a grouped terms CSV, without the group column (the group "" is quoted there). */
    private static String rowsOf(String csv, String group) {
        String field = group.isEmpty() ? "\"\"" : group;
        List<String> lines = csv.lines().toList();
        StringBuilder rows = new StringBuilder(lines.get(0).substring(lines.get(0).indexOf(',') + 1)).append('\n');
        lines.stream().skip(1).filter(line -> line.startsWith(field + ",")).forEach(line -> rows.append(line.substring(field.length() + 1)).append('\n'));
        return rows.toString();
    }

    private static String window(List<TermRow> rows, String group) {
        StringWriter out = new StringWriter();
        try {
            TermsCsv.terms(out, List.copyOf(rows), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The bar chart's bars, top to bottom: word and length. */
    private List<String> bars() {
        BarChart<Number, String> chart = app.lookup("#termsChart");
        List<String> bars = new java.util.ArrayList<>();
        chart.getData().get(0).getData().forEach(bar -> bars.add(0, bar.getYValue() + " " + bar.getXValue()));
        return bars;
    }

    private static List<String> asBars(List<TermRow> rows) {
        return rows.stream().map(row -> row.word() + " " + row.valenceSum()).toList();
    }
}
