package org.sentigrid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreSheetTest {

    /** Expected values are what CPython 3 prints for round(x, n). */
    @ParameterizedTest(name = "round({0}, {1}) = {2}")
    @CsvSource({
        "0.125, 2, 0.12",      // an exact half goes to even
        "0.375, 2, 0.38",
        "2.675, 2, 2.67",      // 2.675 is really 2.67499999... in binary
        "0.0005, 3, 0.001",    // 0.0005 is really 0.000500000000000000010... in binary
        "0.1235, 3, 0.123",
        "0.4588, 4, 0.4588",
        "-0.00004, 4, -0.0",   // Python keeps the sign of a rounded-away negative
        "0.00004, 4, 0.0",
        "-0.5994, 4, -0.5994",
        "0.99995, 4, 1.0",     // 0.99995 is really 0.9999500000000000055... in binary
    })
    void roundsLikePython(double x, int digits, double expected) {
        assertThat(Double.doubleToLongBits(ScoreSheet.round(x, digits))).isEqualTo(Double.doubleToLongBits(expected));
    }
}
