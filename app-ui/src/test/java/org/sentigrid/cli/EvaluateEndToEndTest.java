package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;

/** {@code sentigrid evaluate} as a real child process on real files. */
class EvaluateEndToEndTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped example corpus, copied out of the app's resources as the window does. */
    private Path example(String name) {
        try (InputStream in = getClass().getResourceAsStream("/org/sentigrid/examples/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result evaluate(String... args) {
        String[] command = Stream.concat(Stream.of("evaluate"), Stream.of(args)).toArray(String[]::new);
        return SentigridProcess.run(dir, null, command).assertNoStackTrace();
    }

    private static double number(Object value) {
        return ((BigDecimal) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theTweetsCorpusAsShippedAgreesWithPeopleAsTheReferenceScoresDo() {
        example("tweets_GroundTruth.txt");

        Result result = evaluate("tweets_GroundTruth.txt", "--column", "3", "--gold", "2",
                "--engine", "both", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        Map<String, Object> both = Json.object(result.out());
        assertThat(both).containsOnlyKeys("vader", "nltk");
        // Pearson's r of the ratings against the compound scores that vaderSentiment 3.3.2 and NLTK 3.8.1 themselves
        // give (the project's reference scores, correlated in Python): 0.8722 and 0.8784 over all 4,200 tweets.
        assertThat(object(both.get("vader"))).containsEntry("n", BigDecimal.valueOf(4200));
        assertThat(number(object(both.get("vader")).get("pearson"))).isEqualTo(0.8722);
        assertThat(number(object(both.get("nltk")).get("pearson"))).isEqualTo(0.8784);
        Map<String, Object> vader = object(both.get("vader"));
        assertThat(vader).containsOnlyKeys("n", "pearson", "pearson_ci95", "spearman", "spearman_ci95", "mae", "fit");
        List<?> interval = (List<?>) vader.get("pearson_ci95");
        assertThat(number(interval.get(0))).isLessThan(0.8722);
        assertThat(number(interval.get(1))).isGreaterThan(0.8722);
        assertThat(object(vader.get("fit"))).containsOnlyKeys("intercept", "slope");
    }

    @Test
    void labelsInACsvWithAMapGiveTheConfusionMatrixAndAccuracy() {
        // "I love it." scores 0.6369, "It is terrible." -0.4767, "It is a table." 0: predicted positive, negative,
        // neutral, positive. Gold: pos, neg, neu, neg. Accuracy 3/4; F1 positive (1/2, 1) 2/3, negative (1, 1/2) 2/3,
        // neutral 1: macro-F1 (2/3 + 2/3 + 1) / 3 = 0.7778.
        write("labels.csv", "id,text,human\n1,I love it.,pos\n2,It is terrible.,neg\n3,It is a table.,neu\n4,I love it.,neg\n");

        Result result = evaluate("labels.csv", "--column", "text", "--gold", "human",
                "--gold-map", "pos=positive,neg=negative,neu=neutral", "--format", "json");

        assertThat(result.exit()).isZero();
        Map<String, Object> labels = Json.object(result.out());
        assertThat(labels).containsKeys("n", "accuracy", "macro_f1", "confusion", "best_threshold");
        assertThat(labels.get("n")).isEqualTo(BigDecimal.valueOf(4));
        assertThat(number(labels.get("accuracy"))).isEqualTo(0.75);
        assertThat(number(labels.get("macro_f1"))).isEqualTo(0.7778);
        Map<String, Object> confusion = object(labels.get("confusion"));
        assertThat(confusion).containsOnlyKeys("positive", "neutral", "negative");
        assertThat(object(confusion.get("negative"))).containsExactly(Map.entry("positive", BigDecimal.ONE),
                Map.entry("neutral", BigDecimal.ZERO), Map.entry("negative", BigDecimal.ONE));
        assertThat(object(confusion.get("positive"))).containsEntry("positive", BigDecimal.ONE);
        assertThat(object(object(labels.get("per_class")).get("negative"))).containsEntry("precision", new BigDecimal("1.0000"))
                .containsEntry("recall", new BigDecimal("0.5000"));
        assertThat((List<?>) labels.get("sweep")).hasSize(99);
        // no threshold can mend "I love it." rated negative; from 0.01 to 0.47 the others read right, so 0.01 is named
        assertThat(labels.get("best_threshold")).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void splitSentencesScoresARowAsTheMeanOfItsSentences() {
        // JSON Lines, ratings: row 1 is "I love it. It is terrible." (whole: 0.2732; its sentences: 0.6369 and -0.4767,
        // mean 0.0801), rated 1; row 2 is "It is a table." (0), rated 0. Two points: the line goes through both,
        // slope 1 / compound of row 1, and the error is 0.
        write("rated.jsonl", "{\"text\": \"I love it. It is terrible.\", \"rating\": 1}\n{\"rating\": 0, \"text\": \"It is a table.\"}\n");

        Result sentences = evaluate("rated.jsonl", "--column", "text", "--gold", "rating", "--split", "sentences", "--format", "json");
        Result whole = evaluate("rated.jsonl", "--column", "text", "--gold", "rating", "--format", "json");

        assertThat(sentences.exit()).isZero();
        Map<String, Object> fit = object(Json.object(sentences.out()).get("fit"));
        assertThat(number(fit.get("slope"))).isCloseTo(1 / 0.0801, within(1e-4));
        assertThat(number(Json.object(sentences.out()).get("mae"))).isZero();
        assertThat(number(object(Json.object(whole.out()).get("fit")).get("slope"))).isCloseTo(1 / 0.2732, within(1e-4));
        assertThat(Json.object(whole.out()).get("spearman_ci95")).isEqualTo(java.util.Arrays.asList(null, null));
    }

    @Test
    void textAndCsvReportsOnAHeaderlessTsv() {
        write("corpus.txt", "1\t2.5\tI love it.\r\n2\t-2\tIt is terrible.\r\n3\t0.1\tIt is a table.\r\n4\t1.5\tGood.\r\n5\tn/a\tFine.");

        Result text = evaluate("corpus.txt", "--column", "3", "--gold", "2");
        Result csv = evaluate("corpus.txt", "--column", "3", "--gold", "2", "--format", "csv");

        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("corpus.txt, engine vader: 4 rows, gold ratings, each row scored whole\n")
                .contains("  Pearson r     ", "  Spearman rho  1.0000", "MAE after a linear fit");
        assertThat(text.errLines()).containsExactly(
                "sentigrid: corpus.txt: 1 row has a gold value that is not a number (the first: record 5, \"n/a\"); left out.");
        assertThat(csv.out()).startsWith("engine,measure,value\nvader,n,4\nvader,pearson,")
                .contains("\nvader,spearman,1.0000\n", "\nvader,fit_slope,");
    }

    @Test
    void labelsWithoutAMapSayHowToMapThem() {
        write("reviews.csv", "text,sentiment\nGood.,pos\nBad.,neg\n");

        Result result = evaluate("reviews.csv", "--column", "text", "--gold", "sentiment");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "sentigrid: reviews.csv: 2 rows have a gold value that is not a label (the first: record 1, \"pos\"); left out.",
                "sentigrid: reviews.csv has no row with text and a gold label in \"sentiment\", so there is nothing to measure;"
                        + " map its values to labels with --gold-map (e.g. 1=positive,0=negative).");
    }

    @Test
    void aMissingGoldColumnIsSaidAndExitStatus1() {
        write("reviews.csv", "text,stars\nGood.,5\n");

        Result result = evaluate("reviews.csv", "--column", "text", "--gold", "rating");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "sentigrid: warning: reviews.csv has no column \"rating\" to keep; it is left empty for this file.",
                "sentigrid: reviews.csv has no gold column \"rating\", so there is nothing to measure.");
    }

    @Test
    void noUsableGoldIsOneLineAndExitStatus1() {
        write("reviews.csv", "text,stars\nGood.,\nBad.,\n");

        Result result = evaluate("reviews.csv", "--column", "text", "--gold", "stars");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "sentigrid: reviews.csv: 2 rows have no gold value; left out.",
                "sentigrid: reviews.csv has no row with text and a gold label in \"stars\", so there is nothing to measure;"
                        + " map its values to labels with --gold-map (e.g. 1=positive,0=negative).");
    }

    @Test
    void aBadGoldMapIsAUsageError() {
        write("reviews.csv", "text,stars\nGood.,5\n");

        Result result = evaluate("reviews.csv", "--column", "text", "--gold", "stars", "--gold-map", "5=great");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("sentigrid: --gold-map takes VALUE=LABEL pairs separated by commas, "
                + "each LABEL positive, neutral or negative (e.g. 1=positive,0=negative); '5=great' is not one");
    }
}
