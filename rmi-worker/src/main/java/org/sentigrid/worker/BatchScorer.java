package org.sentigrid.worker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.PackedRegion;
import org.sentigrid.api.grid.PackedRegionResult;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.RegionRecords;

/**
 * Scores batches, and splits, scores and formats regions, with the analyzer their job asks for: what a
 * worker process does with its work, and what the coordinator's own threads do with theirs. The shipped
 * analyzers are shared; one with a user's overlay is built once per distinct {@link JobSettings} and kept
 * (a few at most: building one reads the lexicon, and jobs rarely differ).
 */
public final class BatchScorer {
    /** How many overlay analyzers to keep; beyond that the cache starts over. */
    static final int MAX_CACHED = 8;
    /** How often (in units) scoring checks whether the batch was taken back. */
    private static final int CHECK_EVERY = 64;

    private final Map<JobSettings, SentimentAnalyzer> analyzers = new ConcurrentHashMap<>();

    /** Why a batch could not be scored, in one line for the coordinator. */
    public static final class ScoringFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ScoringFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * Does the work: scores every unit of a batch, or every unit of a region as records; null when
     * {@code abandoned} turned true meanwhile (checked every few dozen units).
     */
    public WorkResult score(Work work, BooleanSupplier abandoned) throws ScoringFailure {
        if (work instanceof PackedRegion packed) {
            Region region;
            try {
                region = packed.unpack();
            } catch (RuntimeException | LinkageError e) {
                throw new ScoringFailure("the packed region cannot be unpacked: " + Reasons.describe(e), e);
            }
            WorkResult result = score(region, abandoned);
            return result instanceof RegionResult records ? PackedRegionResult.of(records) : result;
        }
        SentimentAnalyzer analyzer;
        try {
            analyzer = analyzerFor(work.settings());
        } catch (RuntimeException e) {
            throw new ScoringFailure("the job's lexicon overlay cannot be used: " + Reasons.oneLine(e.getMessage()), e);
        }
        if (work instanceof Region region) {
            try {
                return RegionRecords.score(region, analyzer, abandoned);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new ScoringFailure("the region could not be scored: " + Reasons.describe(e), e);
            }
        }
        return score((Batch) work, analyzer, abandoned);
    }

    private static BatchResult score(Batch batch, SentimentAnalyzer analyzer, BooleanSupplier abandoned) throws ScoringFailure {
        String texts = batch.texts();
        int[] ends = batch.ends();
        double[] scores = new double[4 * ends.length];
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            if (i % CHECK_EVERY == 0 && abandoned.getAsBoolean()) {
                return null;
            }
            try {
                var unit = analyzer.score(texts.substring(start, ends[i]));
                scores[4 * i] = unit.neg();
                scores[4 * i + 1] = unit.neu();
                scores[4 * i + 2] = unit.pos();
                scores[4 * i + 3] = unit.compound();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new ScoringFailure("unit " + i + " could not be scored: " + Reasons.describe(e), e);
            }
            start = ends[i];
        }
        try {
            return new BatchResult(batch.jobId(), batch.batchId(), scores);
        } catch (RuntimeException e) {
            throw new ScoringFailure("the scores are invalid: " + Reasons.describe(e), e);
        }
    }

    SentimentAnalyzer analyzerFor(JobSettings settings) {
        if (settings.overlayWords().length == 0) {
            return SentimentAnalyzer.of(settings.mode());
        }
        SentimentAnalyzer cached = analyzers.get(settings);
        if (cached != null) {
            return cached;
        }
        if (analyzers.size() >= MAX_CACHED) {
            analyzers.clear();
        }
        return analyzers.computeIfAbsent(settings, SentimentAnalyzer::of);
    }
}
