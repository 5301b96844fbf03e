package org.sentigrid.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.ScoredUnit;

/**
 * Where each piece's units stand in their source: its first unit's number, counted over the pieces of the
 * same source before it, as the pieces' counts come in piece order (a region's count is known only once it
 * is split).
 */
final class Numbering implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String[] sources;
    /** Each piece's source (by position). */
    private final int[] pieceSources;
    /** Each source's units so far, and each piece's first unit number. */
    private final long[] counts;
    private final long[] firsts;
    private long units;

    Numbering(List<String> sourceNames, List<Piece> pieces) {
        this.sources = sourceNames.toArray(String[]::new);
        this.pieceSources = pieces.stream().mapToInt(piece -> piece.source).toArray();
        this.counts = new long[sources.length];
        this.firsts = new long[pieceSources.length];
    }

    /** Counts the units of the next piece in piece order, {@code piece}. */
    void count(int piece, int size) {
        int source = pieceSources[piece];
        firsts[piece] = counts[source] + 1;
        counts[source] += size;
        units += size;
    }

    /** Counts every piece's units, given in piece order. */
    void countAll(List<Integer> sizes) {
        for (int i = 0; i < sizes.size(); i++) {
            count(i, sizes.get(i));
        }
    }

    long units() {
        return units;
    }

    /** Unit i of a counted piece as its output record. */
    ScoredUnit unit(ScoredPiece piece, int i) {
        return piece.unit(i, sources[piece.source], firsts[piece.index] + i);
    }

    /** Writes a counted piece's records. */
    void write(PieceRecords piece, ResultWriter writer) throws IOException {
        piece.write(writer, sources[piece.source], firsts[piece.index]);
    }
}
