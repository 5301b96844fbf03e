package org.sentigrid.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sentigrid.grid.Announcer;
import org.sentigrid.grid.GridEvents;
import org.sentigrid.grid.GridServer;
import org.sentigrid.grid.GridSettings;
import org.sentigrid.grid.LocalWorkers;
import org.sentigrid.grid.WorkerInfo;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.worker.SentigridVersion;
import org.sentigrid.worker.WarmUp;

/**
 * The grid of one {@code analyze} or {@code serve} run: the embedded coordinator with this process's
 * scoring threads, the local worker processes, and the lines that tell the user who joined, who left and
 * what to run on another machine. The coordinator listens only when another process may join.
 */
final class CliGrid implements AutoCloseable {
    /** Local workers that die are started again, but not forever. */

    private final GridOptions options;
    private final GridServer server;
    /** Announces the coordinator on the LAN, when asked; null otherwise. */
    private Announcer announcer;
    private final Progress progress;
    private final ScheduledExecutorService watchdog;
    /** On Ctrl+C or SIGTERM: the run is cancelled, so local workers are killed at once, not asked to finish. */
    private final Thread cancelHook = new Thread(this::killLocalWorkers, "sentigrid-cancel");
    private LocalWorkers local;
    private boolean saidWaiting;

    private CliGrid(GridOptions options, GridServer server, Progress progress) {
        this.options = options;
        this.server = server;
        this.progress = progress;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sentigrid-grid-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the coordinator and the local workers, and waits for {@code minWorkers} to join.
     *
     * @param killOnExit whether Ctrl+C or SIGTERM kills the local workers at once (a run being cancelled);
     *                   false when the caller's own shutdown drains its work first and then closes this grid
     */
    static CliGrid start(GridOptions options, Progress progress, boolean killOnExit) throws GridUnavailable, InterruptedException {
        GridEvents events = events(progress, options.openToLan() || options.expectsOtherWorkers());
        GridServer server = options.needsListening() ? listen(options, events) : GridServer.unexported(events);
        server.scoreHere(options.threads());
        CliGrid grid = new CliGrid(options, server, progress);
        try {
            if (killOnExit) {
                Runtime.getRuntime().addShutdownHook(grid.cancelHook);
            }
            grid.announce();
            grid.startLocalWorkers();
            grid.awaitWorkers();
            grid.restartLocalWorkersThatDie();
            grid.watchdog.scheduleWithFixedDelay(grid::sayWhenNoWorkerIsLeft, 1, 1, TimeUnit.SECONDS);
            return grid;
        } catch (GridUnavailable | InterruptedException | RuntimeException e) {
            grid.close();
            throw e;
        }
    }

    GridServer server() {
        return server;
    }

    /** E.g. {@code local-1 5,120, local-2 4,880}; empty when nothing was scored on the grid. */
    String unitsByWorker() {
        StringJoiner joined = new StringJoiner(", ");
        server.unitsByWorker().forEach((name, units) -> joined.add(String.format(Locale.ENGLISH, "%s %,d", name, units)));
        return joined.toString();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cancelHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running.
        }
        watchdog.shutdownNow();
        synchronized (this) {
            if (announcer != null) {
                announcer.close();
            }
            if (local != null) {
                local.close();
            }
        }
        server.close();
    }

    private static GridServer listen(GridOptions options, GridEvents events) throws GridUnavailable {
        String version = SentigridVersion.current();
        try {
            GridSettings settings = new GridSettings(options.listen(), options.port(), options.token());
            return options.portGiven() ? GridServer.start(settings, version, events)
                    : GridServer.startOnAnyPortIfTaken(settings, version, events);
        } catch (CoordinatorKeys.Unavailable e) {
            throw new GridUnavailable(e.getMessage(), e);
        } catch (IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new GridUnavailable("cannot listen on " + options.listen().getHostAddress() + ":" + options.port()
                    + " (" + cause.getMessage() + "); choose another address or port with --listen ADDRESS:PORT", e);
        }
    }

    /** @param sayJoins whether to name each worker that joins (not for a run on local workers only) */
    private static GridEvents events(Progress progress, boolean sayJoins) {
        return new GridEvents() {
            @Override
            public void workerJoined(WorkerInfo worker) {
                if (!sayJoins) {
                    return;
                }
                String link = worker.linkSummary().isEmpty() ? "" : "; link " + worker.linkSummary();
                progress.println("sentigrid: worker " + worker.name() + " joined from " + worker.host()
                        + " (" + worker.threads() + (worker.threads() == 1 ? " thread" : " threads") + link + ")");
            }

            @Override
            public void workerGone(String workerId, String name, String reason) {
                if (!sayJoins && reason.equals("left")) {
                    return;  // local workers leaving as the run ends
                }
                progress.println("sentigrid: worker " + name + " is gone (" + reason + "); its batches run elsewhere");
            }

            @Override
            public void workerRefused(String who, String message) {
                progress.println("sentigrid: refused worker " + who + ": " + message);
            }
        };
    }

