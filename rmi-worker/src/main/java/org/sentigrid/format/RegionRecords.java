package org.sentigrid.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * A region of a source turned into output records: decoded, split into units, each unit scored and
 * formatted up from just after its unit number. Workers do this for the regions they pull, and
 * {@code analyze --in-process} on its own threads, so both give the same bytes.
 */
public final class RegionRecords {
    /** How often (in units) the work checks whether it was taken back. */
    private static final int CHECK_EVERY = 64;

    private RegionRecords() {
    }

    /**
     * The region's records; null when {@code abandoned} turned true meanwhile (checked every few dozen units).
     *
     * @throws IllegalArgumentException when a unit cannot be scored (the message says which)
     */
    public static RegionResult score(Region region, SentimentAnalyzer analyzer, BooleanSupplier abandoned) {
        String text = decode(region);
        Collector records = new Collector(region, text, analyzer, abandoned);
        split(region, text, records);
        return records.abandoned ? null : records.result();
    }

    /** How many units the region holds, without scoring them (for a region that could not be scored). */
    public static int units(Region region) {
        int[] units = {0};
        split(region, decode(region), new UnitSink() {
            @Override
            public void unit(TextUnit unit) {
                units[0]++;
            }

            @Override
            public void warning(String message) {
            }
        });
        return units[0];
    }

    private static String decode(Region region) {
        return new String(region.bytes(), Charset.forName(region.charset()));
    }

    private static void split(Region region, String text, UnitSink sink) {
        try {
            TextInput.splitRegion(new StringReader(text), SplitMode.fromId(region.split()), region.charOffset(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (InputProblem e) {
            throw new IllegalArgumentException("the region cannot be split: " + e.getMessage(), e);
        }
    }

    /** Scores and formats each unit as the splitter hands it over. */
    private static final class Collector implements UnitSink {
        private final Region region;
        private final String text;
        private final RowFormat format;
        private final SentimentAnalyzer analyzer;
        private final BooleanSupplier abandonedCheck;
        /** Only UTF-8 regions hold texts as the output does: others are always sent back. */
        private final boolean utf8;
        private final Bytes bytes;
        private int[] ends = new int[256];
        private int[] texts = new int[512];
        private int count;
        private boolean abandoned;
        /** Where the last verbatim text ended, in chars of {@link #text} and in bytes of the region. */
        private int cursorChar;
        private int cursorByte;

        Collector(Region region, String text, SentimentAnalyzer analyzer, BooleanSupplier abandonedCheck) {
            this.region = region;
            this.text = text;
            this.format = region.format().equals(Region.SCORES) ? null : RowFormat.valueOf(region.format().toUpperCase(Locale.ROOT));
            this.analyzer = analyzer;
            this.abandonedCheck = abandonedCheck;
            this.utf8 = region.charset().equals("UTF-8");
            this.bytes = new Bytes(region.bytes().length + 256);
        }

        @Override
        public void unit(TextUnit unit) {
            if (abandoned || (count % CHECK_EVERY == 0 && (abandoned = abandonedCheck.getAsBoolean()))) {
                return;
            }
            SentimentScores scores = score(analyzer, unit, count);
            int from = (int) (unit.start() - region.charOffset());
            int to = (int) (unit.end() - region.charOffset());
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, 2 * count);
                texts = Arrays.copyOf(texts, 4 * count);
            }
            if (format == null) {
                // The front end has the region: the unit's place is enough for it to find the text.
                texts[2 * count] = -1;
                texts[2 * count + 1] = -1;
                RegionUnits.write(bytes, from, to, scores);
            } else {
                if (utf8 && format.verbatim(text, from, to)) {
                    texts[2 * count] = byteAt(from);
                    texts[2 * count + 1] = byteAt(to);
                } else {
                    texts[2 * count] = -1;
                    texts[2 * count + 1] = -1;
                    format.textBody(bytes, text, from, to);
                }
                format.afterText(bytes, scores, scores.label(region.threshold()), 0, unit.start(), unit.end(), null);
            }
            ends[count++] = bytes.length();
        }

        @Override
        public void warning(String message) {
            // Regions are far shorter than the longest unit, so no unit is ever cut: no warnings.
        }

        RegionResult result() {
            byte[][] chunks = new byte[(bytes.length() + RegionResult.CHUNK_BYTES - 1) / RegionResult.CHUNK_BYTES][];
            for (int i = 0; i < chunks.length; i++) {
                int from = i * RegionResult.CHUNK_BYTES;
                chunks[i] = Arrays.copyOfRange(bytes.array(), from, Math.min(bytes.length(), from + RegionResult.CHUNK_BYTES));
            }
            return new RegionResult(region.jobId(), region.batchId(), chunks, Arrays.copyOf(ends, count),
                    Arrays.copyOf(texts, 2 * count));
        }

        /** The region's byte offset of char {@code index} of its text; units come in order, so this only moves on. */
        private int byteAt(int index) {
            for (; cursorChar < index; cursorChar++) {
                char c = text.charAt(cursorChar);
                // UTF-8 lengths; a surrogate pair is 4 bytes, 2 for each half.
                cursorByte += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            return cursorByte;
        }
    }

    private static SentimentScores score(SentimentAnalyzer analyzer, TextUnit unit, int index) {
        try {
            return analyzer.score(unit.text());
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("unit " + (index + 1) + " of the region could not be scored: " + e, e);
        }
    }
}
