package org.sentigrid.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.cli.SentigridCommand;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;

/** The SQL functions in a local[2] session, against the reference scores and against analyze. */
@Tag("spark")
class SentigridFunctionsTest {
    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path dir;

    /** Every reference line of a corpus, scored by the function as one unit, has the reference's numbers and label. */
    @ParameterizedTest
    @CsvSource({
        "vader, vadersentiment", "vader_nltk, nltk"
    })
    void scoresEveryReferenceLineAsThePythonImplementationsDo(String function, String implementation) throws IOException {
        List<String[]> reference = new ArrayList<>();
        for (String corpus : List.of("tweets", "movieReviewSnippets", "amazonReviewSnippets", "probes")) {
            reference.addAll(readReference(corpus + "." + implementation + ".tsv"));
        }
        Dataset<String> texts = spark.createDataset(reference.stream().map(row -> row[5]).toList(), Encoders.STRING());
        List<Row> scored = texts.selectExpr(function + "(value) AS s").selectExpr("s.*").collectAsList();

        assertThat(scored).hasSize(reference.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            String[] expected = reference.get(i);
            Row row = scored.get(i);
            List<BigDecimal> actual = List.of(row.getDecimal(0), row.getDecimal(1), row.getDecimal(2), row.getDecimal(3));
            List<BigDecimal> wanted = List.of(new BigDecimal(expected[1]).setScale(3), new BigDecimal(expected[2]).setScale(3),
                    new BigDecimal(expected[3]).setScale(3), new BigDecimal(expected[4]).setScale(4));
            String label = SentimentLabel.of(Double.parseDouble(expected[4]), SentimentLabel.DEFAULT_THRESHOLD).id();
            if (!actual.equals(wanted) || !row.getString(4).equals(label)) {
                mismatches.add("id " + expected[0] + ": expected " + wanted + " " + label + ", got " + actual + " "
                        + row.getString(4) + " for: " + expected[5]);
            }
        }
        assertThat(reference).hasSizeGreaterThan(20_000);
        assertThat(mismatches).as("%d of %d lines differ", mismatches.size(), reference.size()).isEmpty();
    }

    /** vader_sentences cuts a text as `analyze --split sentences` cuts the same text in a file, and scores each part alike. */
    @ParameterizedTest
    @CsvSource({"vader", "nltk"})
    void sentencesAreAnalyzesSentences(String engine) throws IOException {
        Path file = dir.resolve("tricky.txt");
        try (InputStream in = getClass().getResourceAsStream("/text/tricky-paragraphs.txt")) {
            Files.write(file, in.readAllBytes());
        }
        Path analyzed = dir.resolve("analyzed.csv");
        assertThat(SentigridCommand.run("analyze", "--in-process", "--engine", engine, "--split", "sentences",
                "--output", analyzed.toString(), file.toString())).isZero();
        List<CSVRecord> expected = readCsv(analyzed);

        String text = Files.readString(file);
        List<Row> sentences = spark.createDataset(List.of(text), Encoders.STRING())
                .selectExpr("explode(vader_sentences(value, '" + engine + "')) AS s").selectExpr("s.*").collectAsList();

        assertThat(expected).hasSizeGreaterThan(80);
        assertThat(sentences).hasSameSizeAs(expected);
        for (int i = 0; i < sentences.size(); i++) {
            Row row = sentences.get(i);
            CSVRecord record = expected.get(i);
            assertThat(List.of(String.valueOf(row.getInt(0)), row.getString(3), row.getDecimal(4).toPlainString(),
                    row.getDecimal(5).toPlainString(), row.getDecimal(6).toPlainString(), row.getDecimal(7).toPlainString(),
                    row.getString(8), String.valueOf(row.getInt(1)), String.valueOf(row.getInt(2))))
                    .as("sentence %d", i + 1)
                    .containsExactly(record.get("unit"), record.get("text"), record.get("neg"), record.get("neu"),
                            record.get("pos"), record.get("compound"), record.get("label"), record.get("start"), record.get("end"));
        }
    }

