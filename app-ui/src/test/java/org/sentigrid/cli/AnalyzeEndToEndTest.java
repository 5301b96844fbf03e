package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;

/** {@code sentigrid analyze} as a real child process on real files. */
@Tag("process")
class AnalyzeEndToEndTest {
    private static final List<String> HEADER = List.of(
            "source", "unit", "text", "neg", "neu", "pos", "compound", "label", "record", "start", "end");
    private static final String SUMMARY = "Analyzed \\d[\\d,]* units? from \\d+ sources? in \\d+\\.\\d s( \\([\\d,]+ units/s\\))?";
    /** On the grid (the default) the summary ends naming how many units each worker scored. */
    private static final String BY_WORKER = "(; by worker: (in-process|local-\\d+) [\\d,]+(, (in-process|local-\\d+) [\\d,]+)*)?";
    private static final String REVIEWS = "I love this phone. The battery is terrible.\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result analyze(String stdin, String... args) {
        String[] command = Stream.concat(Stream.of("analyze"), Stream.of(args)).toArray(String[]::new);
        return SentigridProcess.run(dir, stdin, command).assertNoStackTrace();
    }

    private static List<CSVRecord> csv(String output) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(output)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(row -> row.get(name)).toList();
    }

    private static String compound(Result result) {
        return csv(result.out()).get(0).get("compound");
    }

    @Test
    void defaultOutputIsCsvWithAHeaderAndOneRowPerSentence() {
        write("reviews.txt", REVIEWS);

        Result result = analyze(null, "reviews.txt");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith(String.join(",", HEADER) + "\n").doesNotContain("\r");
        List<CSVRecord> rows = csv(result.out());
        assertThat(rows).hasSize(2);
        assertThat(column(rows, "source")).containsOnly("reviews.txt");
        assertThat(column(rows, "unit")).containsExactly("1", "2");
        assertThat(column(rows, "text")).containsExactly("I love this phone.", "The battery is terrible.");
        assertThat(column(rows, "label")).containsExactly("positive", "negative");
        assertThat(column(rows, "record")).containsOnly("");
        for (CSVRecord row : rows) {
            assertThat(row.get("neg") + " " + row.get("neu") + " " + row.get("pos")).matches("\\d\\.\\d{3} \\d\\.\\d{3} \\d\\.\\d{3}");
            assertThat(row.get("compound")).matches("-?[01]\\.\\d{4}");
            assertThat(REVIEWS.substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))))
                    .isEqualTo(row.get("text"));
        }
        assertThat(result.errLines()).singleElement().asString().matches(SUMMARY + BY_WORKER + "\\.");
    }

    @Test
    void tsvHasTheSameColumnsAndEscapesLineBreaks() {
        write("notes.txt", "Great\tteam, awful\\ boss.\nReally.");

        Result result = analyze(null, "--format", "tsv", "--split", "none", "notes.txt");

        assertThat(result.exit()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", HEADER));
        String[] fields = lines.get(1).split("\t", -1);
        assertThat(fields).hasSize(HEADER.size());
        assertThat(fields[0]).isEqualTo("notes.txt");
        assertThat(fields[2]).isEqualTo("Great\\tteam, awful\\\\ boss.\\nReally.");
    }

    @Test
    void jsonLinesHaveOneObjectPerUnitWithTheColumnsAsKeys() {
        write("reviews.txt", REVIEWS);

        Result result = analyze(null, "--format", "jsonl", "reviews.txt");

        assertThat(result.exit()).isZero();
        List<Map<String, Object>> objects = result.out().lines().map(Json::object).toList();
        assertThat(objects).hasSize(2);
        for (Map<String, Object> object : objects) {
            assertThat(object.keySet()).containsExactlyElementsOf(HEADER);
            assertThat(object.get("record")).isNull();
            assertThat(object.get("compound")).isInstanceOf(BigDecimal.class);
            assertThat(((BigDecimal) object.get("compound")).scale()).isEqualTo(4);
            assertThat(((BigDecimal) object.get("pos")).scale()).isEqualTo(3);
        }
        assertThat(objects.get(0)).containsEntry("text", "I love this phone.").containsEntry("label", "positive")
                .containsEntry("unit", BigDecimal.ONE);
    }

    @Test
    void splitModesCutSentencesLinesOrNothing() {
        String text = "Great day. Awful night.\nSecond line here.\n";
        write("day.txt", text);

        for (String[] modeAndUnits : new String[][] {{"sentences", "3"}, {"lines", "2"}, {"none", "1"}}) {
            Result result = analyze(null, "--split", modeAndUnits[0], "day.txt");

            assertThat(result.exit()).isZero();
            List<CSVRecord> rows = csv(result.out());
            assertThat(rows).as(modeAndUnits[0]).hasSize(Integer.parseInt(modeAndUnits[1]));
            for (CSVRecord row : rows) {
                assertThat(text.substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))))
                        .isEqualTo(row.get("text"));
            }
        }
    }

    @Test
    void aFileOfOneTextALineIsWarnedOfInSentencesModeOnly() {
        write("reviews.txt", "i love this phone\nthe battery is terrible\nworst service ever\nGreat food\n");

        Result sentences = analyze(null, "reviews.txt");
        Result lines = analyze(null, "--split", "lines", "reviews.txt");

        assertThat(sentences.exit()).isZero();
        assertThat(csv(sentences.out())).hasSize(1);  // what the warning is about: four reviews joined into one unit
        assertThat(sentences.errLines().get(0)).startsWith("sentigrid: warning: reviews.txt: ").contains("--split lines");
        assertThat(sentences.errLines()).hasSize(2);
        assertThat(csv(lines.out())).hasSize(4);
        assertThat(lines.errLines()).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("Analyzed 4 units"));
    }

    @Test
    void aDirectoryIsReadInPathOrder() {
        write("docs/b.txt", "Bad.");
        write("docs/a.txt", "Awesome.");
        write("docs/sub/c.txt", "Calm.");

        Result result = analyze(null, "docs");

        assertThat(result.exit()).isZero();
        List<String> sources = column(csv(result.out()), "source");
        assertThat(sources).hasSize(3);
        assertThat(sources.get(0)).endsWith("a.txt");
        assertThat(sources.get(1)).endsWith("b.txt");
        assertThat(sources.get(2)).endsWith("c.txt");
        assertThat(result.err()).contains("from 3 sources");
    }

    @Test
    void warningsAreOnePlainLineEachAndDoNotFailTheRun() throws IOException {
        Files.createDirectories(dir.resolve("mixed"));
        Files.write(dir.resolve("mixed/latin.txt"), "Caf\u00e9 is great.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("mixed/blob.bin"), new byte[] {0, 1, 2, 3, 'b', 'i', 'n', 0, 0});

        Result result = analyze(null, "mixed");

        assertThat(result.exit()).isZero();
        assertThat(column(csv(result.out()), "text")).containsExactly("Caf\u00e9 is great.");
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().subList(0, 2)).allSatisfy(line -> assertThat(line).startsWith("sentigrid: warning: "))
                .anySatisfy(line -> assertThat(line).contains("blob.bin"))
                .anySatisfy(line -> assertThat(line).contains("latin.txt"));
        assertThat(result.errLines().get(2)).matches(SUMMARY + BY_WORKER + "\\.");
    }

    @Test
    void withoutInputsOrWithADashStandardInputIsRead() {
        for (String[] args : new String[][] {{}, {"-"}}) {
            Result result = analyze("I love it.\n", args);

            assertThat(result.exit()).isZero();
            List<CSVRecord> rows = csv(result.out());
            assertThat(column(rows, "source")).containsExactly("-");
            assertThat(column(rows, "text")).containsExactly("I love it.");
            assertThat(column(rows, "label")).containsExactly("positive");
        }
    }

    @Test
    void csvInputGivesTheRecordOfEachUnit() {
        write("survey.csv", "id,answer\n1,Great product!\n2,\"Bad, very bad.\"\n");

        Result result = analyze(null, "--column", "answer", "survey.csv");

        assertThat(result.exit()).isZero();
        List<CSVRecord> rows = csv(result.out());
        assertThat(column(rows, "text")).containsExactly("Great product!", "Bad, very bad.");
        assertThat(column(rows, "record")).containsExactly("1", "2");
        assertThat(column(rows, "label")).containsExactly("positive", "negative");
    }

    @Test
    void outputFileGetsWhatStandardOutputWouldAndNoTemporaryFileIsLeft() throws IOException {
        write("reviews.txt", REVIEWS);
        Files.createDirectories(dir.resolve("out"));

        Result toFile = analyze(null, "--output", "out/results.csv", "reviews.txt");
        Result toStdout = analyze(null, "reviews.txt");

        assertThat(toFile.exit()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("out/results.csv"), StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("results.csv");
        }
    }

    @Test
    void aMissingFileAmongGoodOnesIsReportedAndTheOthersAreStillAnalyzed() throws IOException {
        write("first.txt", "I love it.");
        write("last.txt", "I hate it.");

        Result result = analyze(null, "first.txt", "missing.txt", "last.txt");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(column(csv(result.out()), "source")).containsExactly("first.txt", "last.txt");
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines().get(0)).startsWith("sentigrid: ").contains("missing.txt");
        assertThat(result.errLines().get(1)).matches(SUMMARY + "; 1 source could not be read" + BY_WORKER + "\\.")
                .contains("from 2 sources");

        Result toFile = analyze(null, "--output", "results.csv", "first.txt", "missing.txt", "last.txt");
        assertThat(toFile.exit()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8)).isEqualTo(result.out());
    }

    @Test
    void aJsonLinesFieldThatIsNeverTextIsAFailureOfThatInputInOneLine() {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            jsonl.append("{\"stars\": ").append(1 + i % 5).append(", \"text\": \"Review ").append(i).append(".\"}\n");
        }
        write("reviews.jsonl", jsonl.toString());
        write("notes.txt", "I love it.");

        Result result = analyze(null, "--in-process", "--field", "stars", "reviews.jsonl", "notes.txt");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(column(csv(result.out()), "source")).containsExactly("notes.txt");
        assertThat(result.errLines()).containsExactly(
                "sentigrid: reviews.jsonl has no line with a string field \"stars\""
                        + " (on line 1 \"stars\" is a number; its fields are \"stars\", \"text\"), so nothing was analyzed from it.",
                result.errLines().get(1));
        assertThat(result.errLines().get(1)).matches(SUMMARY + "; 1 source could not be read\\.").contains("from 1 source ");
    }

    @Test
    void linesWithoutTheFieldBeforeTheFirstThatHasItAreOneWarning() {
        write("reviews.jsonl", "{\"title\": \"a\"}\n{\"title\": \"b\"}\n{\"title\": \"c\"}\n{\"text\": \"I love it.\"}\n");

        Result result = analyze(null, "--in-process", "--field", "text", "reviews.jsonl");

        assertThat(result.exit()).isZero();
        assertThat(column(csv(result.out()), "text")).containsExactly("I love it.");
        assertThat(result.errLines()).hasSize(2).first()
                .isEqualTo("sentigrid: warning: reviews.jsonl lines 1–3 have no string field \"text\"; skipped.");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitStatus1() {
        write("reviews.txt", REVIEWS);

        Result result = analyze(null, "--output", "no/such/dir/results.csv", "reviews.txt");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "sentigrid: cannot write no/such/dir/results.csv: no such file or directory");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Result result = analyze(null, "--bogus", "x.txt");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "sentigrid: Unknown option: '--bogus'", "Try 'sentigrid analyze --help'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threshold=0", "--threshold=1", "--threshold=-0.2", "--threshold=abc",
        "--format=xml", "--engine=textblob", "--split=words"})
    void aBadValueIsAUsageError(String option) {
        Result result = analyze("I love it.", option);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(2).last().isEqualTo("Try 'sentigrid analyze --help'.");
        assertThat(result.errLines().get(0)).startsWith("sentigrid: ").contains(option.substring(option.indexOf('=') + 1));
    }

    @Test
    void theThresholdIsInclusive() {
        String compound = compound(analyze("I love it.", "--split", "none"));
        assertThat(new BigDecimal(compound)).isPositive();
        String justAbove = new BigDecimal(compound).add(new BigDecimal("0.0001")).toPlainString();

        assertThat(column(csv(analyze("I love it.", "--threshold", compound).out()), "label")).containsExactly("positive");
        assertThat(column(csv(analyze("I love it.", "--threshold", justAbove).out()), "label")).containsExactly("neutral");

        String negative = compound(analyze("I hate it.", "--split", "none")).substring(1);
        assertThat(column(csv(analyze("I hate it.", "--threshold", negative).out()), "label")).containsExactly("negative");
    }

    @Test
    void explainAddsTheCompactFormToCsv() {
        Result result = analyze("The food is very good.", "--explain");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith(String.join(",", HEADER) + ",explanation\n");
        String explanation = csv(result.out()).get(0).get("explanation");
        assertThat(explanation).startsWith("The food is very good(+1.9\u2192+").contains(" booster)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void explainInJsonLinesListsEveryToken() {
        Result result = analyze("The food is very good!", "--explain", "--format", "jsonl");

        assertThat(result.exit()).isZero();
        Map<String, Object> object = Json.object(result.out().strip());
        List<Map<String, Object>> tokens = (List<Map<String, Object>>) object.get("explanation");
        assertThat(tokens).extracting(token -> token.get("token")).containsExactly("The", "food", "is", "very", "good");
        Map<String, Object> good = tokens.get(4);
        assertThat(good).containsEntry("lexicon", new BigDecimal("1.9")).containsEntry("rules", List.of("booster"));
        assertThat((BigDecimal) good.get("valence")).isGreaterThan(new BigDecimal("1.9"));
        assertThat(tokens.get(0)).containsEntry("lexicon", null).containsEntry("rules", List.of());
        assertThat((BigDecimal) object.get("punctuation")).isPositive();
    }

    @Test
    void aLexiconOverlayChangesTheScore() {
        write("mine.tsv", "# my words\nsentigridish\t3.0\n");

        Result plain = analyze("This is sentigridish.");
        Result overlaid = analyze("This is sentigridish.", "--lexicon", "mine.tsv");

        assertThat(overlaid.exit()).isZero();
        assertThat(column(csv(plain.out()), "label")).containsExactly("neutral");
        assertThat(column(csv(plain.out()), "compound")).containsExactly("0.0000");
        assertThat(column(csv(overlaid.out()), "label")).containsExactly("positive");
    }

    @Test
    void aBadLexiconIsAUsageErrorNamingTheFileAndLine() {
        write("mine.tsv", "# my words\nsentigridish 3.0\n");

        Result bad = analyze("Fine.", "--lexicon", "mine.tsv");
        Result missing = analyze("Fine.", "--lexicon", "nope.tsv");

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines().get(0)).startsWith("sentigrid: mine.tsv line 2");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines().get(0)).isEqualTo("sentigrid: cannot read lexicon file nope.tsv: no such file or directory");
    }

    @Test
    void theNltkEngineRunsToo() {
        Result result = analyze("I love it.", "--engine", "nltk", "--in-process");

        assertThat(result.exit()).isZero();
        assertThat(column(csv(result.out()), "label")).containsExactly("positive");
    }
}
