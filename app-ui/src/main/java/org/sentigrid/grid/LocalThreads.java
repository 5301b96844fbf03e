package org.sentigrid.grid;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.worker.BatchScorer;

/**
 * The coordinator's own cores at work: threads of this process that take work from the
 * {@link Dispatcher} and score it exactly as a worker process does ({@link BatchScorer}), as JPPF's
 * client runs jobs locally and Spark runs in its driver. A job starts at once, with no worker JVM to
 * wait for, and workers on other machines add their cores to these. A thread that finds nothing
 * queued scores a backup copy of a piece another worker is late with; the first result wins.
 *
 * <p>To the rest of the grid these threads are one worker, named {@link #NAME}, that is never silent.
 */
final class LocalThreads implements AutoCloseable {
    /** The name results scored here are credited to. */
    static final String NAME = "in-process";
    /** How long one take waits before the thread looks whether it should stop. */
    private static final long TAKE_MILLIS = 200;

    private final Dispatcher dispatcher;
    private final WorkerTable workers;
    private final String id;
    private final BatchScorer scorer = new BatchScorer();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

    private LocalThreads(Dispatcher dispatcher, WorkerTable workers, String id) {
        this.dispatcher = dispatcher;
        this.workers = workers;
        this.id = id;
    }

    /** Starts {@code count} scoring threads (at least one). */
    static LocalThreads start(Dispatcher dispatcher, WorkerTable workers, int count, String host) {
        LocalThreads local = new LocalThreads(dispatcher, workers, workers.addLocal(NAME, host, count));
        for (int i = 1; i <= count; i++) {
            Thread thread = new Thread(local::work, "sentigrid-local-" + i);
            thread.setDaemon(true);
            local.threads.add(thread);
            thread.start();
        }
        return local;
    }

    String id() {
        return id;
    }

    private void work() {
        try {
            while (!closed) {
                Dispatcher.Lease lease = dispatcher.takeLocal(id, TAKE_MILLIS);
                if (lease == null) {
                    continue;
                }
                WorkResult result;
                try {
                    result = scorer.score(lease.work(), () -> closed || lease.finished());
                } catch (BatchScorer.ScoringFailure failure) {
                    dispatcher.fail(id, lease.work().batchId(), failure.getMessage());
                    continue;
                }
                if (result != null) {
                    dispatcher.complete(id, result, () -> workers.credit(id, result.units()));
                } else if (!lease.finished()) {
                    dispatcher.release(id, lease.work().batchId());  // closing: someone else may score it
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the threads; work they held goes to other workers. */
    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        workers.remove(id);
        dispatcher.workerLost(id, "stopped");
    }
}
