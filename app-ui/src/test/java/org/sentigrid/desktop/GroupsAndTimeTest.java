package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.desktop.charts.GroupsChart;
import org.sentigrid.desktop.charts.TimeChart;
import org.sentigrid.desktop.groups.GroupsViewModel;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.main.TableChoice;
import org.sentigrid.summary.Period;
import org.sentigrid.summary.SummaryCsv;
import org.sentigrid.summary.Tally;

/** The Groups and Time tabs, the .xlsx export and spreadsheets' sheets in the real window, against the command line. */
class GroupsAndTimeTest extends DesktopTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String POSTS = """
            id,team,date,text
            1,alpha,2024-03-04,Nice work. The food was great!
            2,alpha,06/03/2024,Fine.
            3,alpha,1709942400,Terrible results. Awful service.
            4,beta,"March 11, 2024",The table.
            5,beta,yesterday,Nice.
            6,beta,2024-03-12T10:00:00Z,Great work. I love it.
            7,gamma,2024-03-20,Bad. Very bad. Not good at all.
            8,beta,,Nice.
            9,beta,2024-03-13,Okay.
            """;

    private MainViewModel model;
    private GroupsViewModel groups;

    /** The window with posts.csv analyzed (its text column chosen as the dialog would). */
    private Path analyzedPosts() throws Exception {
        Path posts = Files.writeString(dir.resolve("posts.csv"), POSTS);
        app = DesktopFixture.open().withWorkerReady();
        model = app.window().main();
        groups = app.window().groups();
        runFx(() -> {
            model.documents().setColumnChooser((file, previews) -> Optional.of(new TableChoice(null, "text")));
            model.addFiles(List.of(posts), true);
        });
        waitUntil("the analysis ran", LIMIT, () -> model.results().store().size() > 0);
        app.awaitIdle(LIMIT);
        return posts;
    }

    private void showTab(String name) throws Exception {
        TabPane tabs = app.lookup("#viewTabs");
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals(name)).findFirst().orElseThrow()));
    }

    private static String csv(List<Tally.Row> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryCsv.write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theGroupsChartHasSummarizesNumbersSortsAndAGroupShowsItsRows() throws Exception {
        analyzedPosts();
        showTab("Groups");
        ChoiceBox<String> groupChoice = app.lookup("#groupChoice");
        waitUntil("the columns are offered", LIMIT, () -> groupChoice.getItems().contains("team"));
        runFx(() -> groupChoice.setValue("team"));
        waitUntil("the teams are counted", LIMIT, () -> groups.groupsProperty().get().size() == 3);

        SentigridProcess.Result cli = SentigridProcess.run(dir, null, "summarize", "--column", "text", "--group-by", "team", "posts.csv");
        assertThat(cli.exit()).isZero();
        runFx(() -> groups.orderProperty().set(GroupsViewModel.Order.NAME)); // alpha, beta, gamma: summarize's order here
        waitUntil("sorted by name", LIMIT, () -> groups.groupsProperty().get().get(0).group().equals("alpha"));
        assertThat(csv(onFx(() -> groups.groupsProperty().get()))).isEqualTo(cli.out());

        runFx(() -> groups.orderProperty().set(GroupsViewModel.Order.MEAN));
        assertThat(onFx(() -> groups.groupsProperty().get().stream().map(Tally.Row::meanCompound).toList())).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        runFx(() -> groups.orderProperty().set(GroupsViewModel.Order.COUNT));
        Tally.Row most = onFx(() -> groups.groupsProperty().get().get(0));
        assertThat(most.group()).isEqualTo("beta"); // 6 units, against alpha's 5 and gamma's 3

        GroupsChart chart = app.lookup(".chart-holder GroupsChart");
        var numbers = onFx(chart::numbers); // the chart's table view: the rows it draws
        assertThat(numbers.rows()).isEqualTo(3);
        assertThat(List.of(numbers.cell().at(0, 0), numbers.cell().at(0, 1))).containsExactly("beta", "6");
        Point2D onBeta = onFx(() -> chart.localToScreen(chart.getWidth() / 2, chart.rowMiddle(0)));
        app.robot.clickOn(onBeta);
        waitUntil("the table shows beta's units", LIMIT, () -> model.results().rows().size() == most.units());
        assertThat(onFx(() -> model.results().rows().stream().map(r -> r.text()).toList()))
                .containsExactly("The table.", "Nice.", "Great work.", "I love it.", "Nice.", "Okay.");
        Button only = app.lookup("#onlyShownButton");
        assertThat(onFx(only::getText)).contains("group \"beta\"");
        app.robot.clickOn(only);
        waitUntil("every row shows again", LIMIT, () -> model.results().rows().size() == model.results().store().size());
        assertThat(onFx(only::isVisible)).isFalse();
    }

    @Test
    void theTimeChartHasSummarizesPeriodsAndSaysOnceWhichDatesItCannotRead() throws Exception {
        analyzedPosts();
        showTab("Time");
        runFx(() -> {
            groups.everyProperty().set(Period.WEEK);
            groups.groupColumnProperty().set("team");
            groups.timeColumnProperty().set("date");
        });
        TimeChart chart = app.lookup(".chart-holder TimeChart");
        waitUntil("the weeks are counted", LIMIT, () -> !chart.periods().isEmpty());

        assertThat(chart.periods()).containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 18));
        assertThat(chart.units()).containsExactly(5, 4, 3);
        assertThat(chart.groups()).containsExactly("alpha", "beta", "gamma");
        SentigridProcess.Result cli = SentigridProcess.run(dir, null, "summarize", "--column", "text", "--group-by", "team",
                "--time", "date", "--every", "week", "posts.csv");
        assertThat(csv(onFx(() -> groups.periodsProperty().get()))).isEqualTo(cli.out());
        var numbers = onFx(chart::numbers); // the chart's table view: summarize's rows, as it writes them
        assertThat(numbers.columns()).containsExactly("Group", "Period", "Units", "Mean compound", "95% low", "95% high");
        List<String> table = new java.util.ArrayList<>();
        for (int row = 0; row < numbers.rows(); row++) {
            int r = row;
            table.add(String.join(",", java.util.stream.IntStream.range(0, 6).mapToObj(c -> numbers.cell().at(r, c)).toList()));
        }
        assertThat(table).isEqualTo(cli.out().lines().skip(1).map(line -> line.split(",", -1))
                .map(fields -> String.join(",", List.of(fields).subList(0, 6))).toList());
        String undated = "2 units had a \"date\" that is not a date Sentigrid reads (the first: \"yesterday\" in posts.csv);"
                + " the Time chart leaves them out.";
        assertThat(onFx(() -> List.copyOf(model.status().notices()))).containsOnlyOnce(undated);

        runFx(() -> model.settings().thresholdProperty().set(0.3)); // counted again: the same dates are not said again
        waitUntil("counted again", LIMIT, () -> groups.statusProperty().get().contains("period"));
        Thread.sleep(500);
        assertThat(onFx(() -> List.copyOf(model.status().notices()))).containsOnlyOnce(undated);

        Point2D onTheSecondWeeksBar = onFx(() -> chart.localToScreen(chart.xOf(1), chart.barY()));
        app.robot.clickOn(onTheSecondWeeksBar);
        waitUntil("the table shows the week's units", LIMIT, () -> model.results().rows().size() == 4);
        assertThat(onFx(() -> model.results().rows().stream().map(r -> r.text()).toList()))
                .containsExactly("The table.", "Great work.", "I love it.", "Okay.");
    }

    @Test
    void theResultsExportAsAnExcelWorkbookWithNumbersAsNumbers() throws Exception {
        analyzedPosts();
        Path workbook = dir.resolve("results.xlsx");
        runFx(() -> model.export().exportXlsx(workbook, false));
        waitUntil("the workbook was written", LIMIT, () -> Files.exists(workbook));

        try (InputStream in = Files.newInputStream(workbook); Workbook read = new XSSFWorkbook(in)) {
            Sheet results = read.getSheet("Results");
            assertThat(results.getRow(0).getCell(6).getStringCellValue()).isEqualTo("compound");
            assertThat(results.getLastRowNum()).isEqualTo(model.results().store().size());
            for (int i = 0; i < model.results().store().size(); i++) {
                var row = results.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("posts.csv");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(model.results().store().text(i));
                assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(model.results().store().compound(i),
                        org.assertj.core.data.Offset.offset(0.00005));
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(model.results().store().record(i));
            }
            Sheet summary = read.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("posts.csv");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(model.results().store().size());
        }
    }

    @Test
    void aSpreadsheetsSheetIsChosenInTheColumnDialogTheFirstByDefault() throws Exception {
        Path book = dir.resolve("survey.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Q1").createRow(0).createCell(0).setCellValue("text");
            workbook.getSheet("Q1").createRow(1).createCell(0).setCellValue("Good.");
            Sheet q2 = workbook.createSheet("Q2");
            q2.createRow(0).createCell(0).setCellValue("id");
            q2.getRow(0).createCell(1).setCellValue("comment");
            q2.createRow(1).createCell(0).setCellValue(1);
            q2.getRow(1).createCell(1).setCellValue("Terrible. Awful.");
            try (var out = Files.newOutputStream(book)) {
                workbook.write(out);
            }
        }
        app = DesktopFixture.open().withWorkerReady();
        model = app.window().main();
        runFx(() -> model.addFiles(List.of(book), false));

        waitUntil("the column dialog asks", LIMIT, () -> app.robot.lookup("#sheetChoice").tryQuery().isPresent());
        ChoiceBox<String> sheet = app.robot.lookup("#sheetChoice").query();
        ChoiceBox<String> column = app.robot.lookup("#columnChoice").query();
        assertThat(onFx(() -> List.copyOf(sheet.getItems()))).containsExactly("Q1", "Q2");
        assertThat(onFx(sheet::getValue)).isEqualTo("Q1");
        assertThat(onFx(column::getValue)).isEqualTo("text");
        runFx(() -> sheet.setValue("Q2"));
        assertThat(onFx(() -> List.copyOf(column.getItems()))).containsExactly("id", "comment");
        assertThat(onFx(column::getValue)).isEqualTo("comment");
        app.robot.clickOn("OK");

        waitUntil("the sheet is a document", LIMIT, () -> model.documents().items().stream().anyMatch(d -> d.toString().contains("sheet Q2")));
        waitUntil("the text box shows the sheet's rows", LIMIT, () -> model.documents().editorTextProperty().get().startsWith("id\tcomment\n1\tTerrible. Awful."));
        runFx(model::analyze);
        waitUntil("the analysis ran", LIMIT, () -> model.results().store().size() > 0);
        app.awaitIdle(LIMIT);
        assertThat(onFx(() -> model.results().rows().stream().map(r -> r.text()).toList())).containsExactly("Terrible.", "Awful.");
    }

    /** docs/screenshots/groups.png and time.png: a year of reviews of five products, by product and month. */
    @Test
    void theGroupsAndTimeChartsAreRenderedToDocs() throws Exception {
        String[] products = {"Blender", "Kettle", "Toaster", "Coffee maker", "Juicer"};
        String[] good = {"I love it, works great!", "Good value.", "Excellent, highly recommended!", "Not bad at all."};
        String[] bad = {"Terrible, it broke after a week.", "The lid is awful and leaks.", "Arrived late and scratched.",
            "It is fine, nothing special."};
        StringBuilder csv = new StringBuilder("product,date,review\n");
        for (int month = 1; month <= 12; month++) {
            for (int p = 0; p < products.length; p++) {
                // How many of a product's six reviews that month are good: each product has its own course over the year.
                int goodOnes = (int) Math.round(3 + (2 - p * 0.6) + 1.6 * Math.sin((month + 2.5 * p) / 2.0));
                for (int r = 0; r < 6; r++) {
                    String review = r < goodOnes ? good[(r + month + p) % good.length] : bad[(r + month * p) % bad.length];
                    csv.append(products[p]).append(",2024-").append(String.format("%02d", month)).append('-')
                            .append(String.format("%02d", 1 + r * 4)).append(",\"").append(review).append("\"\n");
                }
            }
        }
        Path reviews = Files.writeString(dir.resolve("product-reviews.csv"), csv);
        app = DesktopFixture.open().withWorkerReady();
        model = app.window().main();
        groups = app.window().groups();
        runFx(() -> {
            model.documents().setColumnChooser((file, previews) -> Optional.of(new TableChoice(null, "review")));
            model.addFiles(List.of(reviews), true);
        });
        waitUntil("the analysis ran", LIMIT, () -> model.results().store().size() > 0);
        app.awaitIdle(LIMIT);
        Path shots = Path.of("..", "docs", "screenshots");
        Files.createDirectories(shots);

        showTab("Groups");
        runFx(() -> groups.groupColumnProperty().set("product"));
        waitUntil("the products are counted", LIMIT, () -> groups.groupsProperty().get().size() == 5);
        GroupsChart chart = app.lookup(".chart-holder GroupsChart");
        Point2D onTheFirst = onFx(() -> chart.localToScreen(chart.getWidth() / 2, chart.rowMiddle(0)));
        app.robot.clickOn(onTheFirst);
        waitUntil("the table shows its units", LIMIT, () -> !model.results().onlyShownProperty().get().isEmpty());
        shot(shots.resolve("groups.png"));

        showTab("Time");
        runFx(() -> groups.timeColumnProperty().set("date"));
        TimeChart time = app.lookup(".chart-holder TimeChart");
        waitUntil("the months are counted", LIMIT, () -> time.periods().size() == 12);
        shot(shots.resolve("time.png"));
    }

    private void shot(Path file) throws Exception {
        javafx.scene.image.WritableImage image = onFx(() -> {
            app.window().stage().getScene().getRoot().applyCss();
            app.window().stage().getScene().getRoot().layout();
            return app.window().stage().getScene().snapshot(null);
        });
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
