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
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;

/**
 * The work (batches of units, regions of sources) waiting for a worker and the work leased to one.
 * Work is leased to one worker at a time; its result is accepted once, and only from the worker
 * holding the lease, so a late result from a worker declared lost is ignored. Work whose worker fails
 * it or is lost goes back to the front of the queue; after {@link #MAX_ATTEMPTS} such failures it is
 * reported failed.
 */
final class Dispatcher {
    static final int MAX_ATTEMPTS = 3;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Map<Long, Pending> unfinished = new HashMap<>();
    private final AtomicLong nextBatchId = new AtomicLong(1);
    /** Recent seconds per unit from lease to result, smoothed; NaN until a batch has come back. */
    private double secondsPerUnit = Double.NaN;

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
            Pending pending = queue.pollFirst();
            pending.holder = workerId;
            pending.leasedAt = System.nanoTime();
            return pending.work;
        } finally {
            lock.unlock();
        }
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
            if (pending == null || !workerId.equals(pending.holder) || !pending.work.answeredBy(result)) {
                return false;
            }
            unfinished.remove(result.batchId());
            if (result.units() > 0) {
                double perUnit = (System.nanoTime() - pending.leasedAt) / 1e9 / result.units();
                secondsPerUnit = Double.isNaN(secondsPerUnit) ? perUnit : 0.8 * secondsPerUnit + 0.2 * perUnit;
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

    /** Puts a batch back at the front of the queue, as if never leased (its worker was gone before it got it). */
    void release(String workerId, long batchId) {
        lock.lock();
        try {
            Pending pending = unfinished.get(batchId);
            if (pending != null && workerId.equals(pending.holder)) {
                pending.holder = null;
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
            if (pending != null && workerId.equals(pending.holder)) {
                retryOrFail(pending, workerId + ": " + reason, failed);
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
                if (workerId.equals(pending.holder)) {
                    retryOrFail(pending, workerId + ": " + reason, failed);
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
                    queue.remove(pending);
                    cancelled.add(pending);
                }
            }
        } finally {
            lock.unlock();
        }
        cancelled.forEach(p -> p.result.cancel(false));
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

    private void retryOrFail(Pending pending, String why, List<Pending> failed) {
        pending.holder = null;
        pending.failures.add(why);
        if (pending.failures.size() >= MAX_ATTEMPTS) {
            unfinished.remove(pending.work.batchId());
            failed.add(pending);
        } else {
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

    private static final class Pending {
        final Work work;
        /** Completes with the WorkResult, or with an {@link Answered} when {@code answered}. */
        final CompletableFuture<Object> result = new CompletableFuture<>();
        final boolean answered;
        final List<String> failures = new ArrayList<>();
        String holder;
        long leasedAt;

        Pending(Work work, boolean answered) {
            this.work = work;
            this.answered = answered;
        }
    }
}
