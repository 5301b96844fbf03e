package org.sentigrid.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.Bytes;
import org.sentigrid.format.KeptOutput;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.TextUnit;

/**
 * A piece's output records, formatted where the piece was scored, in the one pass that splits and scores
 * it: each record but its head and unit number (which wait for the units of the pieces before it), as
 * {@link ResultWriter#appendTail} formats it. Only these bytes are kept or sent on, not the units.
 */
final class PieceRecords implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    final int index;
    final int source;
    /** The records' tails, one after another; unit i's ends at {@code ends[i]}. */
    private final byte[] tails;
    private final int[] ends;

    private PieceRecords(int index, int source, byte[] tails, int[] ends) {
        this.index = index;
        this.source = source;
        this.tails = tails;
        this.ends = ends;
    }

    /** Scores the piece's units and formats their records in {@code rows}. */
    static PieceRecords of(Piece piece, List<TextUnit> units, RowFormat rows, SentimentAnalyzer analyzer, double threshold) {
        int[] ends = new int[units.size()];
        // A record is its text and some 60 bytes more (UTF-8 may take up to 3 bytes a char, escapes 6).
        long chars = 0;
        for (TextUnit unit : units) {
            chars += unit.text().length();
        }
        Bytes tails = new Bytes((int) Math.min(Integer.MAX_VALUE - 8, chars + 80L * ends.length + 64));
        for (int i = 0; i < ends.length; i++) {
            TextUnit unit = units.get(i);
            SentimentScores scores = analyzer.score(unit.text());
            rows.tail(tails, unit.text(), 0, unit.text().length(), scores, scores.label(threshold), unit.record(),
                    unit.start(), unit.end(), null, KeptOutput.NONE, List.of());
            ends[i] = tails.length();
        }
        return new PieceRecords(piece.index, piece.source, Arrays.copyOf(tails.array(), tails.length()), ends);
    }

    int size() {
        return ends.length;
    }

    /** Writes the records: of {@code sourceName}, numbered from {@code first}. */
    void write(ResultWriter writer, String sourceName, long first) throws IOException {
        int from = 0;
        for (int i = 0; i < ends.length; i++) {
            writer.writeTail(sourceName, first + i, tails, from, ends[i]);
            from = ends[i];
        }
    }
}
