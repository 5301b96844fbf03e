package org.sentigrid.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-decimal forms of the engine's numbers, the same in every output format. */
public final class Decimals {
    /** neg, neu and pos: 3 decimals. */
    public static final int PROPORTION_SCALE = 3;
    /** compound: 4 decimals. */
    public static final int COMPOUND_SCALE = 4;
    /** valences and emphasis in explanations: at most 3 decimals, trailing zeros dropped. */
    private static final int VALENCE_SCALE = 3;

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /**
     * Below this, a double's ulp (at most 2^-22) is far under half a unit in the 6th decimal, so a
     * value that m / 10^scale rounds to exactly prints as m whatever digits Double.toString chose.
     */
    private static final double FAST_LIMIT = 1e9;

    private Decimals() {
    }

    /**
     * Appends the value with exactly {@code scale} decimals, as
     * {@code BigDecimal.valueOf(value).setScale(scale, HALF_EVEN).toPlainString()} writes it (so never
     * "-0.000"), without a BigDecimal for the scores the engine gives (already rounded to the scale).
     */
    public static void fixed(Bytes out, double value, int scale) {
        if (scale < POWERS_OF_TEN.length && Math.abs(value) < FAST_LIMIT) {
            long power = POWERS_OF_TEN[scale];
            long scaled = Math.round(value * power);
            if ((double) scaled / power == value) {
                appendScaled(out, scaled, scale, power);
                return;
            }
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
        String plain = rounded.toPlainString();
        out.appendUtf8(plain, 0, plain.length());
    }

    /**
     * The value times 10^{@code scale}, rounded as {@link #fixed} writes it: the digits of its fixed form as a
     * whole number. {@code scaled / 10^scale}, divided as doubles, is the double that form parses to.
     */
    static long scaled(double value, int scale) {
        long power = POWERS_OF_TEN[scale];
        long scaled = Math.round(value * power);
        if ((double) scaled / power == value) {
            return scaled;
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** A valence as explanations show it: at most 3 decimals, e.g. 1.9, -1.406, 0. */
    public static BigDecimal valence(double value) {
        return BigDecimal.valueOf(value).setScale(VALENCE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static void appendScaled(Bytes out, long scaled, int scale, long power) {
        if (scaled < 0) {
            out.append('-');
        }
        long magnitude = Math.abs(scaled);
        out.appendLong(magnitude / power);
        if (scale > 0) {
            out.append('.');
            long fraction = magnitude % power;
            for (long digit = power / 10; digit > 0; digit /= 10) {
                out.append((int) ('0' + fraction / digit % 10));
            }
        }
    }
}
