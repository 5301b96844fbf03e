package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;

class RegionRecordsTest {
    private static final String TEXT = "  The food was GREAT!! The service, not so much.\r\n"
            + "Would I come back? Maybe \"tomorrow\", or never.\n\n\t\nÜber-good 😀.\n";
    private static final SentimentAnalyzer VADER = SentimentAnalyzer.of(EngineMode.VADER);

    @Test
    void eachUnitIsScoredAndFormattedFromJustAfterItsUnitNumber() {
        Region region = region("lines", "csv", 0.05, 100);

        RegionResult result = RegionRecords.score(region, VADER, () -> false);

        String[] lines = {"  The food was GREAT!! The service, not so much.", "Would I come back? Maybe \"tomorrow\", or never.",
                "Über-good 😀."};
        assertThat(result.units()).isEqualTo(3);
        assertThat(RegionRecords.units(region)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            String unit = lines[i].strip();
            long start = 100 + TEXT.indexOf(unit);
            Bytes expected = new Bytes();
            SentimentScores scores = VADER.score(unit);
            RowFormat.CSV.tail(expected, unit, 0, unit.length(), scores, scores.label(0.05), 0, start,
                    start + unit.length(), null, KeptOutput.NONE, List.of());
            assertThat(tail(region, result, i, RowFormat.CSV)).as("unit %d", i + 1)
                    .isEqualTo(new String(expected.toByteArray(), StandardCharsets.UTF_8));
        }
        assertThat(result.texts()).as("only the last text needs no quotes (the first has a comma)")
                .containsExactly(-1, -1, -1, -1, 100, 116);
        assertThat(tail(region, result, 1, RowFormat.CSV)).startsWith(",\"Would I come back? Maybe \"\"tomorrow\"\", or never.\",");
    }

    @Test
    void theThresholdAndFormatOfTheRegionApply() {
        Region region = region("sentences", "jsonl", 0.9, 0);
        RegionResult result = RegionRecords.score(region, VADER, () -> false);
        String strict = new String(flat(result), StandardCharsets.UTF_8);
        assertThat(strict).contains("\"label\":\"neutral\"").doesNotContain("\"label\":\"positive\"");
        assertThat(tail(region, result, 0, RowFormat.JSONL)).startsWith(",\"text\":\"The food was GREAT!!\"");
    }

    @Test
    void stopsWhenAbandoned() {
        AtomicInteger checks = new AtomicInteger();
        assertThat(RegionRecords.score(region("sentences", "csv", 0.05, 0), VADER, () -> checks.incrementAndGet() > 0)).isNull();
        assertThat(checks).hasValue(1);
    }

    @Test
    void theDensestRegionStillFitsTheWireLimits() {
        // One-char lines that JSON must escape: the most units and the most record bytes a region can make.
        byte[] bytes = "\u0001\n".repeat(Region.MAX_BYTES / 2).getBytes(StandardCharsets.UTF_8);
        Region densest = new Region(1, 1, JobSettings.plain(EngineMode.VADER), "UTF-8", "lines", "jsonl", 0.05, 0, bytes);

        RegionResult result = RegionRecords.score(densest, VADER, () -> false);

        assertThat(result.units()).isEqualTo(Region.MAX_BYTES / 2);
        assertThat(result.records().length).as("chunks").isGreaterThan(1);
        assertThat(tail(densest, result, Region.MAX_BYTES / 2 - 1, RowFormat.JSONL))
                .startsWith(",\"text\":\"\\u0001\",\"neg\":0.000");
        int straddling = 0;
        for (int i = 1; i < result.units(); i++) {
            if (result.ends()[i - 1] / RegionResult.CHUNK_BYTES != (result.ends()[i] - 1) / RegionResult.CHUNK_BYTES) {
                straddling = i;
                break;
            }
        }
        assertThat(tail(densest, result, straddling, RowFormat.JSONL)).as("a record across two chunks")
                .isEqualTo(tail(densest, result, straddling - 1, RowFormat.JSONL)
                        .replace("\"start\":" + (2 * straddling - 2), "\"start\":" + (2 * straddling))
                        .replace("\"end\":" + (2 * straddling - 1), "\"end\":" + (2 * straddling + 1)));
    }

    @Test
    void aRegionOfBlankLinesHasNoRecords() {
        Region blank = new Region(1, 1, JobSettings.plain(EngineMode.VADER), "UTF-8", "lines", "tsv", 0.05, 0,
                " \n\t\r\n\n".getBytes(StandardCharsets.UTF_8));
        RegionResult result = RegionRecords.score(blank, VADER, () -> false);
        assertThat(result.units()).isZero();
        assertThat(result.records()).isEmpty();
        assertThat(result.texts()).isEmpty();
    }

    private static Region region(String split, String format, double threshold, long offset) {
        return new Region(1, 2, JobSettings.plain(EngineMode.VADER), "UTF-8", split, format, threshold, offset,
                TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] flat(RegionResult result) {
        Bytes all = new Bytes();
        for (byte[] chunk : result.records()) {
            all.append(chunk);
        }
        return all.toByteArray();
    }

    /** Unit i's record after its number, put together as the coordinator does. */
    private static String tail(Region region, RegionResult result, int i, RowFormat format) {
        int[] ends = result.ends();
        int[] texts = result.texts();
        Bytes tail = new Bytes().append(format.verbatimPrefix());
        if (texts[2 * i] >= 0) {
            tail.append(region.bytes(), texts[2 * i], texts[2 * i + 1]);
        }
        result.records(i == 0 ? 0 : ends[i - 1], ends[i], tail::append);
        return new String(tail.toByteArray(), StandardCharsets.UTF_8);
    }
}
