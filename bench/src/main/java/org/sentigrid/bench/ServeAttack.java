package org.sentigrid.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * Issue 15's attacks on {@code sentigrid serve}, each from its own loopback address; or the ordinary client
 * from 127.0.0.1, which asks one sentence every 100 ms and times its answers. The two run as two processes,
 * so that the attackers' threads and garbage do not slow the ordinary client's own JVM (an attacker would be
 * on another machine). For bench/serve-attack.sh.
 *
 * <ul>
 * <li>{@code dribble}: 300 connections from 127.0.0.2, each sending one byte every 200 ms (0xC3, the start
 *     of a character, so that a compat sentence never ends by itself); one cut off is opened again.
 * <li>{@code flood}: 32 connections from 127.0.0.3, each sending 1 MiB requests one after another.
 * <li>{@code pipeline} (lines only): 8 connections from 127.0.0.4 sending lines without end and never reading.
 * <li>{@code all}: the three at once.
 * </ul>
 *
 * <pre>java -cp benchmarks.jar org.sentigrid.bench.ServeAttack PORT compat|lines ATTACK SECONDS   (the attackers)
 * java -cp benchmarks.jar org.sentigrid.bench.ServeAttack PORT compat|lines ordinary SECONDS  (the ordinary client)</pre>
 *
 * Each prints one line: the ordinary client's answers (exact or not), failures, and its times (median, 99th
 * percentile, slowest); or what the attackers got.
 */
public final class ServeAttack {
    private static final String SENTENCE = "The food was great, but the service was painfully slow :(";
    private static final SentimentScores SCORES = SentimentAnalyzer.of(EngineMode.VADER).score(SENTENCE);
    /** The answers as serve writes them (ServeEndToEndTest checks serve against the engine this way). */
    private static final String COMPAT_ANSWER = CompatLoad.python(SCORES.compound());
    private static final String LINES_ANSWER = fixed(SCORES.neg(), 3) + " " + fixed(SCORES.neu(), 3) + " "
            + fixed(SCORES.pos(), 3) + " " + fixed(SCORES.compound(), 4);
    private static final int ANSWER_TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress server;
    private final boolean compat;
    private final long end;
    private final AtomicLong attackAnswers = new AtomicLong();
    private final AtomicLong attackErrors = new AtomicLong();
    private final AtomicLong attackBusy = new AtomicLong();
    private final AtomicLong attackCut = new AtomicLong();

    private ServeAttack(InetSocketAddress server, boolean compat, long end) {
        this.server = server;
        this.compat = compat;
        this.end = end;
    }

    public static void main(String[] args) throws Exception {
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        boolean compat = args[1].equals("compat");
        String attack = args[2];
        long end = System.nanoTime() + (long) (Double.parseDouble(args[3]) * 1e9);
        ServeAttack run = new ServeAttack(server, compat, end);
        if (attack.equals("ordinary")) {
            run.ordinary();
            return;
        }
        if (attack.equals("dribble") || attack.equals("all")) {
            run.daemon(run::dribble);
        }
        if (attack.equals("flood") || attack.equals("all")) {
            for (int i = 0; i < 32; i++) {
                run.daemon(run::flood);
            }
        }
        if (!compat && (attack.equals("pipeline") || attack.equals("all"))) {
            for (int i = 0; i < 8; i++) {
                run.daemon(run::pipeline);
            }
        }
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        System.out.printf(Locale.ENGLISH, "attackers got %d scores, %d busy, %d other errors, %d cut off%n",
                run.attackAnswers.get(), run.attackBusy.get(), run.attackErrors.get(), run.attackCut.get());
    }

    /** One request every 100 ms from 127.0.0.1 until the end; prints the summary line. */
    private void ordinary() throws InterruptedException {
        List<Long> millis = new ArrayList<>();
        int wrong = 0;
        int failed = 0;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            try {
                String answer = compat ? askCompat() : askLine();
                if (!answer.equals(compat ? COMPAT_ANSWER : LINES_ANSWER) && wrong++ < 3) {
                    System.err.println("ordinary client got: " + answer.strip());
                }
            } catch (IOException e) {
                if (failed++ < 3) {
                    System.err.println("ordinary client failed: " + e);
                }
            }
            millis.add((System.nanoTime() - started) / 1_000_000);
            Thread.sleep(100);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ENGLISH, "ordinary client %d requests, %d wrong, %d failed; median %d ms, p99 %d ms, "
                        + "slowest %d ms%n", millis.size(), wrong, failed, at(millis, 0.5), at(millis, 0.99),
                millis.get(millis.size() - 1));
    }

    private String askCompat() throws IOException {
        try (Socket socket = connect(InetAddress.getLoopbackAddress())) {
            socket.getOutputStream().write(SENTENCE.getBytes(StandardCharsets.UTF_8));
            return readAll(socket.getInputStream());
        }
    }

    private String askLine() throws IOException {
        try (Socket socket = connect(InetAddress.getLoopbackAddress())) {
            socket.getOutputStream().write((SENTENCE + "\n").getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return readAll(socket.getInputStream()).strip();
        }
    }

    /** 300 connections, a byte each every 200 ms; one that is closed is opened again. */
    private void dribble() {
        InetAddress from = loopback(2);
        Socket[] sockets = new Socket[300];
        while (System.nanoTime() < end) {
            for (int i = 0; i < sockets.length; i++) {
                try {
                    if (sockets[i] == null) {
                        sockets[i] = connect(from);
                    }
                    InputStream in = sockets[i].getInputStream();
                    if (in.available() > 0) {
                        count(new String(in.readNBytes(in.available()), StandardCharsets.UTF_8));
                        closeQuietly(sockets[i]);
                        sockets[i] = null;
                        continue;
                    }
                    sockets[i].getOutputStream().write(0xC3);
                } catch (IOException e) {
                    attackCut.incrementAndGet();
                    closeQuietly(sockets[i]);
                    sockets[i] = null;
                }
            }
            pause(200);
        }
    }

    /** 1 MiB requests, one after another (compat: a sentence a connection; lines: a line a request). */
    private void flood() {
        byte[] request = ("good ".repeat(1024 * 1024 / 5 - 1) + "\n").getBytes(StandardCharsets.UTF_8);
        while (System.nanoTime() < end) {
            try (Socket socket = connect(loopback(3))) {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
                count(readAll(socket.getInputStream()));
            } catch (IOException e) {
                attackCut.incrementAndGet();
            }
        }
    }

    /** Lines without end, never reading an answer. */
    private void pipeline() {
        byte[] lines = (SENTENCE + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8);
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket()) {
                socket.setReceiveBufferSize(4096);
                socket.bind(new InetSocketAddress(loopback(4), 0));
                socket.connect(server, ANSWER_TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                while (System.nanoTime() < end) {
                    out.write(lines);
                }
            } catch (IOException e) {
                attackCut.incrementAndGet();
            }
        }
    }

    private void count(String answer) {
        if (answer.startsWith("error: busy")) {
            attackBusy.incrementAndGet();
        } else if (answer.startsWith("error:")) {
            attackErrors.incrementAndGet();
        } else {
            attackAnswers.incrementAndGet();
        }
    }

    private static String fixed(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    private Socket connect(InetAddress from) throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(server, ANSWER_TIMEOUT_MILLIS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void daemon(Runnable attack) {
        Thread thread = new Thread(attack, "attacker");
        thread.setDaemon(true);
        thread.start();
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // Closed either way.
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
