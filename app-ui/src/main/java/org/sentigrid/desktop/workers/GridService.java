package org.sentigrid.desktop.workers;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.sentigrid.analysis.GridPieceScorer;
import org.sentigrid.analysis.PieceScorer;
import org.sentigrid.analysis.PieceScorers;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.grid.GridEvents;
import org.sentigrid.grid.Announcer;
import org.sentigrid.grid.GridServer;
import org.sentigrid.grid.GridSettings;
import org.sentigrid.grid.JoinToken;
import org.sentigrid.grid.LocalWorkers;
import org.sentigrid.grid.WorkerInfo;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.worker.SentigridVersion;

/**
 * The app's embedded grid: the coordinator, listening on loopback unless the user opens it to the LAN,
 * and the local worker processes. Methods block (starting processes, binding ports): call them from the
 * background executor, never the FX thread.
 */
public final class GridService implements PieceScorers, AutoCloseable {
    private final JoinToken token = JoinToken.random();
    private final Consumer<String> notices;
    /** Ids of workers the user stopped or disconnected, until the grid has let them go. */
    private final Set<String> stoppedByUser = ConcurrentHashMap.newKeySet();
    private volatile GridServer server;
    /** Announces the coordinator on the LAN while the user wants it; null otherwise (and on loopback). */
    private Announcer announcer;
    private LocalWorkers local;  // guarded by this

    private GridService(Consumer<String> notices) {
        this.notices = notices;
    }

    /**
     * Starts the coordinator on loopback and {@code localWorkers} worker processes, which join in the
     * background. {@code notices} hears, in plain words, of workers that leave or are refused.
     */
    public static GridService start(int localWorkers, Consumer<String> notices) throws IOException {
        GridService service = new GridService(notices);
        service.listen(InetAddress.getLoopbackAddress(), localWorkers);
        return service;
    }

    /**
     * Listens on another address (loopback, or a LAN address the user chose): the coordinator and the
     * local workers start again there; workers on other machines must join the new address.
     */
    public synchronized void listenOn(InetAddress address) throws IOException {
        if (!address.isLoopbackAddress()) {
            // Beyond loopback the grid needs the TLS key: a key that cannot be made leaves the grid as it was.
            CoordinatorKeys.loadOrCreate(CoordinatorKeys.defaultDirectory());
        }
        int count = local.count();
        stop();
        listen(address, count);
    }

    private synchronized void listen(InetAddress address, int localWorkers) throws IOException {
        server = GridServer.startOnAnyPortIfTaken(new GridSettings(address, GridSettings.DEFAULT_PORT, token),
                SentigridVersion.current(), events());
        local = LocalWorkers.startYieldingToUser(localWorkers, server.workerJoinOptions(), token);
        // A local worker that died (crashed, killed) is started again, a few times, and the user told.
        local.restartWhenExited(new LocalWorkers.Restarts() {
            @Override
            public void restarted(List<String> exited) {
                notices.accept("A local worker stopped (" + String.join("; ", exited) + "); it was started again.");
            }

            @Override
            public void failed(List<String> exited, IOException why) {
                notices.accept("A local worker stopped and could not be started again (" + why.getMessage()
                        + "); start one in the Grid tab.");
            }
        });
    }

    /**
     * Announces this coordinator on its LAN network (name, address, port, fingerprint; never the token), or
     * stops announcing. Only while listening beyond loopback; listening elsewhere stops it.
     */
    public synchronized void announce(boolean on) throws IOException {
        stopAnnouncing();
        if (on) {
            if (isLoopbackOnly()) {
                throw new IOException("announcing needs LAN access on");
            }
            announcer = Announcer.start(server);
        }
    }

    /** The join code of the coordinator open to the LAN; empty on loopback. */
    public Optional<String> joinCode() {
        return server.joinCode().map(code -> code.text());
    }

    /** The name other machines see in {@code sentigrid worker --discover}. */
    public String announcedName() {
        return Announcer.machineName();
    }

