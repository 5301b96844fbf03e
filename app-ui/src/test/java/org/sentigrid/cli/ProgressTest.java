package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void theSummaryGroupsThousandsAndGivesTheRate() {
        assertThat(Progress.summary(1_234, 3, 0, 2_091_000_000L))
                .isEqualTo("Analyzed 1,234 units from 3 sources in 2.1 s (590 units/s).");
    }

    @Test
    void theSummarySaysHowManySourcesCouldNotBeRead() {
        assertThat(Progress.summary(1_500, 1, 1, 500_000_000L))
                .isEqualTo("Analyzed 1,500 units from 1 source in 0.5 s (3,000 units/s); 1 source could not be read.");
        assertThat(Progress.summary(0, 0, 2, 0))
                .isEqualTo("Analyzed 0 units from 0 sources in 0.0 s; 2 sources could not be read.");
    }

    @Test
    void aRateOverAFewUnitsIsLeftOutItWouldMeasureOnlyTheStart() {
        // Two sentences piped in: "in 0.1 s (17 units/s)" read as if Sentigrid scored 17 sentences a second.
        assertThat(Progress.summary(2, 1, 0, 118_000_000L)).isEqualTo("Analyzed 2 units from 1 source in 0.1 s.");
        assertThat(Progress.summary(Progress.RATE_FROM_UNITS - 1, 1, 0, 2_000_000_000L)).doesNotContain("units/s");
        assertThat(Progress.summary(Progress.RATE_FROM_UNITS, 1, 0, 2_000_000_000L)).contains("(500 units/s)");
    }

    @Test
    void withoutATerminalOnlyMessagesAndTheSummaryArePrinted() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false);
        for (int i = 0; i < 1_000; i++) {
            progress.unitWritten();
        }
        progress.println("sentigrid: warning: something");
        progress.summary(1, 0, List.of());

        assertThat(err.toString()).doesNotContain("\r")
                .startsWith("sentigrid: warning: something" + System.lineSeparator() + "Analyzed 1,000 units from 1 source in ");
    }
}
