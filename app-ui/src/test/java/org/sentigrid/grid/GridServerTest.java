package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidClassException;
import java.lang.reflect.Proxy;
import java.rmi.MarshalException;
import java.rmi.ServerException;
import java.net.InetAddress;
import java.rmi.UnmarshalException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.GridRefusal;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.auth.JoinSecret;
import org.sentigrid.api.grid.auth.LoopbackClientSocketFactory;
import org.sentigrid.api.grid.WireFilter;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.api.grid.WorkerCredentials;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * The coordinator over real RMI on loopback, driven by a worker written out in the test (the worker
 * process itself is tested in rmi-worker and end to end).
 */
class GridServerTest {
    private static final String VERSION = "test-version";
    private static final JoinToken TOKEN = JoinToken.random();
    private static final List<String> gone = new CopyOnWriteArrayList<>();
    private static final List<String> refused = new CopyOnWriteArrayList<>();
    private static GridServer server;
    private static CoordinatorService coordinator;

    @BeforeAll
    static void start() throws Exception {
        server = GridServer.start(new GridSettings(InetAddress.getLoopbackAddress(), 0, TOKEN), VERSION, new GridEvents() {
            @Override
            public void workerGone(String workerId, String name, String reason) {
                gone.add(workerId + " " + name + " " + reason);
            }

            @Override
            public void workerRefused(String who, String message) {
                refused.add(message);
            }
        });
        JoinSecret.install(new JoinSecret(TOKEN.key(), null));
        coordinator = (CoordinatorService) LocateRegistry.getRegistry("127.0.0.1", server.port(),
                LoopbackClientSocketFactory.defaults()).lookup(CoordinatorService.BINDING);
    }

    /** Queues texts as a batch of job {@code job}; completes with their scores. */
    private static CompletableFuture<BatchResult> submit(long job, JobSettings settings, List<String> texts) {
        return server.<BatchResult>submit(id -> Batch.of(job, id, settings, texts)).thenApply(GridServer.Scored::result);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWorkerScoresABatchAndItsResultIsAcceptedOnce() throws Exception {
        WorkerCredentials worker = join("steady");
        List<String> texts = List.of("I love it.", "I hate it.", "");
        CompletableFuture<BatchResult> result = submit(1, JobSettings.plain(EngineMode.VADER), texts);

        Batch batch = (Batch) coordinator.nextWork(worker, 1_000);
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.unit(1)).isEqualTo("I hate it.");
        BatchResult scored = score(batch);
        coordinator.complete(worker, scored);
        coordinator.complete(worker, scored);

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(scored);
        assertThat(server.workers()).filteredOn(w -> w.id().equals(worker.workerId()))
                .singleElement().satisfies(w -> assertThat(w.unitsDone()).isEqualTo(3));
        leave(worker);
    }

    @Test
    void aSilentWorkersBatchRunsElsewhereAndItsLateResultIsIgnored() throws Exception {
        WorkerCredentials frozen = join("frozen");
        CompletableFuture<BatchResult> result = submit(2, JobSettings.plain(EngineMode.NLTK), List.of("Great stuff!"));
        Batch batch = (Batch) coordinator.nextWork(frozen, 1_000);
        assertThat(batch).isNotNull();

        WorkerCredentials rescuer = join("rescuer");
        long started = System.nanoTime();
        Batch again = null;
        while (again == null && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10)) {
            again = (Batch) coordinator.nextWork(rescuer, 1_000);
        }
        assertThat(again).as("re-dispatched within 10 s").isEqualTo(batch);
        assertThat(gone).contains(frozen.workerId() + " frozen silent for " + GridServer.SILENCE_LIMIT.toSeconds() + " s");

