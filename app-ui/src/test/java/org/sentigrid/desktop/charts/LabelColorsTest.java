package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;

class LabelColorsTest {
    @Test
    void eachLabelHasItsOwnColourAlsoAsCssHex() {
        assertThat(LabelColors.hex(SentimentLabel.POSITIVE)).isEqualTo("#2e7d32");
        assertThat(LabelColors.hex(SentimentLabel.NEUTRAL)).isEqualTo("#9e9e9e");
        assertThat(LabelColors.hex(SentimentLabel.NEGATIVE)).isEqualTo("#c62828");
        for (SentimentLabel label : SentimentLabel.values()) {
            assertThat(LabelColors.of(label)).isEqualTo(Color.web(LabelColors.hex(label)));
        }
    }

    @Test
    void eightOverlaidDocumentsHaveDistinctColoursThenTheyRepeat() {
        assertThat(IntStream.range(0, ArcChart.MAX_CURVES).mapToObj(LabelColors::document)).doesNotHaveDuplicates();
        assertThat(LabelColors.document(ArcChart.MAX_CURVES)).isEqualTo(LabelColors.document(0));
    }
}
