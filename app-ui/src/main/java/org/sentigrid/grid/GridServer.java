package org.sentigrid.grid;

import java.io.IOException;
import java.net.ServerSocket;
import java.rmi.NoSuchObjectException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.WireFilter;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.api.grid.auth.AdmissionGate;
import org.sentigrid.api.grid.auth.LoopbackClientSocketFactory;
import org.sentigrid.api.grid.auth.LoopbackServerSocketFactory;
import org.sentigrid.api.grid.tls.CertificateFingerprint;
import org.sentigrid.api.grid.tls.CipherWarmUp;
import org.sentigrid.api.grid.tls.JoinCode;
import org.sentigrid.api.grid.tls.TlsClientSocketFactory;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.grid.tls.TlsServerSocketFactory;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * The embedded coordinator: the queue of work ({@link Dispatcher}), this process's own scoring threads
 * ({@link #scoreHere}), and, unless made with {@link #unexported}, an in-process RMI registry and the
 * coordinator exported on the same single port, bound to one address, with the wire allow-list on every
 * call. Every connection must prove the join token before RMI reads anything ({@code auth.TokenProof});
 * beyond loopback it is TLS 1.3 with the coordinator's own key ({@link CoordinatorKeys}) first. Workers connect to
 * it and pull work; callers {@link #submit} texts or regions and get their results back.
 */
public final class GridServer implements AutoCloseable {
    /** A worker silent this long is lost and its batches run elsewhere (heartbeats come every second). */
    static final Duration SILENCE_LIMIT = Duration.ofSeconds(4);
    /** The most pieces of work a job keeps in flight: 64 regions of 1 MiB, or batches of at most 4 Mi chars. */
    public static final int MAX_PIECES_IN_FLIGHT = 64;

    private final GridSettings settings;
    private final int port;
    /** The registry and the exported coordinator; null for a grid nobody can join. */
    private final Registry registry;
    private final Coordinator coordinator;
    /** This process's scoring threads, while there are any. */
    private LocalThreads local;
    private final WorkerTable workers;
    private final Dispatcher dispatcher;
    private final ScheduledExecutorService monitor;
    /** The certificate workers pin; null on loopback, where there is no TLS. */
    private final CertificateFingerprint fingerprint;

    private GridServer(GridSettings settings, int port, Registry registry, Coordinator coordinator,
                       WorkerTable workers, Dispatcher dispatcher, ScheduledExecutorService monitor,
                       CertificateFingerprint fingerprint) {
        this.fingerprint = fingerprint;
        this.settings = settings;
        this.port = port;
        this.registry = registry;
        this.coordinator = coordinator;
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.monitor = monitor;
    }

    /**
     * Starts listening on the settings' port, or, when it is taken (say, by another Sentigrid), on any
     * free port: for a default port the user did not choose.
     */
    public static GridServer startOnAnyPortIfTaken(GridSettings settings, String version, GridEvents events) throws IOException {
        try {
            return start(settings, version, events);
        } catch (java.rmi.server.ExportException e) {
            if (!(e.getCause() instanceof java.net.BindException)) {
                throw e;
            }
            return start(new GridSettings(settings.listenAddress(), 0, settings.token()), version, events);
        }
    }

    /**
     * Starts listening. Must come before any other RMI use in this process: the address that stubs
     * carry ({@code java.rmi.server.hostname}) is read once.
     */
    public static GridServer start(GridSettings settings, String version, GridEvents events) throws IOException {
        WireFilter.installProcessWide();
        System.setProperty("java.rmi.server.hostname", settings.listenAddress().getHostAddress());
        int port = settings.port() == 0 ? freePort() : settings.port();
        RMIClientSocketFactory clients;
        RMIServerSocketFactory servers;
        CertificateFingerprint fingerprint = null;
        RefusalLog refusals = new RefusalLog(events, Clock.systemUTC());
        if (settings.listenAddress().isLoopbackAddress()) {
            clients = LoopbackClientSocketFactory.defaults();
            // Every local process comes from one address here: only the overall cap means anything.
            servers = new LoopbackServerSocketFactory(settings.listenAddress(), settings.token().key(),
                    new AdmissionGate(AdmissionGate.DEFAULT_OVERALL, AdmissionGate.DEFAULT_OVERALL), refusals::refused);
        } else {
            CipherWarmUp.inBackground();  // while workers are still on their way
            CoordinatorKeys keys = CoordinatorKeys.loadOrCreate(CoordinatorKeys.defaultDirectory());
            fingerprint = keys.fingerprint();
            clients = TlsClientSocketFactory.defaults();
            servers = new TlsServerSocketFactory(settings.listenAddress(), keys, settings.token().key(),
                    AdmissionGate.defaults(), refusals::refused);
        }
        WorkerTable workers = new WorkerTable(Clock.systemUTC());
        Dispatcher dispatcher = new Dispatcher();
        Coordinator coordinator = new Coordinator(version, Map.of(
                EngineMode.VADER, SentimentAnalyzer.of(EngineMode.VADER).fingerprint(),
                EngineMode.NLTK, SentimentAnalyzer.of(EngineMode.NLTK).fingerprint()), workers, dispatcher, events,
                !settings.listenAddress().isLoopbackAddress());
        Registry registry = LocateRegistry.createRegistry(port, clients, servers);
        try {
            CoordinatorService stub = (CoordinatorService) UnicastRemoteObject.exportObject(
                    coordinator, port, clients, servers, WireFilter.forExports());
            registry.rebind(CoordinatorService.BINDING, stub);
        } catch (RemoteException e) {
            UnicastRemoteObject.unexportObject(registry, true);
            throw e;
        }
        return new GridServer(settings, port, registry, coordinator, workers, dispatcher, watchLiveness(workers, dispatcher, events),
                fingerprint);
    }

    /**
     * A grid nobody can join: no port, no registry, only this process's threads ({@link #scoreHere}).
     * What {@code analyze} runs on when it neither listens on the LAN nor starts or awaits workers.
     */
    public static GridServer unexported(GridEvents events) {
        WorkerTable workers = new WorkerTable(Clock.systemUTC());
        Dispatcher dispatcher = new Dispatcher();
        return new GridServer(GridSettings.loopback(), 0, null, null, workers, dispatcher,
                watchLiveness(workers, dispatcher, events), null);
    }

    private static ScheduledExecutorService watchLiveness(WorkerTable workers, Dispatcher dispatcher, GridEvents events) {
        ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sentigrid-liveness");
            thread.setDaemon(true);
            return thread;
        });
        monitor.scheduleWithFixedDelay(() -> {
            for (String lost : workers.removeSilentSince(SILENCE_LIMIT)) {
                // Told first, so whoever hears of the lost worker hears before its batches run elsewhere.
                events.workerGone(lost, workers.nameOf(lost), "silent for " + SILENCE_LIMIT.toSeconds() + " s");
                dispatcher.workerLost(lost, "silent for " + SILENCE_LIMIT.toSeconds() + " s");
            }
            dispatcher.requeueOverdue(System.nanoTime());
        }, 250, 250, TimeUnit.MILLISECONDS);
        return monitor;
    }

    /**
     * Scores on {@code threads} threads of this process from now on, as one more worker of the grid
     * (named {@value LocalThreads#NAME}); 0 leaves scoring to the workers. Work the threads held when
     * their number changes runs again elsewhere.
     */
    public synchronized void scoreHere(int threads) {
        if (local != null) {
            local.close();
            local = null;
        }
        if (threads > 0) {
            local = LocalThreads.start(dispatcher, workers, threads, Announcer.machineName());
        }
    }

    /** Whether work goes out packed (compressed), as it does to workers beyond loopback. */
    public boolean packsWork() {
        return coordinator != null && coordinator.packsWork();
    }

    /** Whether workers of other processes can join: false for an {@link #unexported} grid. */
    public boolean listening() {
        return registry != null;
    }

    /**
     * Queues the work {@code work} builds with its batch id (a batch or a region); completes with its result
     * and the name of the worker that made it, or with {@link BatchFailedException}. Cancel through {@link
     * #cancel}, not through the returned future.
     */
    @SuppressWarnings("unchecked") // the work accepts only its own kind of result (Work.answeredBy)
    public <R extends WorkResult> CompletableFuture<Scored<R>> submit(LongFunction<? extends Work> work) {
        return dispatcher.submitAnswered(work)
                .thenApply(answer -> new Scored<>((R) answer.result(), workers.nameOf(answer.workerId())));
    }

    /** The result of a piece of work, and the name of the worker that made it. */
    public record Scored<R extends WorkResult>(R result, String worker) {
    }

    /**
     * Drops the worker at once: its batches run elsewhere, and it is refused if it tries to join again
     * under the same name from the same host while this coordinator runs.
     */
    public synchronized void disconnect(String workerId) {
        if (local != null && local.id().equals(workerId)) {
            scoreHere(0);
        } else if (coordinator != null) {
            coordinator.disconnect(workerId);
        }
    }

    /**
     * Units per batch so that one takes about a quarter of a second on a worker thread (the grid's
     * target is 0.1–0.5 s), from what came back so far. Pull scheduling gives faster workers more batches.
     */
    public int suggestedBatchUnits() {
        return dispatcher.suggestedBatchUnits(0.25, 2_000, 256, 50_000);
    }

    /**
     * How many pieces of work a job should keep queued or leased: {@code perThread} for each scoring
     * thread of the grid, at least {@code atLeast}, and never more than {@link #MAX_PIECES_IN_FLIGHT}
     * whatever thread counts workers declare (a piece is at most a 1 MiB region or a batch of about
     * half a second's scoring, so that caps the memory a job's pieces hold).
     */
    public int piecesInFlight(int perThread, int atLeast) {
        long threads = workers.snapshot().stream().mapToLong(WorkerInfo::threads).sum();
        return (int) Math.min(MAX_PIECES_IN_FLIGHT, Math.max(atLeast, perThread * threads));
    }

    /** Drops the job's unfinished batches at once; results that still arrive are ignored. */
    public void cancel(long jobId) {
        dispatcher.cancel(jobId);
    }

    /** Units scored per worker name since start, including workers that are gone; in order of first credit. */
    public Map<String, Long> unitsByWorker() {
        return workers.unitsByName();
    }

    public List<WorkerInfo> workers() {
        return workers.snapshot();
    }

    /** Waits until at least {@code count} workers have joined; false on timeout. */
    public boolean awaitWorkers(int count, Duration timeout) throws InterruptedException {
        return workers.awaitSize(count, timeout.toNanos());
    }

    public int port() {
        return port;
    }

    public GridSettings settings() {
        return settings;
    }

    /** HOST:PORT as a worker on another machine passes it to --join. */
    public String joinAddress() {
        String host = settings.listenAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The certificate fingerprint workers pin, when this coordinator speaks TLS (beyond loopback). */
    public Optional<CertificateFingerprint> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    /** The join code (address, token, fingerprint) when this coordinator speaks TLS, beyond loopback. */
    public Optional<JoinCode> joinCode() {
        return fingerprint().map(pin -> new JoinCode(joinAddress(), settings.token().reveal(), pin));
    }

    /** What to run on another machine to join (it holds the token: show it only to this machine's user). */
    public String joinCommand() {
        return joinCode().map(code -> "sentigrid worker --join-code " + code.text())
                .orElseGet(() -> "sentigrid worker --join " + joinAddress() + " --token " + settings.token().reveal());
    }

    /** The same for a machine with only the worker jar. */
    public String jarJoinCommand() {
        return joinCommand().replaceFirst("^sentigrid worker ", "java -jar sentigrid-worker.jar ");
    }

    /** The options a worker on this machine joins with (the token goes through its environment). */
    public List<String> workerJoinOptions() {
        return fingerprint().map(pin -> List.of("--join", joinAddress(), "--fingerprint", pin.text()))
                .orElseGet(() -> List.of("--join", joinAddress()));
    }

    @Override
    public void close() {
        monitor.shutdownNow();
        dispatcher.close("the grid stopped (it was closed, or moved to another address)");
        synchronized (this) {
            if (local != null) {
                local.close();
            }
        }
        if (registry != null) {
            unexport(coordinator);
            unexport(registry);
        }
    }

    private static void unexport(java.rmi.Remote object) {
        try {
            UnicastRemoteObject.unexportObject(object, true);
        } catch (NoSuchObjectException alreadyGone) {
            // Nothing to undo.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
