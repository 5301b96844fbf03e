package org.sentigrid.spark;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;
import org.sentigrid.api.EngineMode;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextUnit;

/**
 * A piece of the job's input, as the driver read it and an executor scores it: a region of a plain-text
 * file (whole blocks of bytes, split where it is scored, as the grid's workers split theirs), or units
 * the driver read (CSV and JSON Lines records, Parquet rows, UTF-16 text, {@code --split none}).
 */
final class Piece implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Its place among all pieces, and which of the job's sources (by position) it belongs to. */
    final int index;
    final int source;
    /** A region: its bytes, their charset, the split mode and the chars before it in its source; else null. */
    private final byte[] region;
    private final String charset;
    private final SplitMode split;
    private final long charOffset;
    /** Units: their texts and positions (record, start, end); else null. */
    private final String[] texts;
    private final long[] positions;

    private Piece(int index, int source, byte[] region, String charset, SplitMode split, long charOffset,
                  String[] texts, long[] positions) {
        this.index = index;
        this.source = source;
        this.region = region;
        this.charset = charset;
        this.split = split;
        this.charOffset = charOffset;
        this.texts = texts;
        this.positions = positions;
    }

    static Piece region(int index, int source, byte[] bytes, Charset charset, SplitMode split, long charOffset) {
        return new Piece(index, source, bytes, charset.name(), split, charOffset, null, null);
    }

    static Piece units(int index, int source, List<TextUnit> units) {
        String[] texts = new String[units.size()];
        long[] positions = new long[3 * units.size()];
        for (int i = 0; i < texts.length; i++) {
            TextUnit unit = units.get(i);
            texts[i] = unit.text();
            positions[3 * i] = unit.record();
            positions[3 * i + 1] = unit.start();
            positions[3 * i + 2] = unit.end();
        }
        return new Piece(index, source, null, null, null, 0, texts, positions);
    }

    /** The region's units (numbered from 1, offsets in the source); for units, what the driver read. */
    List<TextUnit> units() {
        if (region != null) {
            return SentigridFunctions.split(new String(region, Charset.forName(charset)), split, charOffset);
        }
        TextUnit[] units = new TextUnit[texts.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = new TextUnit("", i + 1, texts[i], positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]);
        }
        return List.of(units);
    }

    /** Its units scored (for Parquet rows). */
    ScoredPiece score(EngineMode mode, SentigridOptions options) {
        return ScoredPiece.of(this, units(), options.analyzer(mode), options.threshold());
    }

    /** Its units scored and formatted as records in {@code rows}. */
    PieceRecords records(EngineMode mode, SentigridOptions options, RowFormat rows) {
        return PieceRecords.of(this, units(), rows, options.analyzer(mode), options.threshold());
    }
}
