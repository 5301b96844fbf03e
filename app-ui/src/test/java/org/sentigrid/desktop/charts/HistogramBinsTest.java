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
    void aBinIsColouredByTheLabelOfItsCentre() {
        assertThat(HistogramChart.centre(0)).isEqualTo(-0.95);
        assertThat(HistogramChart.centre(19)).isEqualTo(0.95);
        assertThat(SentimentLabel.of(HistogramChart.centre(9), 0.05)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(SentimentLabel.of(HistogramChart.centre(10), 0.05)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(SentimentLabel.of(HistogramChart.centre(10), 0.1)).isEqualTo(SentimentLabel.NEUTRAL);
    }
}
