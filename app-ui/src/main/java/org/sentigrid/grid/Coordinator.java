package org.sentigrid.grid;

import java.util.Map;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.GridRefusal;
import org.sentigrid.api.grid.JoinReply;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.PackedRegion;
import org.sentigrid.api.grid.PackedRegionResult;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.api.grid.WorkerCredentials;

/**
 * The remote face of the grid. Every call came on a connection that proved the join token; it admits
 * only workers that score exactly as this process does, and forwards to the {@link Dispatcher} and the {@link WorkerTable}.
 */
final class Coordinator implements CoordinatorService {
    /** A long poll must return well before the callers' read timeout. */
    static final long MAX_POLL_MILLIS = 2_000;
    static final long HEARTBEAT_MILLIS = 1_000;

    private final String version;
    private final Map<EngineMode, String> fingerprints;
    private final WorkerTable workers;
    private final Dispatcher dispatcher;
    private final GridEvents events;
    /**
     * Whether regions may go out compressed (and come back so): on links beyond loopback, to each worker whose
     * link is too slow for them unpacked ({@link JoinRequest#wantsPackedWork}), as it joins.
     */
    private final boolean packWork;
    /** What {@link #linkTest} sends: zeros, as TLS encrypts any bytes at the same speed. Never written. */
    private static final byte[] LINK_TEST = new byte[LINK_TEST_BYTES];

    Coordinator(String version, Map<EngineMode, String> fingerprints, WorkerTable workers,
                Dispatcher dispatcher, GridEvents events, boolean packWork) {
        this.packWork = packWork;
        this.version = version;
        this.fingerprints = Map.copyOf(fingerprints);
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.events = events;
    }

    boolean packsWork() {
        return packWork;
    }

    @Override
    public JoinReply join(JoinRequest request) throws GridRefusal {
        String who = Printable.escape(request.name()) + " (" + Printable.escape(request.host()) + ")";
        if (!version.equals(request.version())) {
            throw refuse(who, "this worker runs Sentigrid " + Printable.escape(request.version()) + " but the coordinator runs "
                    + version + "; run the same version on both");
        }
        if (!fingerprints.get(EngineMode.VADER).equals(request.vaderFingerprint())
                || !fingerprints.get(EngineMode.NLTK).equals(request.nltkFingerprint())) {
            throw refuse(who, "this worker's VADER engine or lexicons differ from the coordinator's (engine fingerprint "
                    + Printable.escape(shortPrint(request.vaderFingerprint())) + " vs " + shortPrint(fingerprints.get(EngineMode.VADER))
                    + "); run the same Sentigrid build on both");
        }
        if (workers.isDisconnected(request)) {
            throw refuse(who, "the user of the coordinator disconnected this worker; to join again, start it with"
                    + " another --name");
        }
        String id = workers.add(request, packWork && request.wantsPackedWork());
        workers.snapshot().stream().filter(w -> w.id().equals(id)).findFirst().ifPresent(events::workerJoined);
        return new JoinReply(id, HEARTBEAT_MILLIS);
    }

    @Override
    public byte[] linkTest() {
        return LINK_TEST;
    }

    @Override
    public Work nextWork(WorkerCredentials worker, long waitMillis) throws GridRefusal {
        check(worker);
        Work batch;
        try {
            batch = dispatcher.take(worker.workerId(), Math.max(0, Math.min(waitMillis, MAX_POLL_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        // The worker may have left or been declared lost while this poll waited: then nobody would
        // ever hand the batch back, so it goes back to the queue here.
        if (!workers.touch(worker.workerId())) {
            if (batch != null) {
                dispatcher.release(worker.workerId(), batch.batchId());
            }
            throw GridRefusal.unknownWorker("the coordinator no longer knows worker " + worker.workerId() + "; join again");
        }
        return batch instanceof Region region && workers.packedWork(worker.workerId()) ? PackedRegion.of(region) : batch;
    }

    @Override
    public void complete(WorkerCredentials worker, WorkResult result) throws GridRefusal {
        check(worker);
        WorkResult plain;
        try {
            plain = result instanceof PackedRegionResult packed ? packed.unpack() : result;
        } catch (IllegalArgumentException damaged) {
            dispatcher.fail(worker.workerId(), result.batchId(), "its result could not be unpacked: " + damaged.getMessage());
            return;
        }
        dispatcher.complete(worker.workerId(), plain, () -> workers.credit(worker.workerId(), plain.units()));
    }

    @Override
    public void fail(WorkerCredentials worker, long jobId, long batchId, String reason) throws GridRefusal {
        check(worker);
        String why = reason == null ? "no reason given" : Printable.escape(reason.substring(0, Math.min(reason.length(), 500)));
        dispatcher.fail(worker.workerId(), batchId, why);
    }

    @Override
    public void heartbeat(WorkerCredentials worker) throws GridRefusal {
        check(worker);
    }

    @Override
    public void leave(WorkerCredentials worker) throws GridRefusal {
        check(worker);
        if (workers.remove(worker.workerId())) {
            dispatcher.workerLost(worker.workerId(), "left the grid");
            events.workerGone(worker.workerId(), workers.nameOf(worker.workerId()), "left");
        }
    }

    /** The user drops a worker (the grid panel's Disconnect). */
    void disconnect(String workerId) {
        if (workers.disconnect(workerId)) {
            events.workerGone(workerId, workers.nameOf(workerId), "disconnected");
            dispatcher.workerLost(workerId, "disconnected");
        }
    }

    /**
     * Every call: a worker this coordinator knows (and is now known to be alive). The token was proven
     * by the connection the call came on.
     */
    private void check(WorkerCredentials worker) throws GridRefusal {
        if (!workers.touch(worker.workerId())) {
            throw GridRefusal.unknownWorker("the coordinator does not know worker " + worker.workerId()
                    + " (it restarted, or the worker was silent too long); join again");
        }
    }

    private GridRefusal refuse(String who, String message) {
        events.workerRefused(who, message);
        return new GridRefusal(message);
    }

    private static String shortPrint(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
