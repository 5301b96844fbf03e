package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

class RegionUnitsTest {
    /** Tabs, backslashes, a line break inside a sentence, quotes, non-ASCII (which windows-1252 cannot all hold). */
    private static final String TRICKY = "The food was GREAT!!\tThe service, not so much.\n"
            + "A back\\slash is fine, isn't it?  Über-good 😀 and\nwrapped over a line.\r\n\n"
            + "\"Quoted\" :) ... okay!\n";

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({"UTF-8, sentences, VADER", "UTF-8, lines, VADER", "windows-1252, sentences, NLTK", "UTF-8, sentences, NLTK"})
    void eachUnitComesBackAsTheSplitterCutItWithTheAnalyzersOwnScores(String charset, String split, EngineMode mode)
            throws IOException {
        byte[] bytes = (TRICKY + corpus()).getBytes(Charset.forName(charset));
        String text = new String(bytes, Charset.forName(charset)); // what windows-1252 cannot hold is '?' now
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(mode);
        Region region = new Region(1, 1, JobSettings.plain(mode), charset, split, Region.SCORES, 0.05, 1_000, bytes);

        List<String> read = new ArrayList<>();
        RegionUnits.read(region, RegionRecords.score(region, analyzer, () -> false), "doc", 7,
                (unit, scores) -> read.add(unit + " " + scores));

        List<String> expected = new ArrayList<>();
        long[] number = {7};
        split(text, SplitMode.fromId(split), unit -> {
            TextUnit named = new TextUnit("doc", number[0]++, unit.text(), 0, unit.start(), unit.end());
            SentimentScores scores = analyzer.score(unit.text());
            expected.add(named + " " + scores);
        });
        assertThat(read).hasSizeGreaterThan(4000).containsExactlyElementsOf(expected);
        assertThat(read.get(0)).contains("text=The food was GREAT!!");
        assertThat(String.join("\n", read)).contains("back\\slash")
                .contains(split.equals("sentences") ? "and\nwrapped" : "text=wrapped over a line.");
    }

    @Test
    void recordsInAnotherFormatAreRefused() {
        Region csv = new Region(1, 1, JobSettings.plain(EngineMode.VADER), "UTF-8", "lines", "csv", 0.05, 0,
                "Fine.\n".getBytes(StandardCharsets.UTF_8));
        RegionResult records = RegionRecords.score(csv, SentimentAnalyzer.of(EngineMode.VADER), () -> false);
        assertThatThrownBy(() -> RegionUnits.read(csv, records, "doc", 1, (unit, scores) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csv");
    }

    @Test
    void aPlaceBeyondWhatAnIntHoldsIsRefusedAsRecordsThatDoNotFit() {
        Region region = new Region(1, 1, JobSettings.plain(EngineMode.VADER), "UTF-8", "lines", Region.SCORES, 0.05, 0,
                "Fine.\n".getBytes(StandardCharsets.UTF_8));
        // from = 2^32 - 1 as a varint (wraps to -1 as an int), length 0, then four scores of two bytes
        byte[] record = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        RegionResult records = new RegionResult(1, 1, new byte[][] {record}, new int[] {record.length}, new int[] {-1, -1});
        assertThatThrownBy(() -> RegionUnits.read(region, records, "doc", 1, (unit, scores) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not fit");
    }

    /** The tweets and Amazon review snippets the references scored, a line each. */
    private static String corpus() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("tweets.nltk.tsv", "amazonReviewSnippets.nltk.tsv")) {
            try (InputStream in = RegionUnitsTest.class.getResourceAsStream("/vader-reference/" + name)) {
                String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                tsv.lines().skip(1).forEach(line -> text.append(line, line.lastIndexOf('\t') + 1, line.length()).append('\n'));
            }
        }
        return text.toString();
    }

    private static void split(String text, SplitMode split, Consumer<TextUnit> units) throws IOException {
        try {
            TextInput.splitRegion(new StringReader(text), split, 1_000, new UnitSink() {
                @Override
                public void unit(TextUnit unit) {
                    units.accept(unit);
                }

                @Override
                public void warning(String message) {
                }
            });
        } catch (InputProblem e) {
            throw new AssertionError(e);
        }
    }
}
