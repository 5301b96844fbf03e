package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sentigrid.api.SentimentLabel;
import org.testfx.framework.junit5.ApplicationExtension;

/** The 20 bins of width 0.1; the toolkit is started because the chart classes load fonts. */
@ExtendWith(ApplicationExtension.class)
class HistogramBinsTest {
    @Test
    void binsAreTenthsFromMinusOneWithOneInTheLastBin() {
        assertThat(HistogramChart.bin(-1)).isZero();
        assertThat(HistogramChart.bin(-0.95)).isZero();
        assertThat(HistogramChart.bin(-0.05)).isEqualTo(9);
        assertThat(HistogramChart.bin(0)).isEqualTo(10);
        assertThat(HistogramChart.bin(0.0999)).isEqualTo(10);
        assertThat(HistogramChart.bin(0.1)).isEqualTo(11);
        assertThat(HistogramChart.bin(0.999)).isEqualTo(19);
        assertThat(HistogramChart.bin(1)).isEqualTo(19);
    }

    @Test
    void eachBinCountsItsUnitsPerLabelUnderTheThreshold() throws Exception {
        // Bin 10 is [0, 0.1): VADER's exact zeros are neutral, 0.07 is positive at 0.05 and neutral at 0.1.
        HistogramChart chart = Fx.call(() -> new HistogramChart(new ArrayPoints(new double[] {0, 0, 0.07, -0.5, 0.95}, 5)));
        Fx.run(chart::refresh);

        assertThat(chart.count(10)).isEqualTo(3);
        assertThat(chart.count(10, SentimentLabel.NEUTRAL)).isEqualTo(2);
        assertThat(chart.count(10, SentimentLabel.POSITIVE)).isEqualTo(1);
        assertThat(chart.count(5, SentimentLabel.NEGATIVE)).isEqualTo(1);
        assertThat(chart.count(19, SentimentLabel.POSITIVE)).isEqualTo(1);

        Fx.run(() -> chart.setThreshold(0.1));
        assertThat(chart.count(10, SentimentLabel.NEUTRAL)).isEqualTo(3);
        assertThat(chart.count(10, SentimentLabel.POSITIVE)).isZero();
    }
}
