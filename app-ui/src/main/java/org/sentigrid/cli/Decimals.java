package org.sentigrid.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-decimal forms of the engine's numbers, the same in every output format. */
final class Decimals {
    /** neg, neu and pos: 3 decimals. */
    static final int PROPORTION_SCALE = 3;
    /** compound: 4 decimals. */
    static final int COMPOUND_SCALE = 4;
    /** valences and emphasis in explanations: at most 3 decimals, trailing zeros dropped. */
    static final int VALENCE_SCALE = 3;

    private Decimals() {
    }

    /** The value with exactly {@code scale} decimals, rounded half to even; never a negative zero. */
    static BigDecimal fixed(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** A valence as explanations show it: at most 3 decimals, e.g. 1.9, -1.406, 0. */
    static BigDecimal valence(double value) {
        return fixed(value, VALENCE_SCALE).stripTrailingZeros();
    }
}
