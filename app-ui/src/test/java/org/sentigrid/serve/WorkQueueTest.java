package org.sentigrid.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentScores;

class WorkQueueTest {
    private static final long MIB = 1024 * 1024;

    /** A scorer that scores nothing by itself: each call is kept, to be completed by the test. */
    private final List<Call> calls = new ArrayList<>();
    private final WorkQueue queue = new WorkQueue(texts -> {
        Call call = new Call(texts.get(0), new CompletableFuture<>());
        calls.add(call);
        return call.scores;
    });

    @Test
    void scoresAWindowAtATimeShortestFirstAndNeverScoresWhatWasCancelledWhileWaiting() {
        CompletableFuture<List<SentimentScores>> first = queue.submit(List.of("first"), 3 * MIB / 2);
        CompletableFuture<List<SentimentScores>> second = queue.submit(List.of("second"), 3 * MIB / 2);
        CompletableFuture<List<SentimentScores>> third = queue.submit(List.of("third"), MIB);
        CompletableFuture<List<SentimentScores>> sentence = queue.submit(List.of("sentence"), 20);
        // One long request always goes, a short one goes at once; the other long ones wait.
        assertThat(texts()).containsExactly("first", "sentence");
        assertThat(queue.waiting()).isEqualTo(2);

        finish(0);
        finish(1);
        assertThat(first).isCompleted();
        assertThat(sentence).isCompleted();
        // The shorter of the two that waited goes first, though it came later.
        assertThat(texts()).containsExactly("first", "sentence", "third");

        second.cancel(true);
        assertThat(queue.waiting()).isZero();
        finish(2);
        assertThat(third).isCompleted();
        assertThat(texts()).as("a cancelled request is never scored").containsExactly("first", "sentence", "third");
    }

    @Test
    void cancellingARequestBeingScoredCancelsTheScorersWorkToo() {
        CompletableFuture<List<SentimentScores>> request = queue.submit(List.of("one"), 10);
        assertThat(calls).hasSize(1);
        request.cancel(true);
        assertThat(calls.get(0).scores).isCancelled();
        // Its share of the window is free again.
        queue.submit(List.of("two"), WorkQueue.WINDOW_BYTES);
        assertThat(texts()).containsExactly("one", "two");
    }

    private void finish(int call) {
        calls.get(call).scores.complete(List.of(new SentimentScores(0, 1, 0, 0)));
    }

    private List<String> texts() {
        return calls.stream().map(Call::text).toList();
    }

    private record Call(String text, CompletableFuture<List<SentimentScores>> scores) {
    }
}
