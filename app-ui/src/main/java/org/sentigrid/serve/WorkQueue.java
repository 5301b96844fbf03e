package org.sentigrid.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import org.sentigrid.api.SentimentScores;

/**
 * Hands requests to the {@link TextScorer}, so that a sentence never waits behind long requests: a
 * short request (up to {@link #SHORT_BYTES}) goes at once; long ones are scored at most
 * {@link #WINDOW_BYTES} at a time (and always one), shortest first, the rest waiting here. On two cores, a
 * flood of megabyte requests keeps one core at most (a request is scored on one), and the sentences have
 * the other. What waits here is
 * bounded by {@link ClientLimits}: each request's bytes are reserved before it comes.
 *
 * <p>Cancelling a request's future (its client timed out or left) takes it out of the queue, or, once it is
 * being scored, cancels the scorer's future too.
 */
final class WorkQueue {
    /**
     * A request this long or shorter is scored at once: a sentence or a few, a millisecond of scoring. Longer
     * ones (a megabyte sentence, a pipelining client's batch of lines) take their turn in the window.
     */
    static final long SHORT_BYTES = 4 * 1024;
    /**
     * Bytes of long requests being scored at once (one request at least): what the scorer's queue may hold
     * ahead of a sentence, a few hundredths of a second of scoring. A pipelining client's batch of lines is
     * at most this long ({@link LineConnection#MAX_BATCH_BYTES}).
     */
    static final long WINDOW_BYTES = LineConnection.MAX_BATCH_BYTES;

    private final TextScorer scorer;
    private final PriorityQueue<Job> waiting =
            new PriorityQueue<>(Comparator.comparingLong(Job::bytes).thenComparingLong(Job::order));
    /** Bytes of long requests being scored. */
    private long scoring;
    private long nextOrder;

    WorkQueue(TextScorer scorer) {
        this.scorer = scorer;
    }

    /** Scores {@code texts} ({@code bytes} of UTF-8 in all) when their turn comes. */
    CompletableFuture<List<SentimentScores>> submit(List<String> texts, long bytes) {
        Job job;
        synchronized (this) {
            job = new Job(texts, bytes, nextOrder++, new CompletableFuture<>());
            waiting.add(job);
        }
        job.result.whenComplete((scores, failure) -> {
            if (job.result.isCancelled()) {
                synchronized (this) {
                    waiting.remove(job);
                }
            }
        });
        startWhatFits();
        return job.result;
    }

    /** Requests waiting for their turn now. */
    synchronized int waiting() {
        return waiting.size();
    }

    private void startWhatFits() {
        List<Job> ready = new ArrayList<>();
        synchronized (this) {
            for (Job next = waiting.peek(); next != null; next = waiting.peek()) {
                if (next.bytes > SHORT_BYTES && scoring > 0 && scoring + next.bytes > WINDOW_BYTES) {
                    break;  // the shortest waiting is long: all of them wait
                }
                waiting.poll();
                scoring += next.bytes > SHORT_BYTES ? next.bytes : 0;
                ready.add(next);
            }
        }
        ready.forEach(this::start);
    }

    private void start(Job job) {
        if (job.result.isDone()) {  // cancelled as it was taken from the queue
            finished(job);
            return;
        }
        CompletableFuture<List<SentimentScores>> scores;
        try {
            scores = scorer.scoreAll(job.texts);
        } catch (RuntimeException e) {
            scores = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<List<SentimentScores>> started = scores;
        job.result.whenComplete((done, failure) -> {
            if (job.result.isCancelled()) {
                started.cancel(true);
            }
        });
        started.whenComplete((done, failure) -> {
            if (failure != null) {
                job.result.completeExceptionally(failure);
            } else {
                job.result.complete(done);
            }
            finished(job);
        });
    }

    private void finished(Job job) {
        synchronized (this) {
            scoring -= job.bytes > SHORT_BYTES ? job.bytes : 0;
        }
        startWhatFits();
    }

    private record Job(List<String> texts, long bytes, long order, CompletableFuture<List<SentimentScores>> result) {
    }
}
