package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Without points each chart shows only a grey hint in its middle. */
@ExtendWith(ApplicationExtension.class)
class EmptyChartsTest {
    private List<CanvasChart> charts;

    @Start
    void start(Stage stage) {
        ArrayPoints none = ArrayPoints.empty();
        charts = List.of(new CompoundBarChart(none), new ArcChart(none), new LabelMixChart(none), new HistogramChart(none));
        VBox box = new VBox();
        for (CanvasChart chart : charts) {
            chart.setPrefSize(900, 300);
            box.getChildren().add(chart);
        }
        stage.setScene(new Scene(box, 900, 1200));
        stage.sizeToScene(); // the primary stage is shared: an earlier test may have sized it
        stage.show();
    }

    @Test
    void anEmptyChartShowsAHintInItsMiddleAndNothingElse() throws Exception {
        for (CanvasChart chart : charts) {
            Image image = Fx.call(() -> {
                chart.refresh();
                return chart.snapshot(null, null);
            });
            int all = Fx.countPixels(image, Fx.notBackground());
            int middle = 0;
            var reader = image.getPixelReader();
            for (int y = 150 - 10; y < 150 + 10; y++) {
                for (int x = 0; x < 900; x++) {
                    middle += Fx.notBackground().test(reader.getArgb(x, y)) ? 1 : 0;
                }
            }
            assertThat(all).as(chart.getClass().getSimpleName()).isGreaterThan(200).isEqualTo(middle);
        }
    }
}
