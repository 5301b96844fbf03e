package org.sentigrid.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sentigrid.api.EngineMode;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * Single-thread scoring throughput over the whole VADER corpus: one operation scores every one of the
 * {@value Corpus#EXPECTED_LINES} corpus lines once, each line as one unit, so ops/s x lines = lines/s.
 * Each benchmark returns the sum of its scores so nothing can be optimised away.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class CorpusBenchmark {
    /** The corpus text and the immutable, thread-safe scorers: shared by every thread. */
    private String[] texts;
    private SentimentAnalyzer vader;
    private SentimentAnalyzer nltk;
    private FloorScorer floor;

    @Setup(Level.Trial)
    public void setUp() {
        texts = Corpus.texts();
        vader = SentimentAnalyzer.of(EngineMode.VADER);
        nltk = SentimentAnalyzer.of(EngineMode.NLTK);
        floor = new FloorScorer();
    }

    /** The 1.0 port keeps per-text state in fields: one instance per JMH thread. */
    @State(Scope.Thread)
    public static class PortState {
        ApanimeshPort port;

        @Setup(Level.Trial)
        public void setUp() {
            port = new ApanimeshPort();
        }
    }

    @Benchmark
    public double sentigridVader() {
        double sum = 0.0;
        for (String text : texts) {
            sum += vader.score(text).compound();
        }
        return sum;
    }

    @Benchmark
    public double sentigridNltk() {
        double sum = 0.0;
        for (String text : texts) {
            sum += nltk.score(text).compound();
        }
        return sum;
    }

    @Benchmark
    public double apanimeshPort(PortState state) {
        double sum = 0.0;
        for (String text : texts) {
            sum += state.port.compound(text);
        }
        return sum;
    }

    @Benchmark
    public double floor() {
        double sum = 0.0;
        for (String text : texts) {
            sum += floor.score(text);
        }
        return sum;
    }
}
