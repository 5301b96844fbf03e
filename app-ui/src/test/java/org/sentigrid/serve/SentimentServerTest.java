package org.sentigrid.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.SentimentAnalyzer;

/** The TCP front door over real loopback sockets, scoring in process. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SentimentServerTest {
    private static final SentimentAnalyzer VADER = SentimentAnalyzer.of(EngineMode.VADER);
    private static final int MIB = 1024 * 1024;

    private final ExecutorService scoring = Executors.newFixedThreadPool(2);
    private final ExecutorService clients = Executors.newCachedThreadPool();
    private final List<SentimentServer> servers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        servers.forEach(SentimentServer::close);
        clients.shutdownNow();
        scoring.shutdownNow();
        assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    // --- compat ---

    @Test
    void compatAnswersOneSentenceWithItsCompoundAsPythonPrintsItThenCloses() throws Exception {
        InetSocketAddress address = start(Protocol.COMPAT);
        // As the original Python clients do: send, then read until the server closes; no newline, no half-close.
        try (Client client = new Client(address)) {
            assertThat(client.send("The food was great!").readAll()).isEqualTo("0.6588").isEqualTo(python("The food was great!"));
        }
        try (Client client = new Client(address)) {
            assertThat(client.send("The table is made of wood.").readAll()).isEqualTo("0.0");
        }
        String negative = "The service was terrible and the staff were rude.";
        try (Client client = new Client(address)) {
            assertThat(client.send(negative).readAll()).isEqualTo(python(negative)).startsWith("-0.");
        }
    }

    @Test
    void compatReadsASentenceSentInPiecesWithPausesShorterThanTheSettleGapWhole() throws Exception {
        InetSocketAddress address = start(settings(Protocol.COMPAT).settleGap(Duration.ofMillis(400)).build());
        String sentence = "VADER is smart, handsome, and funny, but the service was not great at all!";
        try (Client client = new Client(address)) {
            for (String piece : List.of("VADER is smart, ", "handsome, and funny, ", "but the service ", "was not great at all!")) {
                client.send(piece);
                Thread.sleep(120);
            }
            assertThat(client.readAll()).isEqualTo(python(sentence));
        }
    }

    @Test
    void compatWaitsTheIdleGapForTheRestOfACharacterSplitBetweenTwoWrites() throws Exception {
        // The default settle gap (a few ms) would end the sentence at once, were its last character whole.
        InetSocketAddress address = start(settings(Protocol.COMPAT).idleGap(Duration.ofMillis(400)).build());
        byte[] heart = "I \u2764\ufe0f this \ud83d\ude00".getBytes(StandardCharsets.UTF_8);
        for (int cut : new int[] {3, heart.length - 1}) {  // inside the heart, inside the emoji
            try (Client client = new Client(address)) {
                client.send(Arrays.copyOfRange(heart, 0, cut));
                Thread.sleep(120);
                client.send(Arrays.copyOfRange(heart, cut, heart.length));
                assertThat(client.readAll()).as("cut at byte " + cut).isEqualTo(python("I \u2764\ufe0f this \ud83d\ude00"));
            }
        }
    }

    @Test
    void compatAnswersASentenceWithoutNewlineOrHalfCloseAsSoonAsItIsQuiet() throws Exception {
        // As the original server's clients do: send, then wait for the answer. With an idle gap longer
        // than the test's patience, only the settle gap after whole characters can end the sentence.
        InetSocketAddress address = start(settings(Protocol.COMPAT).idleGap(Duration.ofSeconds(30)).build());
        for (String sentence : List.of("The food was great!", "I \u2764\ufe0f this \ud83d\ude00")) {
            try (Client client = new Client(address)) {
                assertThat(client.send(sentence).readAll()).isEqualTo(python(sentence));
            }
        }
    }

    @Test
    void compatEndsTheSentenceAtAHalfCloseOrANewlineWithoutWaitingForTheIdleGap() throws Exception {
        // An idle gap far longer than the test's patience: only the half-close or the newline can end these.
        InetSocketAddress address = start(settings(Protocol.COMPAT).idleGap(Duration.ofSeconds(30))
                .settleGap(Duration.ofSeconds(30)).build());
        long started = System.nanoTime();
        try (Client client = new Client(address)) {
            client.send("The food ").send("was great!").halfClose();
            assertThat(client.readAll()).isEqualTo("0.6588");
        }
        try (Client client = new Client(address)) {
            assertThat(client.send("The food was great!\r\nignored after the newline").readAll()).isEqualTo("0.6588");
        }
        try (Client client = new Client(address)) {
            assertThat(client.send("\n").readAll()).isEqualTo("0.0");
        }
        try (Client client = new Client(address)) {
            assertThat(client.halfClose().readAll()).isEqualTo("0.0");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void compatRefusesAnOverLongSentenceWithAnErrorLine() throws Exception {
        // A megabyte may pause between TCP segments on a busy machine; this is about length, not pauses.
        InetSocketAddress address = start(settings(Protocol.COMPAT).settleGap(Duration.ofSeconds(5)).build());
        byte[] tooLong = "a".repeat(MIB + 1).getBytes(StandardCharsets.US_ASCII);
        try (Client client = new Client(address)) {
            assertThat(client.send(tooLong).readAll()).isEqualTo("error: the sentence is longer than 1 MiB\n");
        }
        // Also when the client sends far more before it reads: the server drains it and still answers.
        Future<String> more = clients.submit(() -> {
            try (Client client = new Client(address)) {
                return client.send("good ".repeat(MIB)).readAll();
            }
        });
        assertThat(more.get(30, TimeUnit.SECONDS)).isEqualTo("error: the sentence is longer than 1 MiB\n");
        // Exactly 1 MiB is allowed (a CR before the newline is not counted).
        String limit = "ok ".repeat(MIB / 3) + "x".repeat(MIB % 3);
        try (Client client = new Client(address)) {
            assertThat(client.send(limit + "\r\n").readAll()).isEqualTo(python(limit));
        }
    }

    @Test
    void compatAnswersInvalidUtf8WithAnErrorLine() throws Exception {
        InetSocketAddress address = start(Protocol.COMPAT);
        for (byte[] bad : List.of(
                new byte[] {'g', 'o', 'o', 'd', ' ', (byte) 0xC3, '('},          // a broken 2-byte sequence
                new byte[] {'g', 'o', 'o', 'd', ' ', (byte) 0xE9, ' ', 'x'},     // latin-1, not UTF-8
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},              // an encoded surrogate
                new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x82})) {              // cut short at the end
            try (Client client = new Client(address)) {
                assertThat(client.send(bad).halfClose().readAll()).isEqualTo("error: the request is not valid UTF-8\n");
            }
        }
    }

    @Test
    void compatServesManyClientsAtOnce() throws Exception {
        InetSocketAddress address = start(Protocol.COMPAT);
        List<String> sentences = new ArrayList<>();
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String sentence = (i % 2 == 0 ? "Great " : "Awful ") + "service number " + i + (i % 3 == 0 ? "!!!" : ".");
            sentences.add(sentence);
            answers.add(clients.submit(() -> {
                try (Client client = new Client(address)) {
                    return client.send(sentence).halfClose().readAll();
                }
            }));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(python(sentences.get(i)));
        }
    }

    @Test
    void compatSaysSoWhenNoSentenceArrivesInTime() throws Exception {
        InetSocketAddress address = start(settings(Protocol.COMPAT).requestTimeout(Duration.ofMillis(300)).build());
        try (Client client = new Client(address)) {
            assertThat(client.readAll()).isEqualTo("error: no sentence arrived within 300 ms; closing the connection\n");
        }
    }

    @Test
    void aScoringFailureOrTimeoutIsAnErrorLineNotAStackTrace() throws Exception {
        TextScorer failing = texts -> CompletableFuture.failedFuture(new IllegalStateException("every worker failed\non it"));
        InetSocketAddress address = start(settings(Protocol.COMPAT).build(), failing);
        try (Client client = new Client(address)) {
            assertThat(client.send("good\n").readAll()).isEqualTo("error: not scored: every worker failed on it\n");
        }
        TextScorer never = texts -> new CompletableFuture<>();
        InetSocketAddress lines = start(settings(Protocol.LINES).scoreTimeout(Duration.ofMillis(300)).build(), never);
        try (Client client = new Client(lines)) {
            client.send("good\nbad\n").halfClose();
            assertThat(client.readAll()).isEqualTo(
                    "error: not scored within 300 ms (is a worker connected?)\n".repeat(2));
        }
        TextScorer throwing = texts -> {
            throw new IllegalArgumentException("no");
        };
        InetSocketAddress thrown = start(settings(Protocol.LINES).build(), throwing);
        try (Client client = new Client(thrown)) {
            assertThat(client.send("good\n").halfClose().readAll()).isEqualTo("error: not scored: no\n");
        }
    }

    // --- lines ---

    @Test
    void linesAnswersAThousandPipelinedLinesInOrder() throws Exception {
        InetSocketAddress address = start(Protocol.LINES);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(switch (i % 5) {
                case 0 -> "The food was great! (" + i + ")";
                case 1 -> "";
                case 2 -> "Not good, not bad, just " + i + " :(";
                case 3 -> "I \u2764\ufe0f it \ud83d\ude00 #" + i;
                default -> "THE SERVICE WAS TERRIBLE!!! but the dessert was ok " + i;
            });
        }
        try (Client client = new Client(address)) {
            // Everything goes out before the first answer is read; CR LF and LF both end a line.
            Future<?> sending = clients.submit(() -> {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    all.append(lines.get(i)).append(i % 2 == 0 ? "\n" : "\r\n");
                }
                client.send(all.toString()).halfClose();
                return null;
            });
            List<String> answers = new ArrayList<>();
            for (String answer = client.readLine(); answer != null; answer = client.readLine()) {
                answers.add(answer);
            }
            sending.get(10, TimeUnit.SECONDS);
            assertThat(answers).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(answers.get(i)).as("line %d: %s", i + 1, lines.get(i)).isEqualTo(ScoreText.line(VADER.score(lines.get(i))));
            }
            assertThat(answers.get(1)).isEqualTo("0.000 0.000 0.000 0.0000");
        }
    }

    @Test
    void linesAnswersOneLineAtATimeOverOneConnection() throws Exception {
        InetSocketAddress address = start(Protocol.LINES);
        try (Client client = new Client(address)) {
            assertThat(client.send("The food was great!\n").readLine()).isEqualTo("0.000 0.406 0.594 0.6588");
            assertThat(client.send("\n").readLine()).isEqualTo("0.000 0.000 0.000 0.0000");
            // A last line without newline is answered when the client half-closes.
            assertThat(client.send("The food was great!").halfClose().readAll()).isEqualTo("0.000 0.406 0.594 0.6588\n");
        }
    }

    @Test
    void linesAnswersAnOverLongOrInvalidLineWithAnErrorLineAndGoesOn() throws Exception {
        InetSocketAddress address = start(Protocol.LINES);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write("good\n".getBytes(StandardCharsets.UTF_8));
        request.write("x".repeat(MIB + 5).getBytes(StandardCharsets.US_ASCII));
        request.write('\n');
        request.write(new byte[] {'b', 'a', 'd', ' ', (byte) 0xFF, '\n'});
        request.write("bad\n".getBytes(StandardCharsets.UTF_8));
        try (Client client = new Client(address)) {
            Future<?> sending = clients.submit(() -> client.send(request.toByteArray()).halfClose());
            assertThat(client.readAll()).isEqualTo(String.join("\n",
                    ScoreText.line(VADER.score("good")),
                    "error: the line is longer than 1 MiB",
                    "error: the request is not valid UTF-8",
                    ScoreText.line(VADER.score("bad")), ""));
            sending.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void linesServesManyClientsAtOnce() throws Exception {
        InetSocketAddress address = start(Protocol.LINES);
        List<Future<List<String>>> answers = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            answers.add(clients.submit(() -> {
                try (Client connection = new Client(address)) {
                    StringBuilder lines = new StringBuilder();
                    for (int i = 0; i < 100; i++) {
                        lines.append("client ").append(client).append(i % 2 == 0 ? " is happy " : " is sad ").append(i).append('\n');
                    }
                    return connection.send(lines.toString()).halfClose().readAll().lines().toList();
                }
            }));
        }
        for (int c = 0; c < answers.size(); c++) {
            List<String> got = answers.get(c).get(30, TimeUnit.SECONDS);
            assertThat(got).hasSize(100);
            for (int i = 0; i < 100; i++) {
                assertThat(got.get(i)).isEqualTo(ScoreText.line(VADER.score("client " + c + (i % 2 == 0 ? " is happy " : " is sad ") + i)));
            }
        }
    }

    @Test
    void connectionsOverTheCapWaitUntilOneEnds() throws Exception {
        InetSocketAddress address = start(settings(Protocol.LINES).maxConnections(1, 1).build());
        try (Client first = new Client(address); Client second = new Client(address)) {
            assertThat(first.send("good\n").readLine()).isEqualTo(ScoreText.line(VADER.score("good")));
            second.send("bad\n");
            assertThat(second.silentFor(500)).as("the second waits while the first is open").isTrue();
            first.close();
            assertThat(second.readLine()).isEqualTo(ScoreText.line(VADER.score("bad")));
        }
    }

    @Test
    void linesSaysSoWhenTheClientIsIdleTooLong() throws Exception {
        InetSocketAddress address = start(settings(Protocol.LINES).idleTimeout(Duration.ofMillis(300)).build());
        try (Client client = new Client(address)) {
            assertThat(client.send("good\n").readAll()).isEqualTo(ScoreText.line(VADER.score("good")) + "\n"
                    + "error: no line arrived within 300 ms; closing the connection\n");
        }
    }

    @Test
    void closeTellsOpenConnectionsAndEndsThemPromptly() throws Exception {
        SentimentServer server = SentimentServer.start(loopback(), settings(Protocol.LINES).build(), inProcess());
        servers.add(server);
        SentimentServer compat = SentimentServer.start(loopback(), settings(Protocol.COMPAT).build(), inProcess());
        servers.add(compat);
        try (Client lines = new Client(server.address()); Client waiting = new Client(compat.address())) {
            assertThat(lines.send("good\n").readLine()).isEqualTo(ScoreText.line(VADER.score("good")));
            Thread.sleep(100);  // let the compat connection be accepted
            long started = System.nanoTime();
            server.close();
            compat.close();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(lines.readAll()).isEqualTo("error: the server is shutting down\n");
            assertThat(waiting.readAll()).isEqualTo("error: the server is shutting down\n");
        }
        assertThat(server.awaitClosed(Duration.ofSeconds(1))).isTrue();
        try (Socket refused = new Socket()) {
            assertThatThrownBy(() -> refused.connect(server.address(), 2_000)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void closeTellsRequestsStillWaitingForScoresThatTheServerIsShuttingDown() throws Exception {
        TextScorer never = texts -> new CompletableFuture<>();
        SentimentServer compat = SentimentServer.start(loopback(), settings(Protocol.COMPAT).build(), never);
        SentimentServer lines = SentimentServer.start(loopback(), settings(Protocol.LINES).build(), never);
        servers.add(compat);
        servers.add(lines);
        try (Client compatClient = new Client(compat.address()); Client linesClient = new Client(lines.address())) {
            compatClient.send("good\n");
            linesClient.send("good\n");
            Thread.sleep(200);  // both are waiting for their scores
            long started = System.nanoTime();
            Future<?> closing = clients.submit(compat::close);
            lines.close();
            closing.get(10, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(compatClient.readAll()).isEqualTo("error: the server is shutting down\n");
            // The line's answer, and perhaps the closing line after it: both say why.
            assertThat(linesClient.readAll()).matches("(error: the server is shutting down\n){1,2}");
        }
    }

    // --- helpers ---

    private InetSocketAddress start(Protocol protocol) throws Exception {
        return start(ServerSettings.defaults(protocol));
    }

    private InetSocketAddress start(ServerSettings settings) throws Exception {
        return start(settings, inProcess());
    }

    private InetSocketAddress start(ServerSettings settings, TextScorer scorer) throws Exception {
        SentimentServer server = SentimentServer.start(loopback(), settings, scorer);
        servers.add(server);
        return server.address();
    }

    private TextScorer inProcess() {
        return TextScorer.inProcess(VADER, scoring);
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** What the original server sent: str(polarity_scores(sentence)['compound']). */
    private static String python(String sentence) {
        SentimentScores scores = VADER.score(sentence);
        return ScoreText.python(scores.compound());
    }

    static Settings settings(Protocol protocol) {
        return new Settings(ServerSettings.defaults(protocol));
    }

    /** ServerSettings with one thing changed at a time. */
    static final class Settings {
        private final ServerSettings d;
        private int maxConnections;
        private int maxConnectionsPerAddress;
        private Duration requestTimeout;
        private Duration idleTimeout;
        private Duration writeTimeout;
        private Duration idleGap;
        private Duration settleGap;
        private long maxBufferedBytes;
        private long maxBufferedBytesPerAddress;
        private Duration scoreTimeout;

        Settings(ServerSettings d) {
            this.d = d;
            maxConnections = d.maxConnections();
            maxConnectionsPerAddress = d.maxConnectionsPerAddress();
            requestTimeout = d.requestTimeout();
            idleTimeout = d.idleTimeout();
            writeTimeout = d.writeTimeout();
            idleGap = d.idleGap();
            settleGap = d.settleGap();
            maxBufferedBytes = d.maxBufferedBytes();
            maxBufferedBytesPerAddress = d.maxBufferedBytesPerAddress();
            scoreTimeout = d.scoreTimeout();
        }

        Settings idleGap(Duration value) {
            idleGap = value;
            return this;
        }

        Settings settleGap(Duration value) {
            settleGap = value;
            return this;
        }

        Settings requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        Settings idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        Settings writeTimeout(Duration value) {
            writeTimeout = value;
            return this;
        }

        Settings scoreTimeout(Duration value) {
            scoreTimeout = value;
            return this;
        }

        Settings maxConnections(int all, int perAddress) {
            maxConnections = all;
            maxConnectionsPerAddress = perAddress;
            return this;
        }

        Settings maxBuffered(long all, long perAddress) {
            maxBufferedBytes = all;
            maxBufferedBytesPerAddress = perAddress;
            return this;
        }

        ServerSettings build() {
            return new ServerSettings(d.protocol(), maxConnections, maxConnectionsPerAddress, requestTimeout, idleTimeout,
                    writeTimeout, idleGap, settleGap, d.maxRequestBytes(), maxBufferedBytes, maxBufferedBytesPerAddress,
                    scoreTimeout);
        }
    }
}
