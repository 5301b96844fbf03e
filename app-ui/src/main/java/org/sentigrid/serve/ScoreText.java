package org.sentigrid.serve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sentigrid.api.SentimentScores;

/** The scores as the two protocols write them. */
final class ScoreText {
    private ScoreText() {
    }

    /**
     * The compound score as the original Python server wrote it, {@code str(score['compound'])}: the
     * shortest form of the 4-decimal number, at least one decimal, the sign of a negative zero kept
     * (e.g. {@code 0.6696}, {@code 0.5}, {@code 0.0}, {@code -0.0}, {@code -0.5423}, {@code 0.0001}).
     * Python switches to exponents only below 1e-4, which a 4-decimal score never is.
     */
    static String python(double compound) {
        if (compound == 0.0) {
            return Double.doubleToRawLongBits(compound) == 0L ? "0.0" : "-0.0";
        }
        // The exact binary value rounded to 4 decimals is the decimal the engine rounded to; no trailing zeros.
        BigDecimal value = new BigDecimal(compound).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (value.scale() < 1 ? value.setScale(1) : value).toPlainString();
    }

    /** {@code neg neu pos compound} with 3, 3, 3 and 4 decimals, as {@code sentigrid analyze} writes them. */
    static String line(SentimentScores scores) {
        return fixed(scores.neg(), 3) + " " + fixed(scores.neu(), 3) + " " + fixed(scores.pos(), 3) + " "
                + fixed(scores.compound(), 4);
    }

    /** Exactly {@code scale} decimals; a negative zero is written as zero, as analyze does. */
    private static String fixed(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
