package org.sentigrid.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;

class TallyTest {
    @Test
    void theIntervalIsStudentsTWorkedByHand() {
        Tally tally = new Tally();
        tally.add("g", null, 0.2, SentimentLabel.POSITIVE);
        tally.add("g", null, 0.4, SentimentLabel.POSITIVE);
        tally.add("g", null, 0.6, SentimentLabel.NEUTRAL);

        Tally.Row row = tally.rows().get(0);

        // mean 0.4; s = sqrt((0.04 + 0 + 0.04) / 2) = 0.2; t(0.975, 2 df) = 4.302653 (tables);
        // half width = 4.302653 * 0.2 / sqrt(3) = 0.496828
        assertThat(row.units()).isEqualTo(3);
        assertThat(row.meanCompound()).isCloseTo(0.4, within(1e-12));
        assertThat(row.ci95Low()).isCloseTo(0.4 - 0.496828, within(1e-6));
        assertThat(row.ci95High()).isCloseTo(0.4 + 0.496828, within(1e-6));
        assertThat(List.of(row.positive(), row.neutral(), row.negative())).containsExactly(2 / 3.0, 1 / 3.0, 0.0);
    }

    @Test
    void oneUnitHasNoIntervalAndRowsGoByGroupThenTime() {
        Tally tally = new Tally();
        tally.add("b", LocalDate.of(2024, 3, 2), -0.5, SentimentLabel.NEGATIVE);
        tally.add("a", LocalDate.of(2024, 3, 1), 0.1, SentimentLabel.POSITIVE);
        tally.add("b", LocalDate.of(2024, 3, 1), 0.0, SentimentLabel.NEUTRAL);

        assertThat(tally.rows()).extracting(row -> row.group() + " " + row.period())
                .containsExactly("b 2024-03-01", "b 2024-03-02", "a 2024-03-01");
        assertThat(tally.rows().get(0).ci95Low()).isNaN();
        assertThat(SummaryCsv.decimal(tally.rows().get(0).ci95Low())).isEmpty();
        assertThat(SummaryCsv.decimal(-0.00001)).isEqualTo("0.0000");
    }

    @Test
    void periodsBeginOnTheirFirstDay() {
        LocalDate saturday = LocalDate.of(2024, 3, 9);
        assertThat(Period.DAY.start(saturday)).isEqualTo("2024-03-09");
        assertThat(Period.WEEK.start(saturday)).isEqualTo("2024-03-04");
        assertThat(Period.MONTH.start(saturday)).isEqualTo("2024-03-01");
        assertThat(Period.YEAR.start(saturday)).isEqualTo("2024-01-01");
    }

    @Test
    void datesAreReadInTheCommonForms() {
        DateReader dates = new DateReader(null);
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        for (String value : List.of("2024-03-01", "2024-03-01T23:59:59+05:00", "2024-03-01 10:15", "2024-03-01T10:15:00.250Z",
                "01/03/2024", "1.3.2024", "1-3-24", "1 March 2024", "1 Mar 2024", "March 1, 2024", "mar 1, 2024", "1709251200")) {
            assertThat(dates.read(value)).as(value).isEqualTo(march1);
        }
        for (String value : List.of("yesterday", "31/02/2024", "2024-03-01Tnoon", "", "12345678901234")) {
            assertThat(dates.read(value)).as(value).isNull();
        }
        assertThat(new DateReader("MM/dd/yyyy").read("03/01/2024")).isEqualTo(march1);
        assertThat(new DateReader("MM/dd/yyyy").read("2024-03-01")).isNull();
        assertThat(new DateReader("yyyy-MM").read("2024-03")).isEqualTo(march1);
    }
}
