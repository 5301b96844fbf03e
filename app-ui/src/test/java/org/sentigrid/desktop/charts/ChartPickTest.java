package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a click at a position selects, asked through {@code indexAt} without mouse events. */
@ExtendWith(ApplicationExtension.class)
class ChartPickTest {
    private static final double[] TEN = {0.9, -0.8, 0.0, 0.3, -0.2, 0.6, -0.6, 0.1, 0.04, -1};
    private static final int MANY = 100_000;

    private final ArrayPoints many = manyPoints();
    private CompoundBarChart tenBars;
    private CompoundBarChart manyBars;
    private ArcChart arc;

    @Start
    void start(Stage stage) {
        tenBars = new CompoundBarChart(new ArrayPoints(TEN, 4, 6));
        manyBars = new CompoundBarChart(many);
        arc = new ArcChart(new ArrayPoints(new double[] {0.1, 0.5, -0.3, 0.2, 0.0, -0.1, 0.4, 0.3}, 5, 3));
        arc.setWindow(1);
        for (var chart : new CanvasChart[] {tenBars, manyBars, arc}) {
            chart.setPrefSize(1000, 300);
        }
        stage.setScene(new Scene(new VBox(tenBars, manyBars, arc), 1000, 900));
        stage.sizeToScene(); // the primary stage is shared: an earlier test may have sized it
        stage.show();
    }

    @Test
    void aBarOfTenInAThousandPixelsPicksItsPoint() throws Exception {
        Rectangle2D plot = Fx.call(tenBars::plot);
        double slot = plot.getWidth() / TEN.length;
        double middle = plot.getMinY() + plot.getHeight() / 2;
        for (int k = 0; k < TEN.length; k++) {
            double left = plot.getMinX() + k * slot + 0.5;
            double right = plot.getMinX() + (k + 1) * slot - 0.5;
            assertThat(Fx.call(() -> tenBars.indexAt(left, middle))).as("left edge of bar %d", k).isEqualTo(k);
            assertThat(Fx.call(() -> tenBars.indexAt(right, plot.getMinY() + 1))).as("right edge of bar %d", k).isEqualTo(k);
        }
        assertThat(Fx.call(() -> tenBars.indexAt(plot.getMinX() - 2, middle))).isEqualTo(-1);
        assertThat(Fx.call(() -> tenBars.indexAt(plot.getMinX() + 1, plot.getMaxY() + 2))).isEqualTo(-1);
    }

    @Test
    void aColumnOfManyPointsPicksItsMostExtremePoint() throws Exception {
        Rectangle2D plot = Fx.call(manyBars::plot);
        int columns = (int) plot.getWidth();
        double middle = plot.getMinY() + plot.getHeight() / 2;
        for (int c = 0; c < columns; c++) {
            int column = c;
            int[] members = IntStream.range(0, MANY).filter(i -> (long) i * columns / MANY == column).toArray();
            int extreme = IntStream.of(members)
                    .reduce((a, b) -> Math.abs(many.compound(b)) > Math.abs(many.compound(a)) ? b : a).orElseThrow();
            assertThat(Fx.call(() -> manyBars.indexAt(plot.getMinX() + column + 0.5, middle)))
                    .as("column %d", c).isEqualTo(extreme);
        }
    }

    @Test
    void thePlantedExtremeIsPickedWhereItsMarkerIsDrawn() throws Exception {
        var marker = Fx.call(() -> manyBars.positionOf(54_321));
        assertThat(Fx.call(() -> manyBars.indexAt(marker.getX(), marker.getY()))).isEqualTo(54_321);
    }

    /** Window 1: the arc goes through the scores; y runs over [-0.5, 0.5], the largest score rounded up. */
    @Test
    void anArcPicksTheNearestPointOfTheNearestCurveByGlobalIndex() throws Exception {
        Rectangle2D plot = Fx.call(arc::plot);
        double[] scores = {0.1, 0.5, -0.3, 0.2, 0.0, -0.1, 0.4, 0.3};
        double[] positions = {0, 0.25, 0.5, 0.75, 1, 0, 0.5, 1};
        for (int i = 0; i < scores.length; i++) {
            double x = plot.getMinX() + positions[i] * plot.getWidth();
            double y = plot.getMaxY() - (scores[i] + 0.5) * plot.getHeight();
            int index = i;
            assertThat(Fx.call(() -> arc.indexAt(x + 3, y - 3))).as("near point %d", i).isEqualTo(index);
        }
        double farFromAll = plot.getMaxY() - 0.05 * plot.getHeight();
        assertThat(Fx.call(() -> arc.indexAt(plot.getMinX() + plot.getWidth() * 0.4, farFromAll))).isEqualTo(-1);
    }

    /** Window 3: point 1 of the first document is at the mean of 0.1, 0.5 and -0.3; y runs over [-0.4, 0.4]. */
    @Test
    void aWiderWindowMovesTheArcToTheRollingMean() throws Exception {
        Fx.run(() -> arc.setWindow(3));
        Rectangle2D plot = Fx.call(arc::plot);
        double x = plot.getMinX() + 0.25 * plot.getWidth();
        double onMean = plot.getMaxY() - (0.1 + 0.4) / 0.8 * plot.getHeight();
        double onScore = plot.getMaxY() - (0.5 + 0.4) / 0.8 * plot.getHeight();
        assertThat(Fx.call(() -> arc.indexAt(x, onMean))).isEqualTo(1);
        assertThat(Fx.call(() -> arc.indexAt(x, onScore))).isEqualTo(-1);
    }

    @Test
    void onlyTheShownDocumentsAreDrawnAndPicked() throws Exception {
        Fx.run(() -> arc.getShownDocuments().setAll(1));
        assertThat(Fx.call(() -> arc.positionOf(0))).isNull();
        assertThat(Fx.call(() -> arc.positionOf(6))).isNotNull();
        Rectangle2D plot = Fx.call(arc::plot);
        double firstOfFirst = plot.getMaxY() - (0.1 + 0.4) / 0.8 * plot.getHeight();
        assertThat(Fx.call(() -> arc.indexAt(plot.getMinX(), firstOfFirst))).isEqualTo(-1);
    }

    /** Random scores within ±0.5, and one column holding -0.97, another both 0.99 and -0.98. */
    private static ArrayPoints manyPoints() {
        Random random = new Random(3);
        double[] compounds = random.doubles(MANY, -0.5, 0.5).toArray();
        compounds[54_321] = -0.97;
        compounds[80_000] = 0.99;
        compounds[80_001] = -0.98;
        return new ArrayPoints(compounds, MANY);
    }
}
