package org.sentigrid.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;

/**
 * Scores sample regions before the worker joins, until the JIT has compiled the engine, so that the
 * first real work runs at full speed: a cold JVM scores its first seconds at a fraction of its speed
 * while its compiler threads take the cores, and a grid's job waits for its slowest piece. The samples
 * cover both engines, both splits and the formats. It stops once the JIT has been quiet for a while.
 */
final class WarmUp {
    /** At least this long, then until the JIT has compiled nothing for {@link #QUIET_MILLIS}. */
    static final long MIN_MILLIS = 300;
    static final long QUIET_MILLIS = 250;
    /** At most this long, whatever the JIT does. */
    static final long MAX_MILLIS = 3_000;

    private WarmUp() {
    }

    static void run(BatchScorer scorer) {
        byte[] sample = sample();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(MAX_MILLIS);
        long compiled = compilationMillis();
        long quietSince = start;
        String[][] shapes = {{"lines", "tsv"}, {"sentences", "csv"}, {"lines", "jsonl"}, {"lines", "csv"}};
        for (int round = 0; ; round++) {
            long now = System.nanoTime();
            long compiledNow = compilationMillis();
            if (compiledNow != compiled) {
                compiled = compiledNow;
                quietSince = now;
            }
            if (now > deadline || (now - start > TimeUnit.MILLISECONDS.toNanos(MIN_MILLIS)
                    && now - quietSince > TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS))) {
                return;
            }
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

    /** Milliseconds the JIT has spent compiling so far; -1 where the JVM does not say (then warm-up stops after its shortest). */
    private static long compilationMillis() {
        try {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        } catch (LinkageError noManagement) {
            return -1;
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
