package org.sentigrid.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sentigrid.api.SentimentLabel.NEGATIVE;
import static org.sentigrid.api.SentimentLabel.NEUTRAL;
import static org.sentigrid.api.SentimentLabel.POSITIVE;

import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;

/** The measures against values worked out by hand (the working in each test's comment). */
class AgreementMeasuresTest {
    private static final double EXACT = 1e-12;

    @Test
    void pearsonOfASmallSample() {
        // x - 3 = -2 -1 0 1 2, y - 4 = -2 0 1 0 1: sxy = 4 + 2 = 6, sxx = 10, syy = 6, r = 6 / sqrt(60)
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(0.7745966692414834, within(EXACT));
    }

    @Test
    void spearmanGivesTiesTheMeanOfTheirRanks() {
        // y's ranks: 2 -> 1, the two 4s -> 2.5, the two 5s -> 4.5; x's are 1..5.
        // rank y - 3 = -2 -0.5 1.5 -0.5 1.5: sxy = 4 + 0.5 - 0.5 + 3 = 7, sxx = 10, syy = 9, rho = 7 / sqrt(90)
        assertThat(Correlation.ranks(new double[] {2, 4, 5, 4, 5})).containsExactly(1, 2.5, 4.5, 2.5, 4.5);
        assertThat(Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(0.7378647873726218, within(EXACT));
    }

    @Test
    void aMonotoneButCurvedRelationIsAPerfectSpearman() {
        double[] x = {-0.9, -0.1, 0.2, 0.5, 0.95};
        double[] y = {-4, -0.5, 0.1, 1, 3.9};

        assertThat(Correlation.spearman(x, y)).isEqualTo(1.0);
        assertThat(Correlation.pearson(x, y)).isLessThan(1.0);
    }

    @Test
    void fisherIntervalsMatchTheTextbook() {
        // r = 0.5 from 28 pairs: atanh 0.5 = 0.5493, +- 1.96 / 5 = 0.3920, tanh(0.1573) = 0.156, tanh(0.9413) = 0.736
        Correlation.Interval interval = Correlation.interval95(0.5, 28);
        assertThat(interval.low()).isCloseTo(0.1560, within(5e-5));
        assertThat(interval.high()).isCloseTo(0.7358, within(5e-5));
        // r = -0.8 from 103 pairs: atanh(-0.8) = -1.0986, +- 1.96 / 10 = 0.1960, tanh(-1.2946) = -0.8603, tanh(-0.9026) = -0.7176
        Correlation.Interval negative = Correlation.interval95(-0.8, 103);
        assertThat(negative.low()).isCloseTo(-0.8603, within(5e-5));
        assertThat(negative.high()).isCloseTo(-0.7176, within(5e-5));
    }

    @Test
    void tooFewPairsOrNoVariationHaveNoCorrelation() {
        assertThat(Correlation.pearson(new double[] {1}, new double[] {2})).isNaN();
        assertThat(Correlation.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
        assertThat(Correlation.interval95(0.9, 3).low()).isNaN();
    }

    @Test
    void maeIsMeasuredAfterTheLeastSquaresLine() {
        // x = 0 1 2, y = 1 3 4: slope = sxy / sxx = 3 / 2, intercept = 8/3 - 1.5 = 7/6; the line gives 7/6, 8/3, 25/6,
        // off by 1/6, 1/3, 1/6: mean 2/9
        RatingAgreement agreement = RatingAgreement.of(new double[] {0, 1, 2}, new double[] {1, 3, 4});

        assertThat(agreement.slope()).isCloseTo(1.5, within(EXACT));
        assertThat(agreement.intercept()).isCloseTo(7.0 / 6, within(EXACT));
        assertThat(agreement.mae()).isCloseTo(2.0 / 9, within(EXACT));
        assertThat(agreement.n()).isEqualTo(3);
        assertThat(agreement.pearson95().low()).isNaN();
    }

    private static final double[] COMPOUND = {0.5, 0.02, -0.3, -0.6, 0.1, 0.0};
    private static final SentimentLabel[] GOLD = {POSITIVE, POSITIVE, POSITIVE, NEGATIVE, NEGATIVE, NEUTRAL};

    @Test
    void confusionAndItsMeasuresAtOneThreshold() {
        // at 0.05 the compounds read positive, neutral, negative, negative, positive, neutral
        Confusion c = Confusion.of(COMPOUND, GOLD, 0.05);

        assertThat(c.count(POSITIVE, POSITIVE)).isEqualTo(1);
        assertThat(c.count(POSITIVE, NEUTRAL)).isEqualTo(1);
        assertThat(c.count(POSITIVE, NEGATIVE)).isEqualTo(1);
        assertThat(c.count(NEGATIVE, NEGATIVE)).isEqualTo(1);
        assertThat(c.count(NEGATIVE, POSITIVE)).isEqualTo(1);
        assertThat(c.count(NEUTRAL, NEUTRAL)).isEqualTo(1);
        assertThat(c.n()).isEqualTo(6);
        assertThat(c.accuracy()).isCloseTo(0.5, within(EXACT));
        // positive: 1 of 2 predicted right, 1 of 3 found: F1 = 2 * 1/2 * 1/3 / (5/6) = 0.4
        assertThat(c.precision(POSITIVE)).isCloseTo(0.5, within(EXACT));
        assertThat(c.recall(POSITIVE)).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(c.f1(POSITIVE)).isCloseTo(0.4, within(EXACT));
        // negative: 1/2 and 1/2: 0.5; neutral: 1/2 and 1/1: 2/3
        assertThat(c.f1(NEGATIVE)).isCloseTo(0.5, within(EXACT));
        assertThat(c.f1(NEUTRAL)).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(c.macroF1()).isCloseTo((0.4 + 0.5 + 2.0 / 3) / 3, within(EXACT));
    }

    @Test
    void theSweepNamesTheLowestThresholdWithTheBestMacroF1() {
        // at 0.01 and 0.02, 0.02 reads positive: positive 2/3 and 2/3 (F1 2/3), negative 1/2 and 1/2, neutral 1 and 1:
        // macro-F1 (2/3 + 1/2 + 1) / 3 = 0.7222; from 0.03 to 0.10 as at 0.05 (0.5222); 0.11 to 0.30 every F1 is 0.5
        LabelAgreement agreement = LabelAgreement.of(COMPOUND, GOLD, 0.05);

        assertThat(agreement.sweep()).hasSize(99);
        assertThat(agreement.best().threshold()).isEqualTo(0.01);
        assertThat(agreement.best().macroF1()).isCloseTo((2.0 / 3 + 0.5 + 1) / 3, within(EXACT));
        assertThat(agreement.sweep().get(1).macroF1()).isCloseTo((2.0 / 3 + 0.5 + 1) / 3, within(EXACT));
        assertThat(agreement.sweep().get(4).macroF1()).isCloseTo((0.4 + 0.5 + 2.0 / 3) / 3, within(EXACT));
        assertThat(agreement.sweep().get(19).macroF1()).isCloseTo(0.5, within(EXACT));
        assertThat(agreement.confusion().accuracy()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void macroF1AveragesOnlyTheClassesTheGoldUses() {
        // gold positive, negative; predicted neutral, negative: positive never predicted (F1 0, precision undefined),
        // negative perfect (F1 1); neutral is not in the gold: macro-F1 = (0 + 1) / 2
        Confusion c = Confusion.of(new double[] {0.0, -0.5}, new SentimentLabel[] {POSITIVE, NEGATIVE}, 0.05);

        assertThat(c.goldClasses()).containsExactly(POSITIVE, NEGATIVE);
        assertThat(c.precision(POSITIVE)).isNaN();
        assertThat(c.f1(POSITIVE)).isZero();
        assertThat(c.f1(NEUTRAL)).isNaN();
        assertThat(c.macroF1()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void goldLabelsByMapThenByName() {
        GoldLabels labels = GoldLabels.parse("1=positive, 0 = negative,meh=NEUTRAL");

        assertThat(labels.label(" 1 ")).isEqualTo(POSITIVE);
        assertThat(labels.label("0")).isEqualTo(NEGATIVE);
        assertThat(labels.label("meh")).isEqualTo(NEUTRAL);
        assertThat(labels.label("Negative")).isEqualTo(NEGATIVE);
        assertThat(labels.label("2")).isNull();
    }
}
