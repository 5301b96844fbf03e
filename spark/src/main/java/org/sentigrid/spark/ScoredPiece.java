package org.sentigrid.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.text.TextUnit;

/** A piece's units with their scores, before they are numbered within their source and written. */
final class ScoredPiece implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    final int index;
    final int source;
    private final String[] texts;
    /** record, start, end per unit. */
    private final long[] positions;
    /** neg, neu, pos, compound per unit. */
    private final double[] scores;
    private final byte[] labels;

    private ScoredPiece(int index, int source, String[] texts, long[] positions, double[] scores, byte[] labels) {
        this.index = index;
        this.source = source;
        this.texts = texts;
        this.positions = positions;
        this.scores = scores;
        this.labels = labels;
    }

    static ScoredPiece of(Piece piece, List<TextUnit> units, SentimentAnalyzer analyzer, double threshold) {
        int n = units.size();
        String[] texts = new String[n];
        long[] positions = new long[3 * n];
        double[] scores = new double[4 * n];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            TextUnit unit = units.get(i);
            SentimentScores score = analyzer.score(unit.text());
            texts[i] = unit.text();
            positions[3 * i] = unit.record();
            positions[3 * i + 1] = unit.start();
            positions[3 * i + 2] = unit.end();
            scores[4 * i] = score.neg();
            scores[4 * i + 1] = score.neu();
            scores[4 * i + 2] = score.pos();
            scores[4 * i + 3] = score.compound();
            labels[i] = (byte) score.label(threshold).ordinal();
        }
        return new ScoredPiece(piece.index, piece.source, texts, positions, scores, labels);
    }

    int size() {
        return texts.length;
    }

    /** Unit i as an output record: of {@code sourceName}, numbered {@code number}. */
    ScoredUnit unit(int i, String sourceName, long number) {
        TextUnit unit = new TextUnit(sourceName, number, texts[i], positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]);
        SentimentScores score = new SentimentScores(scores[4 * i], scores[4 * i + 1], scores[4 * i + 2], scores[4 * i + 3]);
        return new ScoredUnit(unit, score, LABELS[labels[i]], null);
    }
}
