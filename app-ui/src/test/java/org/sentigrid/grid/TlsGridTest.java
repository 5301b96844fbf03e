package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.tls.CertificateFingerprint;
import org.sentigrid.api.grid.tls.JoinCode;
import org.sentigrid.app.Main;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.testing.ChildJvm;
import org.sentigrid.worker.WorkerMain;

/**
 * A coordinator beyond loopback, as users run it: a real {@code analyze --listen} process on one of this
 * machine's non-loopback addresses (so it speaks TLS), and real worker processes. Callers that are not
 * the worker of the join code are refused with one plain line each, and the coordinator keeps serving;
 * then a worker with the join code scores the whole job, byte-identical to an in-process run.
 * Skipped where this machine has no non-loopback IPv4 address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Tag("process")
class TlsGridTest {
    private static final int LINES = 20_000;
    private static final String TOKEN = "tls-grid-test-token-0123456789ab";

    @TempDir
    static Path dir;
    private static String address;
    private static Process analyze;
    private static Path analyzeOut;
    private static Path analyzeErr;
    private static JoinCode code;
    private static String baseline;
    private static final List<Process> started = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void aCoordinatorListensBeyondLoopback() throws Exception {
        InetAddress lan = lanAddress();
        assumeTrue(lan != null, "TlsGridTest skipped: this machine has no non-loopback IPv4 address to listen on");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, lan)) {
            port = probe.getLocalPort();
        }
        address = lan.getHostAddress() + ":" + port;
        Path input = dir.resolve("reviews.txt");
        Files.writeString(input, Reviews.lines(LINES), StandardCharsets.UTF_8);

        Process inProcess = start("in-process", java(Main.class, "analyze", "--split", "lines",
                "--in-process", input.toString()));
        assertThat(inProcess.waitFor(60, TimeUnit.SECONDS)).isTrue();
        baseline = Files.readString(dir.resolve("in-process.out"), StandardCharsets.UTF_8);
        assertThat(baseline.lines().count()).isEqualTo(LINES + 1);

        analyze = start("analyze", java(Main.class, "analyze", "--split", "lines", "--listen", address,
                "--token", TOKEN, "--threads", "0", "--local-workers", "0", "--min-workers", "1", input.toString()));
        analyzeOut = dir.resolve("analyze.out");
        analyzeErr = dir.resolve("analyze.err");
        String said = awaitErr(analyze, analyzeErr, "--join-code sg1:");
        Matcher printed = Pattern.compile("listening on " + Pattern.quote(address) + " for workers on the LAN; on another"
                + " machine run: sentigrid worker --join-code (sg1:[A-Za-z0-9_-]+) \\(with only the worker jar: java"
                + " -jar sentigrid-worker.jar --join-code \\1\\)").matcher(said);
        assertThat(printed.find()).as("the join command printed: " + said).isTrue();
        code = JoinCode.parse(printed.group(1));
    }

    @AfterAll
    static void killEverything() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void theJoinCodeCarriesTheAddressTokenAndTheKeyMadeInTheConfigurationDirectory() throws Exception {
        assertThat(code.address()).isEqualTo(address);
        assertThat(code.token()).isEqualTo(TOKEN);
        // The key the coordinator made on first use is read back from its directory: the same certificate.
        assertThat(CoordinatorKeys.loadOrCreate(dir.resolve("config")).fingerprint()).isEqualTo(code.fingerprint());
    }

    @Test
    @Order(2)
    void aWorkerWithAnotherFingerprintIsRefused() throws Exception {
        CertificateFingerprint other = CoordinatorKeys.loadOrCreate(dir.resolve("other-key")).fingerprint();
        Worker worker = worker("wrong-fingerprint", "--join", address, "--token", TOKEN, "--fingerprint", other.text());
        assertThat(worker.status()).isEqualTo(ExitStatus.REFUSED);
        assertThat(worker.lastLine()).isEqualTo("sentigrid worker: the coordinator at " + address
                + " presented certificate " + code.fingerprint() + ", not the " + other + " in the join code;"
                + " check that the join code is this coordinator's, copied whole");
    }

    @Test
    @Order(3)
    void aWorkerWithAWrongTokenIsRefused() throws Exception {
        String wrong = new JoinCode(address, "not-the-token-0123456789", code.fingerprint()).text();
        Worker worker = worker("wrong-token", "--join-code", wrong);
        assertThat(worker.status()).isEqualTo(ExitStatus.REFUSED);
        assertThat(worker.lastLine()).isEqualTo("sentigrid worker: the coordinator at " + address
                + " did not prove that it knows this join token: the token is wrong (copy it again from the join command"
                + " the coordinator printed), or that machine is not the coordinator");
        awaitErr(analyze, analyzeErr, "the worker did not prove the join token");
    }

    @Test
    @Order(4)
    void aWorkerWithoutAFingerprintDoesNotTalkPlainTextBeyondLoopback() throws Exception {
        Worker worker = worker("plaintext", "--join", address, "--token", TOKEN);
        assertThat(worker.status()).isEqualTo(2);
        assertThat(worker.lastLine()).isEqualTo("sentigrid worker: joining " + address + " needs the coordinator's"
                + " certificate fingerprint (--fingerprint, or the whole --join-code it printed): without it, this worker"
                + " would talk in plain text to whoever answers at that address (see --help)");
    }

    @Test
    @Order(5)
    void aPlaintextRmiClientGetsNothing() {
        String[] hostPort = address.split(":");
        assertThatThrownBy(() -> LocateRegistry.getRegistry(hostPort[0], Integer.parseInt(hostPort[1]))
                .lookup(CoordinatorService.BINDING))
                .isInstanceOf(RemoteException.class);
    }

    @Test
    @Order(7)
    void aSerializedObjectInPlaceOfTheTokenIsRefusedUndeserialized() throws Exception {
        Path tripped = dir.resolve("tripped");
        String[] hostPort = address.split(":");
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, new TrustManager[] {new TrustingAnything()}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(hostPort[0],
                Integer.parseInt(hostPort[1]))) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            int answer;
            try {
                ObjectOutputStream out = new ObjectOutputStream(socket.getOutputStream());
                out.writeObject(new Tripwire(tripped.toString()));
                out.flush();
                answer = socket.getInputStream().read();
            } catch (SocketException closedMidWrite) {
                // The coordinator may close as soon as the first bytes are not a worker's greeting, before the
                // object is all written ("Broken pipe"). The log line and the tripwire tell.
                answer = -1;
            }
            assertThat(answer).as("the coordinator closes without a word").isEqualTo(-1);
        }
        awaitErr(analyze, analyzeErr, "the connection did not start with a Sentigrid worker's greeting");
        assertThat(tripped).doesNotExist();
    }

    @Test
    @Order(6)
    void aWorkerWithAJoinCodeRefusesACoordinatorWithoutTls() throws Exception {
        try (GridServer plain = GridServer.start(new GridSettings(InetAddress.getLoopbackAddress(), 0,
                JoinToken.of(TOKEN)), "any", GridEvents.NONE)) {
            String where = "127.0.0.1:" + plain.port();
            Worker worker = worker("no-tls", "--join-code", new JoinCode(where, TOKEN, code.fingerprint()).text());
            assertThat(worker.status()).isEqualTo(ExitStatus.REFUSED);
            assertThat(worker.lastLine()).isEqualTo("sentigrid worker: the coordinator at " + where + " does not speak"
                    + " TLS; it may be an older Sentigrid or listen on loopback only: join with the command it printed");
        }
    }

    /**
     * The attack of a machine that announces the coordinator's name with its own certificate: the worker
     * pins the impostor's certificate (as it would from an announcement) and the impostor relays everything
     * to the real coordinator. The worker refuses the relayed proof, which is bound to the real certificate,
     * and the impostor never sees the token nor anything derived from it: only the greeting and a nonce.
     */
    @Test
    @Order(8)
    void aRelayWithItsOwnCertificateLearnsNothingAndIsNotJoined() throws Exception {
        CoordinatorKeys impostorKeys = CoordinatorKeys.loadOrCreate(dir.resolve("impostor-key"));
        String[] real = address.split(":");
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        try (ServerSocket impostor = new ServerSocket(0, 5, InetAddress.getByName(real[0]))) {
            Thread relay = new Thread(() -> relay(impostor, impostorKeys, real, heard), "impostor");
            relay.setDaemon(true);
            relay.start();
            String at = real[0] + ":" + impostor.getLocalPort();
            Worker worker = worker("relayed", "--join", at, "--token", TOKEN, "--fingerprint",
                    impostorKeys.fingerprint().text());
            assertThat(worker.status()).isEqualTo(ExitStatus.REFUSED);
            assertThat(worker.lastLine()).isEqualTo("sentigrid worker: the coordinator at " + at + " did not prove that"
                    + " it knows this join token: the token is wrong (copy it again from the join command the coordinator"
                    + " printed), or that machine is not the coordinator");
            relay.join(10_000);
        }
        byte[] bytes;
        synchronized (heard) {
            bytes = heard.toByteArray();
        }
        assertThat(bytes).as("the greeting and a nonce, nothing more").hasSize(4 + 32);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
    }

    /** The impostor: TLS with its own key towards the worker, TLS trusting anything towards the coordinator. */
    private static void relay(ServerSocket impostor, CoordinatorKeys keys, String[] real, ByteArrayOutputStream heard) {
        try (Socket accepted = impostor.accept();
             SSLSocket fromWorker = (SSLSocket) keys.context().getSocketFactory().createSocket(accepted, null, true)) {
            fromWorker.setUseClientMode(false);
            fromWorker.startHandshake();
            SSLContext trusting = SSLContext.getInstance("TLSv1.3");
            trusting.init(null, new TrustManager[] {new TrustingAnything()}, null);
            try (SSLSocket toCoordinator = (SSLSocket) trusting.getSocketFactory().createSocket(real[0],
                    Integer.parseInt(real[1]))) {
                toCoordinator.startHandshake();
                Thread back = new Thread(() -> copy(toCoordinator, fromWorker, null));
                back.setDaemon(true);
                back.start();
                copy(fromWorker, toCoordinator, heard);
            }
        } catch (Exception e) {
            // The worker or the coordinator hung up: the attack is over.
        }
    }

    private static void copy(Socket from, Socket to, ByteArrayOutputStream record) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = from.getInputStream().read(buffer); n >= 0; n = from.getInputStream().read(buffer)) {
                if (record != null) {
                    synchronized (record) {
                        record.write(buffer, 0, n);
                    }
                }
                to.getOutputStream().write(buffer, 0, n);
                to.getOutputStream().flush();
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Test
    @Order(9)
    void aWorkerWithTheJoinCodeScoresTheJobOverTlsWithExactOutput() throws Exception {
        Process worker = start("good-worker", java(WorkerMain.class, "--join-code", code.text(),
                "--name", "remote", "--threads", "2"));
        assertThat(analyze.waitFor(90, TimeUnit.SECONDS)).as("analyze finished").isTrue();
        String err = Files.readString(analyzeErr, StandardCharsets.UTF_8);
        assertThat(analyze.exitValue()).as(err).isZero();
        assertThat(Files.readString(analyzeOut, StandardCharsets.UTF_8)).isEqualTo(baseline);
        assertThat(err).contains("worker remote joined from").contains("by worker: remote 20,000.")
                .doesNotContain("Exception");
        // The worker timed its link as it joined; its work goes packed exactly when that is too slow for two threads.
        Matcher joined = Pattern.compile("worker remote joined from .* \\(2 threads; link ([\\d.]+) ([MG])bit/s(, packed)?\\)")
                .matcher(err);
        assertThat(joined.find()).as(err).isTrue();
        long mbit = Math.round(Double.parseDouble(joined.group(1)) * (joined.group(2).equals("G") ? 1000 : 1));
        long threshold = 2 * JoinRequest.UNPACKED_BYTES_A_THREAD * 8 / 1_000_000;
        if (Math.abs(mbit - threshold) > 50) {  // as printed, the rate is rounded: to 100 Mbit/s beyond 1 Gbit/s
            assertThat(joined.group(3) != null).as("packed at " + mbit + " Mbit/s").isEqualTo(mbit < threshold);
        }
        worker.destroy();
        assertThat(worker.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    // --- helpers ---

    private record Worker(int status, String err) {
        String lastLine() {
            List<String> lines = err.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static Worker worker(String name, String... args) throws Exception {
        Process process = start(name, java(WorkerMain.class, args));
        assertThat(process.waitFor(40, TimeUnit.SECONDS)).as(name + " exited").isTrue();
        return new Worker(process.exitValue(), Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    private static Process start(String name, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        started.add(process);
        return process;
    }

    private static List<String> java(Class<?> main, String... args) {
        return ChildJvm.command(List.of("-D" + CoordinatorKeys.DIRECTORY_PROPERTY + "=" + dir.resolve("config")), main, args);
    }

    private static String awaitErr(Process process, Path err, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            String said = Files.readString(err, StandardCharsets.UTF_8);
            if (said.contains(text)) {
                return said;
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' from the coordinator; it said:\n" + said);
            }
            Thread.sleep(20);
        }
    }

    private static InetAddress lanAddress() throws IOException {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!face.isUp() || face.isLoopback()) {
                continue;
            }
            for (InetAddress candidate : Collections.list(face.getInetAddresses())) {
                if (candidate instanceof Inet4Address && !candidate.isLoopbackAddress() && !candidate.isLinkLocalAddress()) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** For the hostile client only: it does not care whom it talks to. */
    private static final class TrustingAnything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Leaves a file behind if anyone ever deserializes it. */
    static final class Tripwire implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String path;

        Tripwire(String path) {
            this.path = path;
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            Files.writeString(Path.of(path), "deserialized");
        }
    }
}
