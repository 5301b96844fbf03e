package org.sentigrid.cli;

import org.sentigrid.format.ScoredUnit;
import org.sentigrid.format.ResultWriter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.Rule;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.engine.TokenExplanation;
import org.sentigrid.format.RegionRecords;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.TextUnit;

class ResultWritersTest {
    private static final SentimentScores LOVE = new SentimentScores(0.0, 0.254, 0.746, 0.6369);

    private static ScoredUnit result(TextUnit unit, SentimentScores scores) {
        return new ScoredUnit(unit, scores, scores.label(SentimentLabel.DEFAULT_THRESHOLD), null);
    }

    private static ScoredUnit plain(String text) {
        return result(new TextUnit("notes.txt", 1, text, 0, 4, 4 + text.length()), LOVE);
    }

    private static ScoredUnit explained() {
        Explanation explanation = new Explanation(new SentimentScores(0.0, 0.508, 0.492, 0.4927), List.of(
                new TokenExplanation("very", 0, 4, OptionalDouble.empty(), 0.0, Set.of()),
                new TokenExplanation("good", 5, 9, OptionalDouble.of(1.9), 2.193, Set.of(Rule.BOOSTER))),
                0.292);
        return new ScoredUnit(new TextUnit("r.csv", 2, "very good!", 7, 0, 10), explanation.scores(),
                SentimentLabel.POSITIVE, explanation);
    }