    @Test
    void theModeCanBeLeftOutOfVaderSentences() {
        Row row = spark.sql("SELECT vader_sentences('No, it is not good. Bad.') AS a, "
                + "vader_sentences('No, it is not good. Bad.', 'vader') AS b, "
                + "vader_sentences('No, it is not good. Bad.', 'nltk') AS c").first();
        assertThat(row.getList(0)).isEqualTo(row.getList(1)).hasSize(2);
        assertThat(row.<Row>getList(2).get(0).getDecimal(7)).isNotEqualTo(row.<Row>getList(0).get(0).getDecimal(7));
    }

    /** A null, a number or a struct where the text should be gives null scores; the job goes on. */
    @Test
    void aRowThatIsNullOrNoStringGivesNullScores() {
        Dataset<Row> rows = spark.sql("SELECT * FROM VALUES (1, 'Great!'), (2, CAST(NULL AS STRING)), (3, '   ') AS t(id, text)");
        List<Row> scored = rows.selectExpr("id", "vader(text) AS v", "vader_nltk(text) AS n", "vader_sentences(text) AS s",
                "vader(id) AS i", "vader_sentences(named_struct('a', id)) AS st", "vader_sentences(text, NULL) AS m")
                .orderBy("id").collectAsList();

        assertThat(scored.get(0).<Row>getAs("v").getString(4)).isEqualTo("positive");
        assertThat(scored.get(1).isNullAt(1)).isTrue();
        assertThat(scored.get(1).isNullAt(2)).isTrue();
        assertThat(scored.get(1).isNullAt(3)).isTrue();
        assertThat(scored.get(1).isNullAt(6)).isTrue();
        assertThat(scored.get(2).<Row>getAs("v").getDecimal(3)).isEqualByComparingTo("0");
        assertThat(scored.get(2).getList(3)).isEmpty();
        for (Row row : scored) {
            assertThat(row.isNullAt(4)).isTrue();
            assertThat(row.isNullAt(5)).isTrue();
        }
        assertThat(scored.get(0).getList(6)).hasSize(1);
    }

    @Test
    void anUnknownModeOrArgumentCountIsRefusedInOneSentence() {
        assertThatThrownBy(() -> spark.sql("SELECT vader_sentences('Good.', 'textblob')").collect())
                .hasStackTraceContaining("unknown engine 'textblob' (expected vader or nltk)");
        assertThatThrownBy(() -> spark.sql("SELECT vader_sentences('Good.', 'vader', 3)").collect())
                .hasMessageContaining("vader_sentences takes the text and, optionally, the engine");
    }

    /** A threshold and lexicon words given at registration change labels and scores as analyze's options do. */
    @Test
    void optionsGoWithTheRegistration() {
        SparkSession other = spark.newSession();
        SentigridOptions options = SentigridOptions.defaults().withThreshold(0.5).withWords(Map.of("Sentigrid", 3.5));
        SentigridFunctions.register(other, options);
        String text = "Sentigrid is fine.";
        Row row = other.sql("SELECT vader('" + text + "') AS v, vader('It is fine.') AS f, "
                + "vader_sentences('" + text + "', 'nltk')[0] AS s").first();

        SentimentScores withWords = SentimentAnalyzer.of(EngineMode.VADER, LexiconOverlay.of(Map.of("sentigrid", 3.5))).score(text);
        assertThat(row.<Row>getAs("v").getDecimal(3)).isEqualTo(SentigridFunctions.compound(withWords.compound()));
        assertThat(row.<Row>getAs("f").getString(4)).as("0.2023 is under 0.5").isEqualTo("neutral");
        assertThat(SentimentAnalyzer.of(EngineMode.VADER).score("It is fine.").label(0.05)).isEqualTo(SentimentLabel.POSITIVE);
        SentimentScores nltk = SentimentAnalyzer.of(EngineMode.NLTK, LexiconOverlay.of(Map.of("sentigrid", 3.5))).score(text);
        assertThat(row.<Row>getAs("s").getDecimal(7)).isEqualTo(SentigridFunctions.compound(nltk.compound()));
        // The default session keeps its own registration.
        assertThat(spark.sql("SELECT vader('It is fine.').label").first().getString(0)).isEqualTo("positive");
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static List<String[]> readReference(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SentigridFunctionsTest.class.getResourceAsStream("/vader-reference/" + file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo("id\tneg\tneu\tpos\tcompound\ttext");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", 6);
                assertThat(fields).as("fields of %s", Arrays.toString(fields)).hasSize(6);
                rows.add(fields);
            }
        }
        return rows;
    }
}
