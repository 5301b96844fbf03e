package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sentigrid.api.SentimentLabel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the arc's default window and the label mix of several documents draw. */
@ExtendWith(ApplicationExtension.class)
class ChartShapesTest {
    /** Ten units at +0.8, then ten at -0.8. */
    private static final double[] TURN = {0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8,
        -0.8, -0.8, -0.8, -0.8, -0.8, -0.8, -0.8, -0.8, -0.8, -0.8};
    private static final ArrayPoints NOISE = ArrayPoints.random(400_000, 1, 11);

    private ArcChart shortArc;
    private ArcChart longArc;
    private LabelMixChart mix;

    @Start
    void start(Stage stage) {
        shortArc = new ArcChart(new ArrayPoints(TURN, TURN.length));
        longArc = new ArcChart(NOISE);
        longArc.setWindow(1);
        mix = new LabelMixChart(new ArrayPoints(new double[] {0.9, 0.8, -0.5, 0, 0, -0.7, -0.9}, 3, 4));
        for (CanvasChart chart : new CanvasChart[] {shortArc, longArc, mix}) {
            chart.setPrefSize(900, 300);
        }
        stage.setScene(new Scene(new VBox(shortArc, longArc, mix), 900, 900));
        stage.sizeToScene(); // the primary stage is shared: an earlier test may have sized it
        stage.show();
    }

    /**
     * By default a document's arc averages a tenth of it (here 2 units): it runs from the top of the axis to its
     * bottom. A window of 25 on these 20 units gave a flat line near 0 in its middle.
     */
    @Test
    void aShortDocumentsArcFollowsItByDefault() throws Exception {
        assertThat(Fx.call(shortArc::getWindow)).isEqualTo(ArcChart.AUTO_WINDOW);
        Rectangle2D plot = Fx.call(shortArc::plot);
        Point2D early = Fx.call(() -> shortArc.positionOf(4));
        Point2D late = Fx.call(() -> shortArc.positionOf(15));
        assertThat(early.getY() - plot.getMinY()).as("early: near the top").isLessThan(0.05 * plot.getHeight());
        assertThat(plot.getMaxY() - late.getY()).as("late: near the bottom").isLessThan(0.05 * plot.getHeight());
    }

    /**
     * 400,000 noisy units without smoothing: the arc's band spans the noise (a tint of the curve's colour), and its
     * line, the mean of each pixel column, stays near 0: no zigzag filling the plot in the curve's colour.
     */
    @Test
    void aLongNoisyArcShowsItsBandAndItsMean() throws Exception {
        Rectangle2D plot = Fx.call(longArc::plot);
        double area = plot.getWidth() * plot.getHeight();
        Color curve = LabelColors.document(0);
        int solid = Fx.countPixels(longArc, near(curve, 8));
        int band = Fx.countPixels(longArc, near(curve.interpolate(Color.WHITE, 0.75), 8));
        assertThat(band).as("band pixels").isGreaterThan((int) (0.5 * area));
        assertThat(solid).as("pixels in the curve's own colour").isLessThan((int) (6 * plot.getWidth()));
    }

    @Test
    void theLabelMixOfSeveralDocumentsCountsEachAndDrawsARowForEach() throws Exception {
        Fx.run(mix::refresh);
        assertThat(mix.count(0, SentimentLabel.POSITIVE)).isEqualTo(2);
        assertThat(mix.count(0, SentimentLabel.NEGATIVE)).isEqualTo(1);
        assertThat(mix.count(1, SentimentLabel.NEUTRAL)).isEqualTo(2);
        assertThat(mix.count(1, SentimentLabel.NEGATIVE)).isEqualTo(2);
        assertThat(mix.count(SentimentLabel.NEGATIVE)).isEqualTo(3);
        // Rows for all, document 1 and document 2: the second document's row has no green, the first's has.
        Rectangle2D plot = Fx.call(mix::plot);
        var image = Fx.call(() -> mix.snapshot(null, null));
        double row = plot.getHeight() / 3;
        assertThat(greenIn(image, plot.getMinY() + 1.5 * row)).as("document 1's row").isGreaterThan(20);
        assertThat(greenIn(image, plot.getMinY() + 2.5 * row)).as("document 2's row").isZero();
    }

    private static int greenIn(javafx.scene.image.Image image, double y) {
        var pixels = image.getPixelReader();
        var positive = Fx.is(LabelColors.of(SentimentLabel.POSITIVE));
        int count = 0;
        for (int x = 0; x < (int) image.getWidth(); x++) {
            count += positive.test(pixels.getArgb(x, (int) y)) ? 1 : 0;
        }
        return count;
    }

    private static java.util.function.IntPredicate near(Color color, int tolerance) {
        int r = (int) Math.round(color.getRed() * 255);
        int g = (int) Math.round(color.getGreen() * 255);
        int b = (int) Math.round(color.getBlue() * 255);
        return argb -> Math.abs(((argb >> 16) & 0xff) - r) <= tolerance && Math.abs(((argb >> 8) & 0xff) - g) <= tolerance
                && Math.abs((argb & 0xff) - b) <= tolerance;
    }
}
