package org.sentigrid.format;

import java.nio.charset.Charset;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.text.TextUnit;

/**
 * The {@link Region#SCORES} records of a region: each unit's place and scores, in a few bytes, with no
 * text. A front end that shows results rather than writing them (the window) sends regions as {@code
 * analyze} does, so the workers, not its process, decode, split and score them; it asks for these records
 * and finds each text in the region it holds. A unit's record: where it starts in the region and how long
 * it is (chars, as unsigned varints), then neg, neu and pos in thousandths and compound in ten-thousandths
 * (two bytes each, big-endian, compound signed). Exact: the engine rounds its scores to those decimals, and
 * a whole number divided by its power of ten is the double the decimal parses to.
 */
public final class RegionUnits {
    private static final double PROPORTION = Math.pow(10, Decimals.PROPORTION_SCALE);
    private static final double COMPOUND = Math.pow(10, Decimals.COMPOUND_SCALE);

    /** Receives one unit of the region and its scores, in order. */
    @FunctionalInterface
    public interface Sink {
        void unit(TextUnit unit, SentimentScores scores);
    }

    private RegionUnits() {
    }

    /** Appends the record of a unit at chars {@code [from, to)} of its region. */
    static void write(Bytes out, int from, int to, SentimentScores scores) {
        varint(out, from);
        varint(out, to - from);
        twoBytes(out, Decimals.scaled(scores.neg(), Decimals.PROPORTION_SCALE));
        twoBytes(out, Decimals.scaled(scores.neu(), Decimals.PROPORTION_SCALE));
        twoBytes(out, Decimals.scaled(scores.pos(), Decimals.PROPORTION_SCALE));
        twoBytes(out, Decimals.scaled(scores.compound(), Decimals.COMPOUND_SCALE));
    }

    /**
     * Hands {@code sink} each unit of {@code region} with its scores, named {@code source} and numbered
     * from {@code firstUnit}.
     *
     * @throws IllegalArgumentException when the region did not ask for these records, or they are not a region's records
     */
    public static void read(Region region, RegionResult records, String source, long firstUnit, Sink sink) {
        if (!region.format().equals(Region.SCORES)) {
            throw new IllegalArgumentException("only " + Region.SCORES + " records are read back, not " + region.format());
        }
        String text = new String(region.bytes(), Charset.forName(region.charset()));
        Reader in = new Reader(records);
        for (int i = 0; i < records.units(); i++) {
            long from = in.varint();
            long to = from + in.varint();
            double neg = in.twoBytes() / PROPORTION;
            double neu = in.twoBytes() / PROPORTION;
            double pos = in.twoBytes() / PROPORTION;
            double compound = in.twoBytes() / COMPOUND;
            if (to > text.length() || in.at != records.ends()[i]) {  // varints are never negative: 0 <= from <= to
                throw new IllegalArgumentException("the records of the region do not fit it");
            }
            sink.unit(new TextUnit(source, firstUnit + i, text.substring((int) from, (int) to), 0, region.charOffset() + from,
                    region.charOffset() + to), new SentimentScores(neg, neu, pos, compound));
        }
    }

    private static void varint(Bytes out, long value) {
        while (value >= 0x80) {
            out.append((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.append((int) value);
    }

    private static void twoBytes(Bytes out, long value) {
        out.append((int) (value >> 8) & 0xFF);
        out.append((int) value & 0xFF);
    }

    /** Reads the records' bytes in order, across their chunks. */
    private static final class Reader {
        private final byte[][] chunks;
        private int at;

        Reader(RegionResult records) {
            this.chunks = records.records();
        }

        private int next() {
            int chunk = at / RegionResult.CHUNK_BYTES;
            int offset = at % RegionResult.CHUNK_BYTES;
            if (chunk >= chunks.length || offset >= chunks[chunk].length) {
                throw new IllegalArgumentException("the records of the region end too soon");
            }
            at++;
            return chunks[chunk][offset] & 0xFF;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7F) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
            throw new IllegalArgumentException("a place in the records of the region is too large");
        }

        /** Two bytes, big-endian, as a signed short. */
        int twoBytes() {
            return (short) (next() << 8 | next());
        }
    }
}
