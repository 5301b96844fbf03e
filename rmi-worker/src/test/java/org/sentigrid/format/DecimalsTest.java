package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private static String fixed(double value, int scale) {
        Bytes out = new Bytes(1);
        Decimals.fixed(out, value, scale);
        return new String(out.toByteArray(), StandardCharsets.US_ASCII);
    }

    private static void assertAsBigDecimal(double value) {
        for (int scale : new int[] {Decimals.PROPORTION_SCALE, Decimals.COMPOUND_SCALE}) {
            assertThat(fixed(value, scale)).as("%s at scale %d", value, scale)
                    .isEqualTo(Reference.fixed(value, scale).toPlainString());
        }
    }

    @Test
    void everyScoreTheEngineGivesIsWrittenAsBigDecimalWritesIt() {
        for (int k = -10_000; k <= 10_000; k++) {
            assertAsBigDecimal(k / 10_000.0);
            assertAsBigDecimal(k / 1_000.0);
        }
    }

    @Test
    void anyOtherDoubleToo() {
        Random random = new Random(3);
        double[] edges = {0.0, -0.0, 0.00005, 0.00015, -0.00005, 0.0005, 0.0015, 0.0025, -0.5423, 1e-300, -1e-300,
                0.1 + 0.2, 1e9 - 1e-7, 1e9, 1e15 + 0.125, 123456789.0005, -123456789.00005, Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, 2e23, 9007199254740993.0};
        for (double value : edges) {
            assertAsBigDecimal(value);
        }
        for (int i = 0; i < 100_000; i++) {
            assertAsBigDecimal(random.nextDouble() * 2 - 1);
            assertAsBigDecimal(Math.round((random.nextDouble() * 2 - 1) * 1e6) / 1e6);
            assertAsBigDecimal((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 10));
        }
    }

    @Test
    void noNegativeZero() {
        assertThat(fixed(-0.0, 4)).isEqualTo("0.0000");
        assertThat(fixed(-0.00001, 4)).isEqualTo("0.0000");
        assertThat(fixed(-0.5423, 4)).isEqualTo("-0.5423");
        assertThat(fixed(1.0, 3)).isEqualTo("1.000");
    }

    @Test
    void valencesHaveAtMostThreeDecimalsAndNoTrailingZeros() {
        assertThat(Decimals.valence(1.9)).isEqualTo(new BigDecimal("1.9"));
        assertThat(Decimals.valence(-2.16542).toPlainString()).isEqualTo("-2.165");
        assertThat(Decimals.valence(0).toPlainString()).isEqualTo("0");
        assertThat(Decimals.valence(10).toPlainString()).isEqualTo("10");
    }
}