    private void stopAnnouncing() {
        if (announcer != null) {
            announcer.close();
            announcer = null;
        }
    }

    private GridEvents events() {
        return new GridEvents() {
            @Override
            public void workerGone(String workerId, String name, String reason) {
                if (!stoppedByUser.remove(workerId) && !reason.equals("left")) {
                    notices.accept("Worker " + name + " is gone (" + reason + "); its batches run on the other workers.");
                }
            }

            @Override
            public void workerRefused(String who, String message) {
                notices.accept("Refused worker " + who + ": " + message);
            }
        };
    }

    /** Starts one more local worker process. */
    public synchronized void addLocalWorker() throws IOException {
        local.add();
    }

    /** Stops the most recently started local worker (it hands its batches back first); its name, or null if none ran. */
    public synchronized String stopLocalWorker() {
        List<String> names = local.names();
        if (names.isEmpty()) {
            return null;
        }
        String name = names.get(names.size() - 1);
        stoppedByUser(name);
        local.stop(name);
        return name;
    }

    /** A worker the user stopped is not reported gone when the grid stops hearing from it. */
    private void stoppedByUser(String name) {
        server.workers().stream().filter(w -> w.name().equals(name)).forEach(w -> stoppedByUser.add(w.id()));
    }

    public synchronized int localWorkers() {
        return local.count();
    }

    /**
     * Drops a worker: a local one is stopped (it hands its batches back); one on another machine is cut
     * off and may not join again under its name.
     */
    public synchronized void disconnect(String workerId, String name) {
        stoppedByUser(name);
        if (!local.stop(name)) {
            server.disconnect(workerId);
        }
    }

    /** Process ids of the local workers (for diagnostics and tests). */
    public synchronized List<Long> localPids() {
        return local.pids();
    }

    /** The joined workers, then local processes that have not joined (yet), as rows for the grid panel. */
    public synchronized List<WorkerStatus> workers() {
        List<WorkerInfo> joined = server.workers();
        List<WorkerStatus> rows = new ArrayList<>();
        for (WorkerInfo info : joined) {
            rows.add(WorkerStatus.joined(info, local.names().contains(info.name())));
        }
        List<String> exited = local.exited();
        for (String name : local.names()) {
            if (joined.stream().noneMatch(w -> w.name().equals(name))) {
                String why = exited.stream().filter(e -> e.startsWith(name + " ")).findFirst().orElse(null);
                rows.add(WorkerStatus.local(name, why == null ? "starting" : why.substring(name.length() + 1)));
            }
        }
        return rows;
    }

    /** The address workers join, HOST:PORT. */
    public String joinAddress() {
        return server.joinAddress();
    }

    public boolean isLoopbackOnly() {
        return server.settings().listenAddress().isLoopbackAddress();
    }

    /**
     * The exact command for another machine with only Java and the worker jar ({@code java -jar
     * sentigrid-worker.jar --join-code ...}; {@code sentigrid worker} takes the same options).
     */
    public String joinCommand() {
        return server.jarJoinCommand();
    }

    /**
     * A job's pieces go to the coordinator listening when each is sent (the user may move it mid-job), labelled
     * by the default threshold (the window labels them itself).
     */
    @Override
    public PieceScorer open(long jobId, SentimentAnalyzer analyzer) {
        return new GridPieceScorer(() -> server, jobId, analyzer.jobSettings(), SentimentLabel.DEFAULT_THRESHOLD);
    }

    /**
     * Stops listening at once (a process has one RMI registry, so a new grid may start right after) and
     * stops the local workers in the background: each gets two seconds to hand its batches back.
     */
    @Override
    public synchronized void close() {
        stopAnnouncing();
        server.close();
        LocalWorkers stopping = local;
        new Thread(stopping::close, "sentigrid-local-workers-stop").start();
    }

    /** Stops the local workers, then the coordinator, before listening elsewhere. */
    private void stop() {
        stopAnnouncing();
        local.close();
        server.close();
    }
}
