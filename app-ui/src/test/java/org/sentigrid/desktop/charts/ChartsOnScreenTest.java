package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sentigrid.api.SentimentLabel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The four charts on a headless screen with a million points in three documents. */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class ChartsOnScreenTest {
    private static final ArrayPoints MILLION = ArrayPoints.random(1_000_000, 3, 7);
    private static final Path IMAGES = Path.of("target", "charts");

    private CompoundBarChart bars;
    private ArcChart arc;
    private LabelMixChart mix;
    private HistogramChart histogram;

    @Start
    void start(Stage stage) {
        bars = new CompoundBarChart(MILLION);
        arc = new ArcChart(MILLION);
        mix = new LabelMixChart(MILLION);
        histogram = new HistogramChart(MILLION);
        for (CanvasChart chart : charts()) {
            chart.setPrefSize(900, 300);
        }
        stage.setScene(new Scene(new VBox(bars, arc, mix, histogram), 900, 1200));
        stage.sizeToScene(); // the primary stage is shared: an earlier test may have sized it
        stage.show();
    }

    private List<CanvasChart> charts() {
        return List.of(bars, arc, mix, histogram);
    }

    @Test
    void eachChartDrawsAMillionPointsIntoAPng() throws Exception {
        Files.createDirectories(IMAGES);
        String[] names = {"compound-bars", "arc", "label-mix", "histogram"};
        for (int c = 0; c < names.length; c++) {
            CanvasChart chart = charts().get(c);
            Path file = IMAGES.resolve(names[c] + ".png");
            WritableImage snapshot = Fx.call(() -> {
                chart.refresh();
                return chart.snapshot(null, null);
            });
            ImageIO.write(SwingFXUtils.fromFXImage(snapshot, null), "png", file.toFile());
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).as(names[c]).isEqualTo(900);
            assertThat(image.getHeight()).as(names[c]).isEqualTo(300);
            int drawn = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    drawn += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
                }
            }
            assertThat(drawn).as("pixels drawn in %s", file).isGreaterThan(3_000);
        }
        printRefreshTimes();
    }

    @Test
    void theLabelMixAndTheHistogramCountEveryPoint() throws Exception {
        Fx.run(() -> charts().forEach(CanvasChart::refresh));
        long labelled = 0;
        for (SentimentLabel label : SentimentLabel.values()) {
            labelled += mix.count(label);
        }
        long binned = 0;
        for (int b = 0; b < HistogramChart.BINS; b++) {
            binned += histogram.count(b);
        }
        assertThat(labelled).isEqualTo(1_000_000);
        assertThat(binned).isEqualTo(1_000_000);
        assertThat(mix.count(SentimentLabel.NEUTRAL)).isBetween(45_000L, 55_000L);
        Fx.run(() -> mix.setThreshold(0.5));
        assertThat(mix.count(SentimentLabel.NEUTRAL)).isBetween(490_000L, 510_000L);
    }

    @Test
    void clickingABarSelectsThePointIndexAtGives(FxRobot robot) throws Exception {
        Point2D local = Fx.call(() -> {
            var plot = bars.plot();
            return clickable(bars, plot.getMinX() + plot.getWidth() * 0.7, plot.getMinY() + plot.getHeight() / 3);
        });
        int expected = Fx.call(() -> bars.indexAt(local.getX(), local.getY()));
        assertThat(expected).isGreaterThan(600_000);
        robot.clickOn(Fx.call(() -> bars.localToScreen(local)));
        assertThat(bars.getSelectedIndex()).isEqualTo(expected);
    }

    @Test
    void clickingNearAnArcSelectsThePointIndexAtGives(FxRobot robot) throws Exception {
        int second = MILLION.documentStart(1) + MILLION.documentSize(1) / 2;
        Point2D local = Fx.call(() -> {
            Point2D onCurve = arc.positionOf(second);
            return clickable(arc, onCurve.getX(), onCurve.getY());
        });
        int expected = Fx.call(() -> arc.indexAt(local.getX(), local.getY()));
        assertThat(expected).isNotEqualTo(-1);
        robot.clickOn(Fx.call(() -> arc.localToScreen(local)));
        assertThat(arc.getSelectedIndex()).isEqualTo(expected);
    }

    @Test
    void aSelectionFromOutsideIsMarked() throws Exception {
        for (SelectableChart chart : List.of(bars, arc)) {
            Fx.run(() -> chart.setSelectedIndex(-1));
            assertThat(Fx.countPixels(chart, Fx.is(ChartPalette.LIGHT.accent()))).isZero();
            Fx.run(() -> chart.setSelectedIndex(500_000));
            assertThat(Fx.countPixels(chart, Fx.is(ChartPalette.LIGHT.accent()))).as(chart.getClass().getSimpleName())
                    .isGreaterThan(100);
        }
    }

    /**
     * A thousand random scores a pixel column: bars from 0 to each column's highest and lowest filled the plot with
     * green and red. Each column shows the band of its scores (nearly -1 to 1, grey) and their mean (near 0: a
     * neutral line) instead.
     */
    @Test
    void aMillionBarsShowTheirRangeAndMeanNotASolidBlock() throws Exception {
        Fx.run(() -> bars.setThreshold(0.05));
        var plot = Fx.call(bars::plot);
        double area = plot.getWidth() * plot.getHeight();
        int labelled = Fx.countPixels(bars, Fx.is(LabelColors.of(SentimentLabel.POSITIVE)))
                + Fx.countPixels(bars, Fx.is(LabelColors.of(SentimentLabel.NEGATIVE)));
        int drawn = Fx.countPixels(bars, Fx.notBackground());
        assertThat(labelled).as("pixels in a label's colour").isLessThan((int) (0.02 * area));
        assertThat(drawn).as("pixels drawn").isGreaterThan((int) (0.8 * area));
    }

    /** A picture of the chosen size (twice the pixels for HiDPI), with a title row above the chart; the screen stays. */
    @Test
    void aPictureIsTheChosenSizeWithItsTitleAndTheScreenStaysAsItWas() throws Exception {
        for (CanvasChart chart : charts()) {
            int before = Fx.countPixels(chart, Fx.notBackground());
            Image picture = Fx.call(() -> chart.picture(1600, 1000, 1));
            Image hidpi = Fx.call(() -> chart.picture(1600, 1000, 2));
            String name = chart.getClass().getSimpleName();
            assertThat(new double[] {picture.getWidth(), picture.getHeight()}).as(name).containsExactly(1600, 1000);
            assertThat(new double[] {hidpi.getWidth(), hidpi.getHeight()}).as(name).containsExactly(3200, 2000);
            int title = 0;
            var pixels = picture.getPixelReader();
            for (int y = 0; y < 34; y++) {
                for (int x = 0; x < 800; x++) {
                    title += Fx.notBackground().test(pixels.getArgb(x, y)) ? 1 : 0;
                }
            }
            assertThat(title).as("title pixels of %s", name).isGreaterThan(300);
            assertThat(Fx.countPixels(chart, Fx.notBackground())).as(name + " on screen").isEqualTo(before);
        }
    }

    @Test
    void aHigherThresholdTurnsHistogramBinsNeutral() throws Exception {
        int positive = Fx.countPixels(histogram, Fx.is(LabelColors.of(SentimentLabel.POSITIVE)));
        Fx.run(() -> histogram.setThreshold(0.5));
        int positiveAfter = Fx.countPixels(histogram, Fx.is(LabelColors.of(SentimentLabel.POSITIVE)));
        assertThat(positiveAfter).isPositive().isLessThan(positive * 3 / 5);
    }

    /** A local point that lands on a whole screen pixel, where the robot can click exactly. */
    private static Point2D clickable(CanvasChart chart, double x, double y) {
        Point2D screen = chart.localToScreen(x, y);
        return chart.screenToLocal(Math.round(screen.getX()), Math.round(screen.getY()));
    }

    /** Refresh alone (reading the points, drawing commands) and with the canvas rendered into a snapshot. */
    private void printRefreshTimes() throws Exception {
        for (CanvasChart chart : charts()) {
            long refresh = Long.MAX_VALUE;
            long rendered = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                refresh = Math.min(refresh, Fx.call(() -> nanos(chart::refresh)));
                rendered = Math.min(rendered, Fx.call(() -> nanos(() -> {
                    chart.refresh();
                    chart.snapshot(null, null);
                })));
            }
            System.out.printf(Locale.ENGLISH, "%s, 1,000,000 points, best of 5: refresh %.1f ms, refresh + snapshot %.1f ms%n",
                    chart.getClass().getSimpleName(), refresh / 1e6, rendered / 1e6);
        }
    }

    private static long nanos(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }
}
