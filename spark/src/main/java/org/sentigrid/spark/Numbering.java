package org.sentigrid.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.ScoredUnit;

/**
 * Where each piece's units stand in their source: its first unit's number, counted over the pieces of the
 * same source before it, once every piece has been scored (a region's units are known only then).
 */
final class Numbering implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String[] sources;
    private final long[] firsts;
    private final long units;

    private Numbering(String[] sources, long[] firsts, long units) {
        this.sources = sources;
        this.firsts = firsts;
        this.units = units;
    }

    /** @param sizes each piece's unit count, in piece order */
    static Numbering of(List<String> sourceNames, List<Piece> pieces, List<Integer> sizes) {
        long[] counts = new long[sourceNames.size()];
        long[] firsts = new long[pieces.size()];
        long units = 0;
        for (int i = 0; i < firsts.length; i++) {
            int source = pieces.get(i).source;
            firsts[i] = counts[source] + 1;
            counts[source] += sizes.get(i);
            units += sizes.get(i);
        }
        return new Numbering(sourceNames.toArray(String[]::new), firsts, units);
    }

    long units() {
        return units;
    }

    /** Unit i of a piece as its output record. */
    ScoredUnit unit(ScoredPiece piece, int i) {
        return piece.unit(i, sources[piece.source], firsts[piece.index] + i);
    }

    /** Writes a piece's records. */
    void write(ScoredPiece piece, ResultWriter writer) throws IOException {
        for (int i = 0; i < piece.size(); i++) {
            writer.write(unit(piece, i));
        }
    }
}
