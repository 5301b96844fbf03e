package org.sentigrid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks what the benchmarks score and with what, without running JMH (that is never part of the build). */
class BenchSetupTest {
    @Test
    void corpusHoldsEveryLineOfTheFourCorpora() {
        String[] texts = Corpus.texts();
        assertThat(texts).hasSize(Corpus.EXPECTED_LINES);
        assertThat(texts[0]).startsWith("Somehow I was blessed with some really amazing friends");
        assertThat(texts).noneMatch(t -> t.contains("\r") || t.contains("\n"));
        assertThat(Corpus.charCount()).isGreaterThan(2_000_000L);
    }

    @Test
    void floorSumsLexiconValencesOfWhitespaceTokens() {
        FloorScorer floor = new FloorScorer();
        assertThat(floor.size()).isGreaterThan(7_000);
        // good 1.9, bad -2.5 in vaderSentiment's lexicon; "good." is not a lexicon word: the floor does not strip.
        assertThat(floor.score(" good\tbad  good. xyzzy ")).isCloseTo(1.9 - 2.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(floor.score("")).isZero();
    }

    @Test
    void oneReusedPortInstanceScoresLikeAFreshOne() {
        ApanimeshPort reused = new ApanimeshPort();
        String[] texts = Corpus.texts();
        for (int i = 0; i < 200; i += 7) {
            assertThat(reused.compound(texts[i])).as(texts[i]).isEqualTo(new ApanimeshPort().compound(texts[i]));
        }
        assertThat(reused.compound("VADER is smart, handsome, and funny.")).isGreaterThan(0.5f);
    }

    @Test
    void everyBenchmarkScoresTheCorpus() {
        CorpusBenchmark bench = new CorpusBenchmark();
        bench.setUp();
        assertThat(bench.sentigridVader()).isNotZero();
        assertThat(bench.sentigridNltk()).isNotZero();
        assertThat(bench.floor()).isNotZero();
    }
}