    private static String write(OutputFormat format, boolean explain, ScoredUnit... results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = new ResultWriter(out, format.rows(), explain);
        for (ScoredUnit result : results) {
            writer.write(result);
        }
        writer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasTheHeaderAndQuotesOnlyFieldsThatNeedIt() throws IOException {
        String csv = write(OutputFormat.CSV, false,
                plain("I love it."), plain("Commas, \"quotes\"\nand\r\nbreaks"));

        assertThat(csv).isEqualTo("""
                source,unit,text,neg,neu,pos,compound,label,record,start,end
                notes.txt,1,I love it.,0.000,0.254,0.746,0.6369,positive,,4,14
                notes.txt,1,"Commas, ""quotes""
                and\r
                breaks",0.000,0.254,0.746,0.6369,positive,,4,32
                """);
    }

    @Test
    void tsvEscapesTabsLineBreaksAndBackslashes() throws IOException {
        String tsv = write(OutputFormat.TSV, false, plain("a\tb\nc\rd\\e"));

        assertThat(tsv).isEqualTo("source\tunit\ttext\tneg\tneu\tpos\tcompound\tlabel\trecord\tstart\tend\n"
                + "notes.txt\t1\ta\\tb\\nc\\rd\\\\e\t0.000\t0.254\t0.746\t0.6369\tpositive\t\t4\t13\n");
    }

    @Test
    void jsonLinesWriteOneObjectPerLineWithTheColumnsInOrder() throws IOException {
        String jsonl = write(OutputFormat.JSONL, false, plain("I \"love\" it.\n"), plain("x"));

        List<String> lines = jsonl.lines().toList();
        assertThat(jsonl).endsWith("}\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"source\":\"notes.txt\",\"unit\":1,\"text\":\"I \\\"love\\\" it.\\n\","
                + "\"neg\":0.000,\"neu\":0.254,\"pos\":0.746,\"compound\":0.6369,\"label\":\"positive\","
                + "\"record\":null,\"start\":4,\"end\":17}");
        assertThat(Json.object(lines.get(1)).keySet()).containsExactlyElementsOf(RowFormat.columns(false));
    }

    @Test
    void jsonLinesGiveTheRecordNumberOfStructuredInput() throws IOException {
        ScoredUnit fromCsv = result(new TextUnit("r.csv", 1, "ok", 12, 0, 2), LOVE);

        assertThat(Json.object(write(OutputFormat.JSONL, false, fromCsv))).containsEntry("record", BigDecimal.valueOf(12));
        assertThat(write(OutputFormat.CSV, false, fromCsv)).endsWith(",positive,12,0,2\n");
    }

    @Test
    void scoresHaveFixedDecimalsAndNeverANegativeZero() throws IOException {
        SentimentScores scores = new SentimentScores(0.1, 0.9, 0.0, -0.0);
        ScoredUnit unit = result(new TextUnit("-", 1, "meh", 0, 0, 3), scores);

        assertThat(write(OutputFormat.CSV, false, unit)).endsWith("-,1,meh,0.100,0.900,0.000,0.0000,neutral,,0,3\n");
        assertThat(write(OutputFormat.JSONL, false, unit))
                .contains("\"neg\":0.100,\"neu\":0.900,\"pos\":0.000,\"compound\":0.0000,");
    }

    @Test
    void csvAndTsvExplainInTheCompactForm() throws IOException {
        String csv = write(OutputFormat.CSV, true, explained());
        String tsv = write(OutputFormat.TSV, true, explained());

        assertThat(csv).isEqualTo("""
                source,unit,text,neg,neu,pos,compound,label,record,start,end,explanation
                r.csv,2,very good!,0.000,0.508,0.492,0.4927,positive,7,0,10,very good(+1.9\u2192+2.193 booster) punctuation(+0.292)
                """);
        assertThat(tsv.lines().toList().get(1))
                .endsWith("\tvery good(+1.9\u2192+2.193 booster) punctuation(+0.292)");
    }

    @Test
    void jsonLinesExplainEachToken() throws IOException {
        Map<String, Object> object = Json.object(write(OutputFormat.JSONL, true, explained()));

        assertThat(object.keySet()).containsExactlyElementsOf(
                List.of("source", "unit", "text", "neg", "neu", "pos", "compound", "label", "record", "start", "end",
                        "explanation", "punctuation"));
        assertThat(object.get("explanation")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2).last().isEqualTo(
                Map.of("token", "good", "start", BigDecimal.valueOf(5), "end", BigDecimal.valueOf(9),
                        "lexicon", new BigDecimal("1.9"), "valence", new BigDecimal("2.193"), "rules", List.of("booster")));
        assertThat(object).containsEntry("punctuation", new BigDecimal("0.292"));
    }

    @Test
    void jsonExplanationsWriteNullForWordsOutsideTheLexicon() throws IOException {
        String jsonl = write(OutputFormat.JSONL, true, explained());

        assertThat(jsonl).contains("{\"token\":\"very\",\"start\":0,\"end\":4,\"lexicon\":null,\"valence\":0,\"rules\":[]}");
    }

    @Test
    void everyFormatHasTheSameColumns() throws IOException {
        assertThat(write(OutputFormat.CSV, true).strip().split(",")).containsExactlyElementsOf(RowFormat.columns(true));
        assertThat(write(OutputFormat.TSV, true).strip().split("\t")).containsExactlyElementsOf(RowFormat.columns(true));
        assertThat(write(OutputFormat.JSONL, true)).isEmpty();
    }

    @Test
    void recordsOfARegionAreWrittenAsTheSameUnitsScoredHereAre() throws IOException {
        String text = "one good day\ntwo, \"2\" bad\n  three\tfine \\ 😀\n\nfour é\n";
        SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
        for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.TSV, OutputFormat.JSONL)) { // xlsx has no text records
            for (String charset : List.of("UTF-8", "windows-1252")) {
                byte[] bytes = text.getBytes(Charset.forName(charset));
                Region region = new Region(1, 1, JobSettings.plain(EngineMode.VADER), charset, "lines", format.id(), 0.05, 7, bytes);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultWriter writer = new ResultWriter(out, format.rows(), false);
                writer.writeFormatted("notes.txt", 41, bytes, RegionRecords.score(region, vader, () -> false));
                writer.flush();

                String decoded = new String(bytes, Charset.forName(charset));
                List<ScoredUnit> units = new ArrayList<>();
                int from = 0;
                for (String line : decoded.split("\n", -1)) {
                    String unit = line.strip();
                    if (!unit.isEmpty()) {
                        long start = 7 + decoded.indexOf(unit, from);
                        SentimentScores scores = vader.score(unit);
                        units.add(new ScoredUnit(new TextUnit("notes.txt", 41 + units.size(), unit, 0, start, start + unit.length()),
                                scores, scores.label(0.05), null));
                    }
                    from += line.length() + 1;
                }
                assertThat(units).hasSize(4);
                assertThat(out.toString(StandardCharsets.UTF_8)).as("%s %s", format.id(), charset)
                        .isEqualTo(write(format, false, units.toArray(ScoredUnit[]::new)));
            }
        }
    }
}
