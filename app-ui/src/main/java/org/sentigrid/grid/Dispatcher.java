package org.sentigrid.grid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.PackedRegion;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;

/**
 * The work (batches of units, regions of sources) waiting for a worker and the work leased to one.
 * Work is leased to one worker at a time, except that a thread of this process that finds nothing
 * queued may take a backup copy of a piece another worker is late with ({@link #takeLocal}: the
 * backup tasks of MapReduce, Spark's speculation). A result is accepted once, from a worker holding a
 * lease on it: the first one wins, and a late result from a worker declared lost is ignored. Work
 * whose every holder fails it or is lost goes back to the front of the queue; after
 * {@link #MAX_ATTEMPTS} such failures it is reported failed.
 */
final class Dispatcher {
    static final int MAX_ATTEMPTS = 3;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Map<Long, Pending> unfinished = new HashMap<>();
    private final AtomicLong nextBatchId = new AtomicLong(1);
    /** Why the dispatcher takes no more work ({@link #close}); null while it does. */
    private String closedBecause;
    /** Recent seconds per unit from lease to result, smoothed; NaN until a batch has come back. */
    private double secondsPerUnit = Double.NaN;
    /** Recent seconds from lease to result of a piece, smoothed; NaN until one has come back. */
    private double leaseSeconds = Double.NaN;

    /**
     * A lease is overdue after this long plus {@link #LEASE_NANOS_PER_MIB} per MiB of its work: then the
     * work is queued again for any worker, while its holder may still answer (the first result wins). So
     * a worker that keeps sending heartbeats while one of its scoring threads hangs holds nothing up.
     */
    static final long LEASE_BASE_NANOS = TimeUnit.SECONDS.toNanos(30);
    static final long LEASE_NANOS_PER_MIB = TimeUnit.SECONDS.toNanos(30);

    /** A backup copy is taken only of work leased at least this long ago, and this many times a usual lease. */
    static final long MIN_BACKUP_AGE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final double BACKUP_AFTER_LEASES = 1.5;

    /**
     * Queues the work {@code make} builds with a fresh batch id; the future completes with its result,
     * or fails with {@link BatchFailedException}.
     */
    @SuppressWarnings("unchecked") // the work accepts only its own kind of result (Work.answeredBy)
    <R extends WorkResult> CompletableFuture<R> submit(LongFunction<? extends Work> make) {
        return (CompletableFuture<R>) queue(make, false);
    }

    /** As {@link #submit}, but the future also names the worker whose result was accepted. */
    @SuppressWarnings("unchecked") // see queue: an answered Pending completes with an Answered
    CompletableFuture<Answered> submitAnswered(LongFunction<? extends Work> make) {
        return (CompletableFuture<Answered>) queue(make, true);
    }

    private CompletableFuture<?> queue(LongFunction<? extends Work> make, boolean answered) {
        Pending pending = new Pending(make.apply(nextBatchId.getAndIncrement()), answered);
        lock.lock();
        try {
            if (closedBecause != null) {
                pending.result.completeExceptionally(notScored(pending, closedBecause));
                return pending.result;
            }
            queue.addLast(pending);
            unfinished.put(pending.work.batchId(), pending);
            queued.signal();
        } finally {
            lock.unlock();
        }
        return pending.result;
    }

