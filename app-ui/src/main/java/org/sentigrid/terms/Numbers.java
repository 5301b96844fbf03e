package org.sentigrid.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers of the terms and KWIC tables as written: a fixed number of decimals, never "-0.000". */
public final class Numbers {
    private Numbers() {
    }

    public static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
