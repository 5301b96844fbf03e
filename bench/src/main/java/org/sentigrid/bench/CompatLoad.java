package org.sentigrid.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.sentigrid.api.EngineMode;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * The original design's client of the compat protocol, as a load: each of N threads connects, sends one
 * sentence (UTF-8, no newline, no half-close), reads the answer until the server closes, and starts
 * over with the next sentence. Prints sentences/s over the measured seconds, after a warm-up, and how
 * many answers differed from the engine's own score (as Python prints it). For bench/serve-compat.sh.
 *
 * <pre>java -cp benchmarks.jar org.sentigrid.bench.CompatLoad PORT SENTENCES_FILE ENGINE THREADS WARMUP_S MEASURE_S</pre>
 */
public final class CompatLoad {
    private CompatLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> sentences = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(EngineMode.fromId(args[2]));
        List<String> expected = sentences.stream().map(s -> python(analyzer.score(s).compound())).toList();
        int threads = Integer.parseInt(args[3]);
        long warmupNanos = (long) (Double.parseDouble(args[4]) * 1e9);
        long measureNanos = (long) (Double.parseDouble(args[5]) * 1e9);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);

        AtomicLong answered = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * (sentences.size() / threads);
            Thread sender = new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i = (i + 1) % sentences.size()) {
                    String answer;
                    try {
                        answer = ask(address, sentences.get(i));
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        continue;
                    }
                    if (System.nanoTime() >= measureFrom && System.nanoTime() < end) {
                        answered.incrementAndGet();
                        if (!answer.equals(expected.get(i)) && wrong.incrementAndGet() <= 3) {
                            System.err.println("differs: " + sentences.get(i) + " -> " + answer + ", engine " + expected.get(i));
                        }
                    }
                }
            });
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double seconds = measureNanos / 1e9;
        System.out.printf(Locale.ENGLISH, "%d senders: %,d answers in %.1f s: %.0f sentences/s; %d differ from the engine, %d failed%n",
                threads, answered.get(), seconds, answered.get() / seconds, wrong.get(), failed.get());
    }

    private static String ask(InetSocketAddress address, String sentence) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address, 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(sentence.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** A compound score as Python's str() prints it: 0.6588, 0.0, -0.0, -0.5. */
    static String python(double compound) {
        if (compound == 0) {
            return 1 / compound < 0 ? "-0.0" : "0.0";
        }
        String plain = BigDecimal.valueOf(compound).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
