package org.sentigrid.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sentigrid.api.SentimentScores;

/** The compound as Python's str() prints it, and the line protocol's fixed decimals. */
class ScoreTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.6696, 0.6696",
        "-0.5423, -0.5423",
        "0.0, 0.0",
        "0.5, 0.5",
        "0.25, 0.25",
        "0.002, 0.002",
        "-0.001, -0.001",
        "0.0001, 0.0001",
        "-0.0001, -0.0001",
        "0.1, 0.1",
        "0.3, 0.3",
        "1.0, 1.0",
        "-1.0, -1.0",
        "0.9999, 0.9999",
        "0.07, 0.07",
    })
    void compoundIsWrittenAsPythonsStrWritesIt(double compound, String python) {
        assertThat(ScoreText.python(compound)).isEqualTo(python);
    }

    @Test
    void aNegativeZeroKeepsItsSignAsInPython() {
        // Python: str(round(-0.00001, 4)) == '-0.0', and the engine keeps that sign.
        assertThat(ScoreText.python(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void everyFourDecimalScoreRoundTripsAndHasNoExponentOrTrailingZero() {
        for (int i = -10_000; i <= 10_000; i++) {
            double compound = i / 10_000.0;
            String text = ScoreText.python(compound);
            assertThat(Double.parseDouble(text)).isEqualTo(compound);
            assertThat(text).matches("-?\\d\\.(0|\\d{0,3}[1-9])");
        }
    }

    @Test
    void linesHaveThreeThreeThreeAndFourDecimals() {
        assertThat(ScoreText.line(new SentimentScores(0.0, 0.406, 0.594, 0.6588))).isEqualTo("0.000 0.406 0.594 0.6588");
        assertThat(ScoreText.line(SentimentScores.EMPTY)).isEqualTo("0.000 0.000 0.000 0.0000");
        assertThat(ScoreText.line(new SentimentScores(0.5, 0.5, 0.0, -0.0))).isEqualTo("0.500 0.500 0.000 0.0000");
    }
}
