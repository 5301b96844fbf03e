package org.sentigrid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;

class SentimentAnalyzerTest {

    @Test
    void theTwoModesDifferWhereTheReferencesDo() {
        SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
        SentimentAnalyzer nltk = SentimentAnalyzer.of(EngineMode.NLTK);
        // "no" negates the next word only in vaderSentiment.
        assertThat(vader.score("No complaints.").compound()).isEqualTo(0.3089);
        assertThat(nltk.score("No complaints.").compound()).isEqualTo(-0.5994);
        // NLTK scores a repeated word at its first occurrence.
        assertThat(vader.score("good good not good").compound()).isEqualTo(0.5258);
        assertThat(nltk.score("good good not good").compound()).isEqualTo(0.8271);
    }

    @ParameterizedTest
    @EnumSource(EngineMode.class)
    void nullIsRejectedAtTheBoundary(EngineMode mode) {
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(mode);
        assertThatThrownBy(() -> analyzer.score(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> analyzer.explain(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(EngineMode.class)
    void anyStringIsAccepted(EngineMode mode) {
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(mode);
        assertThat(analyzer.score("")).isEqualTo(SentimentScores.EMPTY);
        assertThat(analyzer.score(" \t\n\u00a0\u3000 ")).isEqualTo(SentimentScores.EMPTY);
        String control = "\u0000\u0001 good \u0007\u001b[31m bad \u007f\u0085";
        String loneSurrogates = "\ud83d great \ude00 \udbff";
        String longWord = "a".repeat(300) + " " + "!".repeat(300) + " " + "good".repeat(75);
        for (String text : List.of(control, loneSurrogates, longWord, "😀😀😀", "\u202e evil text")) {
            SentimentScores scores = analyzer.score(text);
            assertThat(scores.neg() + scores.neu() + scores.pos()).isBetween(0.0, 1.002);
            assertThat(analyzer.explain(text).scores()).isEqualTo(scores);
        }
        assertThat(analyzer.score(loneSurrogates).compound()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(EngineMode.class)
    void oneInstanceGivesTheSameScoresOnManyThreads(EngineMode mode) throws Exception {
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(mode);
        List<String> lines = new ArrayList<>();
        for (String[] row : ReferenceParityTest.readReference("probes." + (mode == EngineMode.VADER ? "vadersentiment" : "nltk") + ".tsv")) {
            lines.add(row[5]);
        }
        List<SentimentScores> expected = lines.stream().map(analyzer::score).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SentimentScores>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> lines.stream().map(analyzer::score).toList()));
            }
            for (Future<List<SentimentScores>> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A guard, not a benchmark: quadratic work on 5 MB would take hours, linear work takes about a second. */
    @ParameterizedTest
    @EnumSource(EngineMode.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFiveMegabyteLineIsScored(EngineMode mode) {
        StringBuilder line = new StringBuilder(5_000_000);
        String[] words = {"good", "but", "not", "bad", "very", "GREAT", "kind", "of", "the", "shit", "least", "never", "so", "no", "😀", "nice!", "meh"};
        for (int i = 0; line.length() < 5_000_000; i++) {
            line.append(words[i % words.length]).append(i % 7 == 0 ? "  " : " ").append(i % 101).append(' ');
        }
        SentimentScores scores = SentimentAnalyzer.of(mode).score(line.toString());
        assertThat(scores.compound()).isBetween(-1.0, 1.0);
        assertThat(scores.neu()).isPositive();
    }

    @Test
    void fingerprintsSayWhetherTwoAnalyzersScoreAlike() {
        String vader = SentimentAnalyzer.of(EngineMode.VADER).fingerprint();
        String nltk = SentimentAnalyzer.of(EngineMode.NLTK).fingerprint();
        String overlaid = SentimentAnalyzer.of(EngineMode.VADER, LexiconOverlay.of(java.util.Map.of("sentigrid", 3.0))).fingerprint();
        assertThat(vader).hasSize(64).isNotEqualTo(nltk).isNotEqualTo(overlaid);
        assertThat(SentimentAnalyzer.of(EngineMode.VADER, LexiconOverlay.empty()).fingerprint()).isEqualTo(vader);
    }
}
