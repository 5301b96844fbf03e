package org.sentigrid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sentigrid.cli.SentigridCommand;

/** The job in a local[2] session against the real `sentigrid analyze` on the same files. */
@Tag("spark")
class AnalyzeJobTest {
    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path dir;
    private List<String> inputs;

    @BeforeEach
    void writeInputs() throws IOException {
        Path tricky = dir.resolve("tricky.txt");
        try (InputStream in = getClass().getResourceAsStream("/text/tricky-paragraphs.txt")) {
            Files.write(tricky, in.readAllBytes());
        }
        // Over 1 MiB, so plain text goes as several regions, with a paragraph and a non-ASCII char or two in each.
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 1_200_000; i++) {
            big.append("Line ").append(i).append(": the café was great, the service not so much. Really?\n");
            if (i % 7 == 0) {
                big.append('\n');
            }
        }
        Path large = Files.writeString(dir.resolve("large.log"), big);
        Path csv = Files.writeString(dir.resolve("reviews.csv"), """
                id,review,stars
                1,"I love it. Truly, madly!",5
                2,,1
                3,"A ""quoted"" word,
                and a line break. Bad, bad, bad.",2
                4,   Meh.   ,3
                """);
        Path jsonl = Files.writeString(dir.resolve("posts.jsonl"), """
                {"body": "What a day! 😀 Worst commute ever.", "n": 1}
                {"title": "no body here"}

                {"body": "Tab\\there. Not bad at all.", "n": 3}
                """);
        inputs = Stream.of(tricky, csv, large, jsonl).map(Path::toString).toList();
    }

    /** With --single-file the file is analyze's output, byte for byte; without, the part files in name order are. */
    @ParameterizedTest
    @CsvSource({"sentences, csv, vader", "lines, jsonl, nltk", "none, tsv, vader"})
    void writesWhatAnalyzeWrites(String split, String format, String engine) throws IOException {
        List<String> options = List.of("--split", split, "--format", format, "--engine", engine,
                "--column", "review", "--field", "body");
        Path analyzed = dir.resolve("analyzed." + format);
        assertThat(SentigridCommand.run(args(options, List.of("analyze", "--in-process", "--output", analyzed.toString())))).isZero();

        Path single = dir.resolve("job." + format);
        Run run = job(args(options, List.of("--single-file", "--output", single.toString())));
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.err).contains("sentigrid: warning: " + inputs.get(3) + " line 2 has no string field \"body\"");
        assertThat(Files.readAllBytes(single)).isEqualTo(Files.readAllBytes(analyzed));

        Path parts = dir.resolve("parts");
        Run partRun = job(args(options, List.of("--output", parts.toString())));
        assertThat(partRun.status).as(partRun.err).isZero();
        List<Path> files;
        try (Stream<Path> list = Files.list(parts)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(1).allMatch(file -> file.getFileName().toString().matches("part-\\d{5}\\." + format));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Path file : files) {
            joined.write(Files.readAllBytes(file));
        }
        assertThat(joined.toByteArray()).isEqualTo(Files.readAllBytes(analyzed));
    }

    /** Parquet in and out: a Parquet column is cut as a CSV column is, and Parquet rows hold analyze's values. */
    @Test
    void readsAndWritesParquet() throws IOException {
        List<String> texts = List.of("I love it. Truly, madly!", "", "Bad, bad, bad. Not good.", "   Meh.   ");
        Path csv = dir.resolve("texts.csv");
        StringBuilder table = new StringBuilder("text\n");
        texts.forEach(text -> table.append('"').append(text).append("\"\n"));
        Files.writeString(csv, table);
        Path parquet = dir.resolve("texts.parquet");
        spark.createDataset(texts, Encoders.STRING()).toDF("text").coalesce(1).write().parquet(parquet.toString());

        Path analyzed = dir.resolve("analyzed.csv");
        assertThat(SentigridCommand.run("analyze", "--in-process", "--column", "text", "--output", analyzed.toString(), csv.toString())).isZero();
        Path fromParquet = dir.resolve("from-parquet.csv");
        Run run = job(List.of("--column", "text", "--single-file", "--output", fromParquet.toString(), parquet.toString()));
        assertThat(run.status).as(run.err).isZero();
        assertThat(withoutSources(fromParquet)).isEqualTo(withoutSources(analyzed));

        Path out = dir.resolve("out.parquet");
        run = job(List.of("--column", "text", "--format", "parquet", "--output", out.toString(), parquet.toString()));
        assertThat(run.status).as(run.err).isZero();
        List<Row> rows = spark.read().parquet(out.toString()).orderBy("unit").collectAsList();
        List<String> lines = withoutSources(analyzed);
        assertThat(rows).hasSize(lines.size() - 1);
        Row first = rows.get(0);
        assertThat(String.join(",", String.valueOf(first.getLong(1)), first.getString(2).contains(",") ? '"' + first.getString(2) + '"' : first.getString(2),
                first.getDecimal(3).toPlainString(), first.getDecimal(4).toPlainString(), first.getDecimal(5).toPlainString(),
                first.getDecimal(6).toPlainString(), first.getString(7), String.valueOf(first.getLong(8)),
                String.valueOf(first.getLong(9)), String.valueOf(first.getLong(10))))
                .isEqualTo(lines.get(1));
    }

    /** A missing input is named in one line and the others are written; exit status 1, as analyze's. */
    @Test
    void anInputThatCannotBeReadIsNamedAndTheOthersAreWritten() throws IOException {
        Path out = dir.resolve("out.csv");
        Path missing = dir.resolve("missing.txt");
        Run run = job(List.of("--column", "review", "--single-file", "--output", out.toString(), missing.toString(), inputs.get(1)));
        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).contains("sentigrid: " + missing + " does not exist").contains("Analyzed 5 units from 1 source")
                .doesNotContain("units/s");  // a rate over five units would measure only the start, as analyze says
        assertThat(SentigridFunctionsTest.readCsv(out)).hasSize(5);
    }

    @Test
    void usageErrorsAreRefusedBeforeSparkIsAsked() {
        Run run = job(List.of("--format", "parquet", "--single-file", "--output", dir.resolve("x").toString(), inputs.get(0)));
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).startsWith("sentigrid: --single-file is for csv, tsv and jsonl");
        run = job(List.of("--threshold", "1.5", "--output", dir.resolve("y").toString(), inputs.get(0)));
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).startsWith("sentigrid: the threshold must be greater than 0 and less than 1, was 1.5");
    }

    private static List<String> withoutSources(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(line -> line.substring(line.indexOf(',') + 1)).toList();
    }

    private String[] args(List<String> options, List<String> first) {
        List<String> all = new ArrayList<>(first);
        all.addAll(options);
        all.addAll(inputs);
        return all.toArray(String[]::new);
    }

    private record Run(int status, String err) {
    }

    /** The job with these arguments, its standard error caught. */
    private static Run job(List<String> args) {
        return job(args.toArray(String[]::new));
    }

    private static synchronized Run job(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream caught = new ByteArrayOutputStream();
        System.setErr(new PrintStream(caught, true, StandardCharsets.UTF_8));
        try {
            int status = AnalyzeJob.run(args);
            return new Run(status, caught.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }
}