        assertThatThrownBy(() -> coordinator.complete(frozen, score(batch)))
                .isInstanceOf(GridRefusal.class).satisfies(e -> assertThat(((GridRefusal) e).canRejoin()).isTrue());
        BatchResult fromRescuer = score(again);
        coordinator.complete(rescuer, fromRescuer);
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(fromRescuer);
        leave(rescuer);
    }

    @Test
    void aBatchThatFailsThreeTimesIsReportedWithItsReasons() throws Exception {
        WorkerCredentials worker = join("clumsy");
        CompletableFuture<BatchResult> result = submit(3, JobSettings.plain(EngineMode.VADER), List.of("x"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            Batch batch = (Batch) coordinator.nextWork(worker, 1_000);
            coordinator.fail(worker, batch.jobId(), batch.batchId(), "out of memory #" + attempt);
        }
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(BatchFailedException.class)
                .hasMessageContaining("failed on 3 attempts").hasMessageContaining("out of memory #3");
        leave(worker);
    }

    @Test
    void otherVersionsAndEnginesAreRefusedInPlainWords() {
        String vader = SentimentAnalyzer.of(EngineMode.VADER).fingerprint();
        String nltk = SentimentAnalyzer.of(EngineMode.NLTK).fingerprint();
        assertThatThrownBy(() -> coordinator.join(new JoinRequest("0.0.1", vader, nltk, "x", "h", 1)))
                .isInstanceOf(GridRefusal.class).hasMessageContaining("runs Sentigrid 0.0.1 but the coordinator runs " + VERSION);
        assertThatThrownBy(() -> coordinator.join(new JoinRequest(VERSION, "f".repeat(64), nltk, "x", "h", 1)))
                .isInstanceOf(GridRefusal.class).hasMessageContaining("engine or lexicons differ");
        assertThat(refused).anyMatch(m -> m.contains("engine or lexicons differ"));
        assertThatThrownBy(() -> coordinator.heartbeat(new WorkerCredentials("w999-never-joined")))
                .isInstanceOf(GridRefusal.class).hasMessageContaining("does not know worker w999-never-joined");
    }

    @Test
    void theAllowListRejectsAnUnlistedClassAndAnOversizedArrayAndTheCoordinatorStillServes() throws Throwable {
        WorkerCredentials worker = join("mallory");
        var handler = Proxy.getInvocationHandler(coordinator);
        var complete = CoordinatorService.class.getMethod("complete", WorkerCredentials.class, WorkResult.class);
        HashMap<String, String> map = new HashMap<>();
        map.put("not", "a batch");
        // The coordinator refuses to unmarshal the arguments; the caller hears so through a ServerException.
        assertThatThrownBy(() -> handler.invoke(coordinator, complete, new Object[] {worker, map}))
                .isInstanceOf(ServerException.class).cause().isInstanceOf(UnmarshalException.class)
                .cause().isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
        // An array past the limit is refused as soon as its length is read: the coordinator answers
        // REJECTED, or (when the caller is still sending the rest) drops the connection mid-send.
        assertThatThrownBy(() -> handler.invoke(coordinator, complete, new Object[] {worker, new double[5_000_000]}))
                .isInstanceOfAny(ServerException.class, MarshalException.class)
                .satisfies(e -> assertThat(e).hasStackTraceContaining(e instanceof ServerException ? "REJECTED" : "Broken pipe"));
        coordinator.heartbeat(worker);
        leave(worker);
    }

    @Test
    void aStringPastTheMessageBoundCutsTheCallAndTheCoordinatorStillServes() throws Throwable {
        WorkerCredentials worker = join("mallory-writes-long");
        var handler = Proxy.getInvocationHandler(coordinator);
        var fail = CoordinatorService.class.getMethod("fail", WorkerCredentials.class, long.class, long.class, String.class);
        // A reason is cut to 500 chars once read, so without the bound this call would succeed after the
        // coordinator had built the whole string; the filter never sees a string's length.
        String reason = "a".repeat(Math.toIntExact(WireFilter.MAX_MESSAGE_BYTES + 1024));
        assertThatThrownBy(() -> handler.invoke(coordinator, fail, new Object[] {worker, 1L, 1L, reason}))
                .isInstanceOfAny(MarshalException.class, UnmarshalException.class, ServerException.class);
        // Sending it took seconds, long enough for mallory to count as silent; an ordinary worker is served.
        WorkerCredentials ordinary = join("ordinary-after-mallory");
        coordinator.heartbeat(ordinary);
        leave(ordinary);
    }

    @Test
    void aPollThatOutlivesItsWorkerHandsTheBatchBack() throws Exception {
        WorkerCredentials leaving = join("leaving");
        var poll = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return (Batch) coordinator.nextWork(leaving, 2_000);
            } catch (Exception e) {
                return e;
            }
        });
        Thread.sleep(300);
        coordinator.leave(leaving);
        CompletableFuture<BatchResult> result = submit(11, JobSettings.plain(EngineMode.VADER), List.of("Fine."));
        assertThat(poll.get(5, TimeUnit.SECONDS)).isInstanceOfAny(GridRefusal.class, java.rmi.ServerException.class);

        WorkerCredentials next = join("next");
        Batch batch = (Batch) coordinator.nextWork(next, 1_000);
        assertThat(batch).as("the batch went back to the queue").isNotNull();
        coordinator.complete(next, score(batch));
        assertThat(result.get(5, TimeUnit.SECONDS).units()).isEqualTo(1);
        leave(next);
    }

    @Test
    void cancellingAJobDropsItsBatches() throws Exception {
        CompletableFuture<BatchResult> result = submit(9, JobSettings.plain(EngineMode.VADER), List.of("a", "b"));
        server.cancel(9);
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancellationException.class);
        WorkerCredentials worker = join("idle");
        assertThat(coordinator.nextWork(worker, 100)).isNull();
        leave(worker);
    }

    /**
     * Other users of this machine reach 127.0.0.1 too, and JDK registries take {@code unbind} and
     * {@code rebind} from local addresses: without the token's proof, a plain RMI client gets nothing.
     */
    @Test
    void aLocalProcessWithoutTheTokenCannotUnbindTheCoordinator() throws Exception {
        var plain = LocateRegistry.getRegistry("127.0.0.1", server.port());
        assertThatThrownBy(() -> plain.unbind(CoordinatorService.BINDING)).isInstanceOf(RemoteException.class);
        assertThatThrownBy(plain::list).isInstanceOf(RemoteException.class);
        assertThat(refused).anyMatch(m -> m.contains("did not start with a Sentigrid worker's greeting"));
        var proven = LocateRegistry.getRegistry("127.0.0.1", server.port(), LoopbackClientSocketFactory.defaults());
        assertThat(proven.lookup(CoordinatorService.BINDING)).as("still bound").isInstanceOf(CoordinatorService.class);
    }

    @Test
    void aWorkerThatClaimsAThousandThreadsDoesNotMakeJobsHoldMorePieces() throws Exception {
        WorkerCredentials greedy = join("greedy", 1024);
        assertThat(server.piecesInFlight(8, 16)).isEqualTo(GridServer.MAX_PIECES_IN_FLIGHT);
        leave(greedy);
    }

    @Test
    void aWorkersNameIsShownWithItsControlCharactersEscaped() throws Exception {
        WorkerCredentials odd = join("lab\u001b[2J", 1);
        assertThat(odd.workerId()).endsWith("lab\\u001b[2J");
        assertThat(server.workers()).anyMatch(w -> w.name().equals("lab\\u001b[2J"));
        leave(odd);
    }

    @Test
    void overLoopbackNoWorkGoesPackedHoweverSlowTheWorkersLink() throws Exception {
        assertThat(coordinator.linkTest()).hasSize(CoordinatorService.LINK_TEST_BYTES);
        var reply = coordinator.join(new JoinRequest(VERSION, SentimentAnalyzer.of(EngineMode.VADER).fingerprint(),
                SentimentAnalyzer.of(EngineMode.NLTK).fingerprint(), "slow-link", "localhost", 1).withLink(1_000_000));
        assertThat(server.workers()).filteredOn(w -> w.id().equals(reply.workerId())).singleElement().satisfies(w -> {
            assertThat(w.linkBytesPerSecond()).isEqualTo(1_000_000);
            assertThat(w.packedWork()).isFalse();
        });
        leave(new WorkerCredentials(reply.workerId()));
    }

    private static WorkerCredentials join(String name) throws Exception {
        return join(name, 1);
    }

    private static WorkerCredentials join(String name, int threads) throws Exception {
        var reply = coordinator.join(new JoinRequest(VERSION,
                SentimentAnalyzer.of(EngineMode.VADER).fingerprint(), SentimentAnalyzer.of(EngineMode.NLTK).fingerprint(),
                name, "localhost", threads));
        assertThat(server.awaitWorkers(1, Duration.ofSeconds(1))).isTrue();
        return new WorkerCredentials(reply.workerId());
    }

    private static void leave(WorkerCredentials worker) throws Exception {
        coordinator.leave(worker);
    }

    private static BatchResult score(Batch batch) {
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(batch.settings().mode());
        List<SentimentScores> scores = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            scores.add(analyzer.score(batch.unit(i)));
        }
        return BatchResult.of(batch.jobId(), batch.batchId(), scores);
    }
}
