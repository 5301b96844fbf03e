package org.sentigrid.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.sentigrid.bench.Corpus;

/**
 * Sentences per second of {@link SentenceSplitter} alone, on the VADER corpus text (docs/PERFORMANCE.md,
 * "Sentence splitting"). In this package because the splitter is package-private; run it with whichever
 * rmi-worker build is on the class path ({@code bench/splitter-speed.sh} alternates two builds).
 *
 * <pre>java -cp ... org.sentigrid.text.SplitterSpeed [cells|chunks] [SECONDS]</pre>
 *
 * {@code cells}: each corpus line is one paragraph (a CSV cell, a JSON field). {@code chunks}: the lines
 * joined by line breaks into 1 MiB paragraphs, which is what {@code --split sentences} hands the splitter
 * for a file without blank lines. Warms up for SECONDS, then measures for SECONDS and prints one line:
 * sentences per second of wall time and per second of the thread's CPU time.
 */
public final class SplitterSpeed {
    private static final int CHUNK = 1 << 20;

    private SplitterSpeed() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "chunks";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<StringBuilder> paragraphs = mode.equals("cells") ? cells() : chunks();
        long chars = paragraphs.stream().mapToLong(StringBuilder::length).sum();
        SentenceSplitter splitter = new SentenceSplitter();
        pass(splitter, paragraphs, seconds); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long[] done = pass(splitter, paragraphs, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // Per CPU second too: on a shared machine the wall clock also counts time the thread waited.
        System.out.printf(Locale.ROOT, "%-6s %,12.0f sentences/s %,12.0f per CPU s %8.1f MB/s (chars)  %,d sentences a pass%n",
                mode, done[0] / elapsed, done[0] / cpu, done[1] * chars / elapsed / 1e6, done[0] / done[1]);
    }

    /** Splits every paragraph, over and over, for at least {@code seconds}: {sentences, passes}. */
    private static long[] pass(SentenceSplitter splitter, List<StringBuilder> paragraphs, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long sentences = 0;
        long passes = 0;
        do {
            for (StringBuilder paragraph : paragraphs) {
                BitSet ends = splitter.split(paragraph);
                sentences += ends.cardinality() + 1;
            }
            passes++;
        } while (System.nanoTime() < deadline);
        return new long[] {sentences, passes};
    }

    private static List<StringBuilder> cells() {
        List<StringBuilder> cells = new ArrayList<>();
        for (String text : Corpus.texts()) {
            cells.add(new StringBuilder(text));
        }
        return cells;
    }

    private static List<StringBuilder> chunks() {
        List<StringBuilder> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String text : Corpus.texts()) {
            if (chunk.length() + text.length() + 1 > CHUNK) {
                chunks.add(chunk);
                chunk = new StringBuilder();
            }
            chunk.append(text).append('\n');
        }
        chunks.add(chunk);
        return chunks;
    }
}
