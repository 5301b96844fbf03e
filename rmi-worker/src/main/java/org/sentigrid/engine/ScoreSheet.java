package org.sentigrid.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sentigrid.api.SentimentScores;

/** Turns token valences into VADER's neg/neu/pos/compound, rounded as Python's {@code round()} does. */
final class ScoreSheet {
    private static final double ALPHA = 15;

    private ScoreSheet() {
    }

    /** Emphasis from "!" (0.292 each, up to 4) and "?" (0.18 each for 2–3, 0.96 for more). */
    static double punctuationEmphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        exclamations = Math.min(exclamations, 4);
        double questionEmphasis = 0;
        if (questions > 1) {
            questionEmphasis = questions <= 3 ? questions * 0.18 : 0.96;
        }
        return exclamations * 0.292 + questionEmphasis;
    }

    static SentimentScores score(double[] sentiments, double emphasis) {
        if (sentiments.length == 0) {
            return SentimentScores.EMPTY;
        }
        double sum = 0;
        double posSum = 0;
        double negSum = 0;
        int neutral = 0;
        for (double s : sentiments) {
            sum += s;
            // +1 / -1 compensate for neutral words counting 1 each.
            if (s > 0) {
                posSum += s + 1;
            }
            if (s < 0) {
                negSum += s - 1;
            }
            if (s == 0) {
                neutral++;
            }
        }
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = Math.max(-1.0, Math.min(1.0, sum / Math.sqrt(sum * sum + ALPHA)));
        if (posSum > Math.abs(negSum)) {
            posSum += emphasis;
        } else if (posSum < Math.abs(negSum)) {
            negSum -= emphasis;
        }
        double total = posSum + Math.abs(negSum) + neutral;
        return new SentimentScores(
                round(Math.abs(negSum / total), 3),
                round(Math.abs(neutral / total), 3),
                round(Math.abs(posSum / total), 3),
                round(compound, 4));
    }

    /**
     * Python's {@code round(x, digits)}: half to even on the exact binary value. The fast path is exact
     * whenever x·10^digits is not within 1e-9 of a half; the rest go through BigDecimal.
     */
    static double round(double x, int digits) {
        double scale = digits == 3 ? 1e3 : digits == 4 ? 1e4 : Math.pow(10, digits);
        double scaled = x * scale;
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) > 1e-9 && Math.abs(scaled) < 1e15) {
            return keepSign((fraction < 0.5 ? floor : floor + 1) / scale, x);
        }
        return keepSign(new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue(), x);
    }

    /** Python keeps the sign of a value that rounds to zero: round(-0.00001, 4) is -0.0. */
    private static double keepSign(double rounded, double x) {
        return rounded == 0 ? Math.copySign(0.0, x) : rounded;
    }
}
