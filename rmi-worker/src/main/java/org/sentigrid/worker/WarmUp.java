package org.sentigrid.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;

/**
 * Scores a few sample regions before the worker joins, so that the JIT has compiled the engine when
 * the first real work arrives: a cold JVM scores its first second at a fraction of its speed, and a
 * grid's job waits for the slowest piece. The samples cover both engines, both splits and the formats.
 */
final class WarmUp {
    /** How long to warm up at most; the JIT compiles the hot methods within about this long. */
    static final long MILLIS = 800;

    private WarmUp() {
    }

    static void run(BatchScorer scorer) {
        byte[] sample = sample();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MILLIS);
        String[][] shapes = {{"lines", "tsv"}, {"sentences", "csv"}, {"lines", "jsonl"}, {"lines", "csv"}};
        for (int round = 0; System.nanoTime() < deadline; round++) {
            String[] shape = shapes[round % shapes.length];
            EngineMode mode = round % 5 == 4 ? EngineMode.NLTK : EngineMode.VADER;
            try {
                scorer.score(new Region(1, round + 1, JobSettings.plain(mode), "UTF-8", shape[0], shape[1], 0.05, 0, sample),
                        () -> System.nanoTime() > deadline);
            } catch (BatchScorer.ScoringFailure e) {
                return;  // not worth more: real work will say what is wrong
            }
        }
    }

    private static byte[] sample() {
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.txt")) {
            byte[] text = in.readAllBytes();
            byte[] sample = new byte[text.length * 8];
            for (int i = 0; i < 8; i++) {
                System.arraycopy(text, 0, sample, i * text.length, text.length);
            }
            return sample;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