    private void announce() throws GridUnavailable {
        if (options.openToLan()) {
            progress.println("sentigrid: listening on " + server.joinAddress() + " for workers on the LAN; on another"
                    + " machine run: " + joinCommand() + " (with only the worker jar: " + server.jarJoinCommand() + ")");
            if (options.announce()) {
                startAnnouncing();
            }
        } else if (options.expectsOtherWorkers()) {
            progress.println("sentigrid: warning: listening on loopback only, so only workers on this machine can"
                    + " join; use --listen with this machine's LAN address for others. To join here run: " + joinCommand());
        }
    }

    private String joinCommand() {
        return server.joinCommand();
    }

    /** Tells the LAN this coordinator is here (never the token): `sentigrid worker --discover` hears it. */
    private synchronized void startAnnouncing() throws GridUnavailable {
        String name = Announcer.machineName();
        try {
            announcer = Announcer.start(server);
        } catch (IOException e) {
            throw new GridUnavailable("cannot announce on the LAN (" + e.getMessage() + "); run without --announce,"
                    + " and give workers the join code", e);
        }
        progress.println("sentigrid: announcing \"" + name + "\" on the network of " + options.listen().getHostAddress()
                + " (without the token); on another machine run: sentigrid worker --discover \"" + name + "\" --token ...");
    }

    private synchronized void startLocalWorkers() throws GridUnavailable {
        if (options.localWorkers() > 0) {
            try {
                local = LocalWorkers.start(options.localWorkers(), server.workerJoinOptions(), options.token());
            } catch (IOException e) {
                throw new GridUnavailable("cannot start local workers (" + e.getMessage() + "); try --in-process", e);
            }
        }
    }

    private void awaitWorkers() throws InterruptedException, GridUnavailable {
        int wanted = options.minWorkers();
        if (server.awaitWorkers(wanted, Duration.ZERO)) {
            return;
        }
        AtomicBoolean joined = new AtomicBoolean();
        if (options.threads() > 0) {
            WarmUp.inBackground(server.packsWork(), joined::get);  // idle meanwhile: this process's own scoring starts compiled
        }
        try {
            if (server.awaitWorkers(wanted, Duration.ofSeconds(3))) {
                return;
            }
            progress.println("sentigrid: waiting for " + wanted + (wanted == 1 ? " worker" : " workers") + " to join"
                    + " (" + server.workers().size() + " so far)");
            awaitWorkers(wanted);
        } finally {
            joined.set(true);
        }
    }

    private void awaitWorkers(int wanted) throws InterruptedException, GridUnavailable {
        while (!server.awaitWorkers(wanted, Duration.ofSeconds(1))) {
            List<String> exited = localExited();
            if (!exited.isEmpty() && !options.expectsOtherWorkers() && exited.size() == options.localWorkers()) {
                throw new GridUnavailable("the local workers could not start (" + exited.get(0) + "); try --in-process", null);
            }
        }
    }

    /** Local workers that die are started again (a few times), and the user told. */
    private synchronized void restartLocalWorkersThatDie() {
        if (local == null) {
            return;
        }
        local.restartWhenExited(new LocalWorkers.Restarts() {
            @Override
            public void restarted(List<String> exited) {
                progress.println("sentigrid: restarted local workers: " + String.join("; ", exited));
            }

            @Override
            public void failed(List<String> exited, IOException why) {
                progress.println("sentigrid: cannot restart local workers (" + String.join("; ", exited) + "): "
                        + why.getMessage());
            }
        });
    }

    /** Every second: say so when no worker is left (the job waits for one). */
    private void sayWhenNoWorkerIsLeft() {
        boolean none = server.workers().isEmpty();
        if (none && !saidWaiting) {
            // The join command holds the token: printed once, when listening started, not again here.
            progress.println("sentigrid: no worker is connected; the job waits until one joins"
                    + (options.openToLan() || options.expectsOtherWorkers() ? " (with the join command above)" : ""));
        }
        saidWaiting = none;
    }

    private synchronized void killLocalWorkers() {
        if (local != null) {
            local.kill();
        }
    }

    private synchronized List<String> localExited() {
        return local == null ? List.of() : local.exited();
    }
}
