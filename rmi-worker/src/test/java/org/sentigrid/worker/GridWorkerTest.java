package org.sentigrid.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.engine.SentimentAnalyzer;

/** The worker in this JVM (no process around it), for what a child process cannot show reliably. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GridWorkerTest {
    private final ExecutorService runner = Executors.newCachedThreadPool(new WorkerThreads("test-runner"));
    private final List<FakeCoordinator> coordinators = new ArrayList<>();
    private final List<GridWorker> workers = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void stubsCarryLoopbackAndThisProcessKnowsTheToken() {
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
        FakeCoordinator.installSecret();
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        workers.forEach(GridWorker::shutdown);
        runner.shutdownNow();
        runner.awaitTermination(10, TimeUnit.SECONDS);
        coordinators.forEach(FakeCoordinator::stop);
    }

    @Test
    void aStopHandsBackWhatIsStillBeingScoredAfterTheGraceThenLeaves() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = start(new FakeCoordinator("a", 1_000), port, port);
        List<String> units = IntStream.range(0, 200_000).mapToObj(i -> "Not bad at all, but NOT great :(").toList();
        coordinator.queue.add(Batch.of(9, 1, JobSettings.plain(EngineMode.VADER), units));
        GridWorker worker = worker(port, 50);
        Future<Integer> status = runner.submit(worker::run);
        waitUntil(() -> worker.inFlightCount() == 1, "the batch in the worker");

        worker.shutdown();

        assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(coordinator.failed).containsOnlyKeys("9/1").containsEntry("9/1", "worker stopping");
        assertThat(coordinator.completed).isEmpty();
        assertThat(coordinator.left).containsExactly("a-worker-1");
        assertThat(err()).contains("sentigrid worker: stopping: finishing 1 batch\n")
                .endsWith("sentigrid worker: left the coordinator at 127.0.0.1:" + port
                        + " (handed back 1 unfinished batch)\n");
    }

    /**
     * RMI opens a connection for each call made while the others are busy. A worker's two pulling loops and
     * its heartbeat can all be calling at once, so it opens their connections before it joins: opened during
     * a job, over TLS, each cost both ends a handshake in code the JIT had not compiled yet.
     */
    @Test
    void theConnectionsItsCallsCanNeedAtOnceAreOpenWhenItJoins() throws Exception {
        assumeTrue(FakeCoordinator.establishedTo(1) >= 0, "no /proc/net/tcp here to count connections with");
        int port = freePort();
        // Connections set up in 300 ms, as over a network: calls made at once cannot share one.
        FakeCoordinator coordinator = start(new FakeCoordinator("a", 1_000).withSlowConnections(300), port, port);

        runner.submit(worker(port, 50)::run);
        waitUntil(() -> !coordinator.connectionsAtJoin.isEmpty(), "join");

        assertThat(coordinator.connectionsAtJoin.get(0)).as("connections open at the join (2 loops and the heartbeat)")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCoordinatorWhoseStubNamesAnUnreachableAddressIsReportedAsSuch() throws Exception {
        int registryPort = freePort();
        int objectPort = freePort();
        FakeCoordinator coordinator = start(new FakeCoordinator("a", 1_000), registryPort, objectPort);
        assertThat(GridWorker.endpointOf(coordinator.stub)).isEqualTo("127.0.0.1:" + objectPort);
        coordinator.stopAllButTheRegistry();

        assertThat(runner.submit(worker(registryPort, 50)::run).get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(err()).isEqualTo("sentigrid worker: the coordinator at 127.0.0.1:" + registryPort
                + " answered, but gave 127.0.0.1:" + objectPort + " as its own address, which cannot be reached"
                + " from here (connection refused); start Sentigrid with --listen set to an address this machine"
                + " can reach\n");
    }

    private FakeCoordinator start(FakeCoordinator coordinator, int registryPort, int port) throws Exception {
        coordinators.add(coordinator);
        return coordinator.start(registryPort, port);
    }

    private GridWorker worker(int port, long graceMillis) {
        WorkerSettings settings = new WorkerSettings(new JoinAddress("127.0.0.1", port), FakeCoordinator.TOKEN, 1,
                "in-process", "localhost", false, 600_000);
        JoinRequest request = new JoinRequest(SentigridVersion.current(),
                SentimentAnalyzer.of(EngineMode.VADER).fingerprint(),
                SentimentAnalyzer.of(EngineMode.NLTK).fingerprint(), "in-process", "localhost", 1);
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        GridWorker worker = new GridWorker(settings, request, new WorkerLog(stream, "in-process"),
                InputStream.nullInputStream(), graceMillis);
        workers.add(worker);
        return worker;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("no " + what + " within 15 s; the worker said:\n" + err());
            }
            Thread.sleep(5);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