    /** The next work for this worker, waiting up to {@code waitMillis}; null when none came. */
    Work take(String workerId, long waitMillis) throws InterruptedException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = queued.awaitNanos(nanos);
            }
            return lease(queue.pollFirst(), workerId).work;
        } finally {
            lock.unlock();
        }
    }

    /**
     * For a thread of this process: the next queued work or, when none is queued, a backup copy of the
     * oldest piece another worker has held for longer than {@link #BACKUP_AFTER_LEASES} usual leases
     * (and {@link #MIN_BACKUP_AGE_NANOS}); null when there is neither within {@code waitMillis}.
     * Only one backup is taken of a piece.
     */
    Lease takeLocal(String workerId, long waitMillis) throws InterruptedException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
        lock.lock();
        try {
            while (queue.isEmpty()) {
                Pending late = lateFor(workerId);
                if (late != null) {
                    late.backedUp = true;
                    late.holders.add(workerId);
                    return late;
                }
                if (nanos <= 0) {
                    return null;
                }
                // Woken by new work; a lease grows late without a signal, so look again now and then.
                long slice = Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(20));
                nanos -= slice - queued.awaitNanos(slice);
            }
            return lease(queue.pollFirst(), workerId);
        } finally {
            lock.unlock();
        }
    }

    /** The oldest piece held by others only, once, for longer than usual; null when none is. Under the lock. */
    private Pending lateFor(String workerId) {
        long now = System.nanoTime();
        long usual = Double.isNaN(leaseSeconds) ? 0 : (long) (BACKUP_AFTER_LEASES * leaseSeconds * 1e9);
        long minAge = Math.max(MIN_BACKUP_AGE_NANOS, usual);
        Pending oldest = null;
        for (Pending pending : unfinished.values()) {
            if (!pending.backedUp && !pending.holders.isEmpty() && !pending.holders.contains(workerId)
                    && now - pending.leasedAt >= minAge
                    && (oldest == null || pending.work.batchId() < oldest.work.batchId())) {
                oldest = pending;
            }
        }
        return oldest;
    }

    private Pending lease(Pending pending, String workerId) {
        pending.holders.add(workerId);
        pending.leasedAt = System.nanoTime();
        pending.overdue = false;
        return pending;
    }

    /** A lease of this process's own: the work, and whether it is already done (answered or cancelled). */
    interface Lease {
        Work work();

        boolean finished();
    }

    /**
     * Accepts a result if this worker holds the batch's lease; false for a late, repeated or foreign
     * one. {@code onAccepted} runs before the result is handed on, so bookkeeping is done by then.
     */
    boolean complete(String workerId, WorkResult result, Runnable onAccepted) {
        Pending pending;
        lock.lock();
        try {
            pending = unfinished.get(result.batchId());
            if (pending == null || !pending.holders.contains(workerId) || !pending.work.answeredBy(result)) {
                return false;
            }
            unfinished.remove(result.batchId());
            pending.finished = true;
            if (pending.overdue) {
                queue.remove(pending);  // queued again when its lease ran out: nobody needs to score it now
            }
            if (!pending.backedUp) {  // a backed-up lease was late: it says nothing of the usual
                double seconds = (System.nanoTime() - pending.leasedAt) / 1e9;
                leaseSeconds = Double.isNaN(leaseSeconds) ? seconds : 0.8 * leaseSeconds + 0.2 * seconds;
                if (result.units() > 0) {
                    double perUnit = seconds / result.units();
                    secondsPerUnit = Double.isNaN(secondsPerUnit) ? perUnit : 0.8 * secondsPerUnit + 0.2 * perUnit;
                }
            }
        } finally {
            lock.unlock();
        }
        onAccepted.run();
        pending.result.complete(pending.answered ? new Answered(result, workerId) : result);
        return true;
    }

    /**
     * How many units a batch should hold so that it takes about {@code seconds} on a worker thread,
     * judged by the batches that came back so far; {@code initial} before any did.
     */
    int suggestedBatchUnits(double seconds, int initial, int min, int max) {
        lock.lock();
        try {
            if (Double.isNaN(secondsPerUnit) || secondsPerUnit <= 0) {
                return initial;
            }
            return (int) Math.max(min, Math.min(max, seconds / secondsPerUnit));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues again the work whose lease is overdue at {@code now} (a {@link System#nanoTime}), counting it
     * as a failed attempt (so work that hangs every worker fails for good); its holders may still answer.
     * Called now and then by the grid's liveness monitor. Returns how many were queued again.
     */
    int requeueOverdue(long now) {
        List<Pending> failed = new ArrayList<>();
        int requeued = 0;
        lock.lock();
        try {
            for (Pending pending : new ArrayList<>(unfinished.values())) {
                if (pending.holders.isEmpty() || pending.overdue || queue.contains(pending)
                        || now - pending.leasedAt < deadlineNanos(pending.work)) {
                    continue;
                }
                pending.overdue = true;
                pending.failures.add(String.join(", ", pending.holders) + ": no result after "
                        + TimeUnit.NANOSECONDS.toSeconds(now - pending.leasedAt) + " s");
                if (pending.failures.size() >= MAX_ATTEMPTS) {
                    unfinished.remove(pending.work.batchId());
                    pending.finished = true;
                    failed.add(pending);
                } else {
                    queue.addFirst(pending);
                    queued.signal();
                    requeued++;
                }
            }
        } finally {
            lock.unlock();
        }
        reportFailed(failed);
        return requeued;
    }

    /** How long a lease of {@code work} may last before it is overdue. */
    static long deadlineNanos(Work work) {
        long bytes;
        if (work instanceof Region region) {
            bytes = region.bytes().length;
        } else if (work instanceof Batch batch) {
            bytes = 2L * batch.texts().length();
        } else {
            bytes = ((PackedRegion) work).length();
        }
        return LEASE_BASE_NANOS + LEASE_NANOS_PER_MIB * bytes / (1024 * 1024);
    }

    /** Puts a batch back at the front of the queue, as if never leased (its worker was gone before it got it). */
    void release(String workerId, long batchId) {
        lock.lock();
        try {
            Pending pending = unfinished.get(batchId);
            if (pending != null && pending.holders.remove(workerId) && pending.holders.isEmpty() && !queue.contains(pending)) {
                queue.addFirst(pending);
                queued.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The worker could not score the batch: it runs elsewhere, or fails for good after the last attempt. */
    void fail(String workerId, long batchId, String reason) {
        List<Pending> failed = new ArrayList<>();
        lock.lock();
        try {
            Pending pending = unfinished.get(batchId);
            if (pending != null && pending.holders.contains(workerId)) {
                retryOrFail(pending, workerId, workerId + ": " + reason, failed);
            }
        } finally {
            lock.unlock();
        }
        reportFailed(failed);
    }

    /** Every batch the lost worker held runs elsewhere. */
    void workerLost(String workerId, String reason) {
        List<Pending> failed = new ArrayList<>();
        lock.lock();
        try {
            for (Pending pending : new ArrayList<>(unfinished.values())) {
                if (pending.holders.contains(workerId)) {
                    retryOrFail(pending, workerId, workerId + ": " + reason, failed);
                }
            }
        } finally {
            lock.unlock();
        }
        reportFailed(failed);
    }

    /** Drops every batch of the job, queued or leased; their futures are cancelled, late results ignored. */
    void cancel(long jobId) {
        List<Pending> cancelled = new ArrayList<>();
        lock.lock();
        try {
            for (Iterator<Pending> it = unfinished.values().iterator(); it.hasNext(); ) {
                Pending pending = it.next();
                if (pending.work.jobId() == jobId) {
                    it.remove();
                    pending.finished = true;
                    queue.remove(pending);
                    cancelled.add(pending);
                }
            }
        } finally {
            lock.unlock();
        }
        cancelled.forEach(p -> p.result.cancel(false));
    }

    /**
     * Fails every unfinished piece, and from now on every piece queued, with {@code why}: the coordinator has
     * stopped, so no worker will ever answer them, and whoever waits for them must hear so.
     */
    void close(String why) {
        List<Pending> failed = new ArrayList<>();
        lock.lock();
        try {
            closedBecause = why;
            for (Pending pending : unfinished.values()) {
                pending.finished = true;
                failed.add(pending);
            }
            unfinished.clear();
            queue.clear();
        } finally {
            lock.unlock();
        }
        failed.forEach(pending -> pending.result.completeExceptionally(notScored(pending, why)));
    }

    private static BatchFailedException notScored(Pending pending, String why) {
        return new BatchFailedException("batch " + pending.work.batchId() + " was not scored: " + why);
    }

    /** How many batches are queued or leased. */
    int unfinished() {
        lock.lock();
        try {
            return unfinished.size();
        } finally {
            lock.unlock();
        }
    }

    /** The holder is done with the piece; once no holder is left, it runs again or fails for good. */
    private void retryOrFail(Pending pending, String holder, String why, List<Pending> failed) {
        pending.holders.remove(holder);
        pending.failures.add(why);
        if (!pending.holders.isEmpty()) {
            return;  // a backup copy is still being scored
        }
        if (pending.failures.size() >= MAX_ATTEMPTS) {
            unfinished.remove(pending.work.batchId());
            pending.finished = true;
            failed.add(pending);
        } else if (!queue.contains(pending)) {
            queue.addFirst(pending);
            queued.signal();
        }
    }

    private static void reportFailed(List<Pending> failed) {
        for (Pending pending : failed) {
            pending.result.completeExceptionally(new BatchFailedException("batch " + pending.work.batchId()
                    + " failed on " + pending.failures.size() + " attempts: " + String.join("; ", pending.failures)));
        }
    }

    /** A result and the id of the worker it was accepted from. */
    record Answered(WorkResult result, String workerId) {
    }

    private static final class Pending implements Lease {
        final Work work;
        /** Completes with the WorkResult, or with an {@link Answered} when {@code answered}. */
        final CompletableFuture<Object> result = new CompletableFuture<>();
        final boolean answered;
        final List<String> failures = new ArrayList<>();
        /** The workers scoring it: one, or two while a backup copy runs. */
        final List<String> holders = new ArrayList<>(2);
        long leasedAt;
        boolean backedUp;
        /** Queued again because its lease ran out; cleared when it is leased again. */
        boolean overdue;
        volatile boolean finished;

        Pending(Work work, boolean answered) {
            this.work = work;
            this.answered = answered;
        }

        @Override
        public Work work() {
            return work;
        }

        @Override
        public boolean finished() {
            return finished;
        }
    }
}
