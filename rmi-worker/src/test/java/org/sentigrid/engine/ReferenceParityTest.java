package org.sentigrid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;

/**
 * Every line of every reference file, scored as one unit, must give exactly the reference's numbers:
 * neg, neu and pos to 3 decimals and compound to 4, after Python's rounding.
 */
class ReferenceParityTest {

    @ParameterizedTest(name = "{0} in {1} mode")
    @CsvSource({
        "tweets.vadersentiment.tsv, VADER",
        "movieReviewSnippets.vadersentiment.tsv, VADER",
        "amazonReviewSnippets.vadersentiment.tsv, VADER",
        "probes.vadersentiment.tsv, VADER",
        "tweets.nltk.tsv, NLTK",
        "movieReviewSnippets.nltk.tsv, NLTK",
        "amazonReviewSnippets.nltk.tsv, NLTK",
        "probes.nltk.tsv, NLTK",
    })
    void everyReferenceLineScoresExactlyAsTheReference(String file, EngineMode mode) throws IOException {
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(mode);
        List<String[]> rows = readReference(file);
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows) {
            SentimentScores actual = analyzer.score(row[5]);
            SentimentScores expected = new SentimentScores(Double.parseDouble(row[1]), Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]), Double.parseDouble(row[4]));
            if (!actual.equals(expected)) {
                mismatches.add("id " + row[0] + ": expected " + expected + " got " + actual + " for: " + row[5]);
            }
        }
        assertThat(rows).hasSizeGreaterThan(1000);
        assertThat(mismatches).as("%d of %d lines differ", mismatches.size(), rows.size()).isEmpty();
    }

    static List<String[]> readReference(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReferenceParityTest.class.getResourceAsStream("/vader-reference/" + file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertThat(header).isEqualTo("id\tneg\tneu\tpos\tcompound\ttext");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", 6);
                assertThat(fields).as("fields of line %s", line).hasSize(6);
                rows.add(fields);
            }
        }
        return rows;
    }
}
