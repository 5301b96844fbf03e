package org.sentigrid.serve;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * Where {@link SentimentServer} gets its scores: the grid, or this process. Texts that arrive
 * together come as one list, so a grid can score them as one batch.
 */
@FunctionalInterface
public interface TextScorer {
    /**
     * Scores each text as one unit; completes with their scores in the same order, or exceptionally
     * with an exception whose message says in plain words why they could not be scored.
     */
    CompletableFuture<List<SentimentScores>> scoreAll(List<String> texts);

    /** Scores one text as one unit. */
    default CompletableFuture<SentimentScores> score(String text) {
        return scoreAll(List.of(text)).thenApply(scores -> scores.get(0));
    }

    /** Scores with {@code analyzer} on {@code executor}'s threads, without the grid. */
    static TextScorer inProcess(SentimentAnalyzer analyzer, Executor executor) {
        return texts -> CompletableFuture.supplyAsync(() -> texts.stream().map(analyzer::score).toList(), executor);
    }
}
