package org.sentigrid.analysis;

import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.text.TextUnit;

/** Scores one unit with the run's analyzer and threshold. Thread-safe, as the analyzer is. */
public final class UnitScorer {
    private final SentimentAnalyzer analyzer;
    private final double threshold;
    private final boolean explain;

    public UnitScorer(SentimentAnalyzer analyzer, double threshold, boolean explain) {
        this.analyzer = analyzer;
        this.threshold = threshold;
        this.explain = explain;
    }

    public ScoredUnit score(TextUnit unit) {
        if (explain) {
            Explanation explanation = analyzer.explain(unit.text());
            return new ScoredUnit(unit, explanation.scores(), explanation.scores().label(threshold), explanation);
        }
        SentimentScores scores = analyzer.score(unit.text());
        return new ScoredUnit(unit, scores, scores.label(threshold), null);
    }
}
