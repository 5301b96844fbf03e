package org.sentigrid.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.app.Main;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.grid.JvmOptions;
import org.sentigrid.testing.ChildJvm;

/** {@code sentigrid serve} as users run it: a real process, real local workers, real TCP on loopback. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@Tag("process")
class ServeEndToEndTest {
    private static final Pattern SERVING = Pattern.compile("sentigrid: serving on 127\\.0\\.0\\.1:(\\d+), protocol (\\w+)");

    @TempDir
    Path dir;

    private final List<Served> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        for (Served served : started) {
            served.process.descendants().forEach(ProcessHandle::destroyForcibly);
            served.process.destroyForcibly();
        }
    }

    @Test
    void servesCompatOnTheGridAndStopsOnSigtermLeavingNoWorker() throws Exception {
        int port = freePort();
        Served served = serve("--listen", "127.0.0.1:" + port, "--local-workers", "1");
        assertThat(served.port).isEqualTo(port);
        assertThat(served.protocol).isEqualTo("compat");
        String sentence = "The food was great, but the service was painfully slow :(";
        try (Client client = new Client(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(client.send(sentence).readAll())
                    .isEqualTo(ScoreText.python(SentimentAnalyzer.of(EngineMode.VADER).score(sentence).compound()));
        }
        try (Client client = new Client(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(client.send("The food was great!\n").readAll()).isEqualTo("0.6588");
        }
        List<ProcessHandle> workers = served.process.descendants().toList();
        assertThat(workers).as("the local worker").isNotEmpty();

        served.process.destroy();  // SIGTERM

        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).as("serve exits on SIGTERM").isTrue();
        for (ProcessHandle worker : workers) {
            assertThat(worker.onExit().completeOnTimeout(worker, 10, TimeUnit.SECONDS).get().isAlive())
                    .as("worker %d is gone", worker.pid()).isFalse();
        }
        String err = served.err();
        assertThat(err).as("exit %d", served.process.exitValue()).contains("sentigrid: stopped serving on 127.0.0.1:" + port)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void servesLinesInProcessOnAFreePortWithTheNltkEngine() throws Exception {
        Served served = serve("--listen", "127.0.0.1:0", "--protocol", "lines", "--in-process", "--engine", "nltk");
        assertThat(served.protocol).isEqualTo("lines");
        SentimentAnalyzer nltk = SentimentAnalyzer.of(EngineMode.NLTK);
        try (Client client = new Client(new InetSocketAddress(InetAddress.getLoopbackAddress(), served.port))) {
            client.send("No, I do not like it.\r\n\nGreat!!! \ud83d\ude00\n").halfClose();
            assertThat(client.readAll()).isEqualTo(ScoreText.line(nltk.score("No, I do not like it.")) + "\n"
                    + "0.000 0.000 0.000 0.0000\n" + ScoreText.line(nltk.score("Great!!! \ud83d\ude00")) + "\n");
        }
        served.process.destroy();
        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTakenPortIsOnePlainLineAndExitStatus1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SentigridProcess.Result result = SentigridProcess.run(dir, null,
                    "serve", "--listen", "127.0.0.1:" + taken.getLocalPort(), "--in-process").assertNoStackTrace();
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.errLines()).hasSize(1).first().asString()
                    .startsWith("sentigrid: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
                    .endsWith("choose another address or port with --listen ADDRESS:PORT");
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : List.of(
                new String[] {"serve", "--protocol", "http"},
                new String[] {"serve", "--listen", "127.0.0.1:99999"},
                new String[] {"serve", "--listen", "127.0.0.1:http"},
                new String[] {"serve", "--engine", "textblob"})) {
            SentigridProcess.Result result = SentigridProcess.run(dir, null, args).assertNoStackTrace();
            assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.errLines()).last().isEqualTo("Try 'sentigrid serve --help'.");
        }
    }

    @Test
    void helpDocumentsBothProtocolsTheErrorsAndTheLimits() {
        SentigridProcess.Result result = SentigridProcess.run(dir, null, "serve", "--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: sentigrid serve")
                .contains("--listen", "--protocol", "--engine", "--in-process", "--local-workers", "--grid-listen",
                        "--token", "--min-workers", "127.0.0.1:5000")
                .contains("Protocol compat", "300 ms", "half-closes", "0.6696, 0.0, -0.5423", "Protocol lines",
                        "0.000 0.000 0.000 0.0000", "error: the sentence is longer than 1 MiB",
                        "error: the request is not valid UTF-8", "error: busy", "512 connections", "32 from one address",
                        "64 MiB of requests held", "10 s for a whole request", "10 s for each write of answers",
                        "--max-connections", "--max-connections-per-address", "--max-buffered-mib");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(SentigridProcess.run(dir, null, "--help").out()).contains("serve");
    }

    @Test
    void limitsOutOfRangeAreUsageErrors() {
        for (String[] args : List.of(
                new String[] {"serve", "--max-connections", "0"},
                new String[] {"serve", "--max-connections", "8", "--max-connections-per-address", "9"},
                new String[] {"serve", "--max-buffered-mib", "7"})) {
            SentigridProcess.Result result = SentigridProcess.run(dir, null, args).assertNoStackTrace();
            assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.errLines()).first().asString().contains(args[args.length - 2]);
        }
    }

    /**
     * Issue 15's floods against a real serve process started as ./sentigrid starts it (its JVM options, default
     * settings), from many addresses at once so that every limit is reached: 1 MiB requests from four
     * addresses (together the whole 64 MiB the server holds), 300 slow dribblers, and (lines) clients that
     * send without end and never read. The process stays under 1 GiB, and answers exactly afterwards.
     */
    @Test
    void floodsFromManyAddressesKeepTheProcessUnderOneGibibyteWithDefaultSettings() throws Exception {
        for (String protocol : List.of("compat", "lines")) {
            Served served = serve(JvmOptions.of("cli"), "--listen", "127.0.0.1:0", "--protocol", protocol);
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), served.port);
            Attack attack = new Attack(address, Duration.ofSeconds(10));
            for (int from = 2; from <= 5; from++) {
                attack.flood(loopback(from), 24);
            }
            for (int from = 10; from < 20; from++) {
                attack.dribble(loopback(from), 30);
            }
            if (protocol.equals("lines")) {
                attack.pipeline(loopback(6), 16);
            }
            attack.await();
            long peakKib = peakResidentKib(served.process);
            assertThat(peakKib).as(protocol + ": peak resident KiB").isLessThan(1024 * 1024);
            assertThat(attack.busy()).as(protocol + ": floods answered busy").isPositive();
            String sentence = "The food was great!";
            try (Client client = new Client(address)) {
                String answer = protocol.equals("compat") ? client.send(sentence).readAll() : client.send(sentence + "\n").readLine();
                SentimentScores scores = SentimentAnalyzer.of(EngineMode.VADER).score(sentence);
                assertThat(answer).isEqualTo(protocol.equals("compat") ? ScoreText.python(scores.compound()) : ScoreText.line(scores));
            }
            served.process.destroy();
            assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    // --- helpers ---

    /** The process's peak resident memory (VmHWM), in KiB. */
    private static long peakResidentKib(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new AssertionError("no VmHWM for process " + process.pid());
    }

    private static InetAddress loopback(int last) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }

    /** Hostile clients on their own threads until a time; counts the busy answers they get. */
    private static final class Attack {
        private final InetSocketAddress server;
        private final long end;
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicLong busy = new AtomicLong();

        Attack(InetSocketAddress server, Duration time) {
            this.server = server;
            this.end = System.nanoTime() + time.toNanos();
        }

        /** {@code connections} clients from {@code from}, each sending 1 MiB requests one after another. */
        void flood(InetAddress from, int connections) {
            byte[] request = ("good ".repeat(1024 * 1024 / 5 - 1) + "\n").getBytes(StandardCharsets.UTF_8);
            repeat(connections, () -> {
                try (Client client = new Client(server, from)) {
                    if (client.send(request).halfClose().readAll().startsWith("error: busy")) {
                        busy.incrementAndGet();
                    }
                }
            });
        }

        /** {@code connections} clients from {@code from}, each sending a byte every 200 ms. */
        void dribble(InetAddress from, int connections) {
            repeat(connections, () -> {
                try (Client client = new Client(server, from)) {
                    while (System.nanoTime() < end) {
                        client.send(new byte[] {(byte) 0xC3});
                        Thread.sleep(200);
                    }
                }
            });
        }

        /** {@code connections} clients from {@code from}, sending lines without end and never reading. */
        void pipeline(InetAddress from, int connections) {
            byte[] lines = "The food was great!\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            repeat(connections, () -> {
                try (Client client = new Client(server, from)) {
                    while (System.nanoTime() < end) {
                        client.send(lines);
                    }
                }
            });
        }

        long busy() {
            return busy.get();
        }

        /** Waits for every client to stop (each stops at the end, or when its connection fails then). */
        void await() throws InterruptedException {
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }

        private void repeat(int connections, Step step) {
            for (int i = 0; i < connections; i++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            step.run();
                        } catch (IOException cutOff) {
                            // The server closed it (a deadline, a write timeout): open another.
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "attacker");
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }

        @FunctionalInterface
        private interface Step {
            void run() throws IOException, InterruptedException;
        }
    }

    /** Starts {@code sentigrid serve ARGS} and waits (bounded) for its "serving on" line. */
    private Served serve(String... args) throws Exception {
        return serve(List.of(), args);
    }

    /** The same, in a JVM with {@code jvmOptions}. */
    private Served serve(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = ChildJvm.command(jvmOptions, Main.class, "serve");
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "serve", ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        Served served = new Served(process, err);
        started.add(served);
        served.awaitServing(Duration.ofSeconds(90));
        return served;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** A running serve process; its standard error goes to a file (a pipe loses what comes as it exits). */
    private static final class Served {
        final Process process;
        final Path errFile;
        int port;
        String protocol;

        Served(Process process, Path errFile) {
            this.process = process;
            this.errFile = errFile;
        }

        void awaitServing(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = SERVING.matcher(err());
                if (matcher.find()) {
                    port = Integer.parseInt(matcher.group(1));
                    protocol = matcher.group(2);
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("serve exited with " + process.exitValue() + ": " + err());
                }
                Thread.sleep(50);
            }
            throw new AssertionError("serve did not start within " + timeout + ": " + err());
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }
}
