package org.sentigrid.analysis;

import org.sentigrid.engine.SentimentAnalyzer;

/** Where an app's jobs are scored: opens the {@link PieceScorer} of one job. */
@FunctionalInterface
public interface PieceScorers {
    /** The scorer of job {@code jobId}, which scores with {@code analyzer}'s settings. */
    PieceScorer open(long jobId, SentimentAnalyzer analyzer);
}
