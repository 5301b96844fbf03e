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
        Collector records = new Collector(RowFormat.valueOf(region.format().toUpperCase(Locale.ROOT)), analyzer,
                region.threshold(), abandoned, region.bytes().length);
        split(region, records);
        return records.abandoned ? null
                : new RegionResult(region.jobId(), region.batchId(), records.bytes.toByteArray(), Arrays.copyOf(records.ends, records.count));
    }

    /** How many units the region holds, without scoring them (for a region that could not be scored). */
    public static int units(Region region) {
        int[] units = {0};
        split(region, new UnitSink() {
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

    private static void split(Region region, UnitSink sink) {
        String text = new String(region.bytes(), Charset.forName(region.charset()));
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
        private final RowFormat format;
        private final SentimentAnalyzer analyzer;
        private final double threshold;
        private final BooleanSupplier abandonedCheck;
        private final Bytes bytes;
        private int[] ends = new int[256];
        private int count;
        private boolean abandoned;

        Collector(RowFormat format, SentimentAnalyzer analyzer, double threshold, BooleanSupplier abandonedCheck, int regionBytes) {
            this.format = format;
            this.analyzer = analyzer;
            this.threshold = threshold;
            this.abandonedCheck = abandonedCheck;
            this.bytes = new Bytes(2 * regionBytes + 256);
        }

        @Override
        public void unit(TextUnit unit) {
            if (abandoned || (count % CHECK_EVERY == 0 && (abandoned = abandonedCheck.getAsBoolean()))) {
                return;
            }
            SentimentScores scores = score(analyzer, unit, count);
            format.tail(bytes, unit.text(), 0, unit.text().length(), scores, scores.label(threshold),
                    0, unit.start(), unit.end(), null);
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, 2 * count);
            }
            ends[count++] = bytes.length();
        }

        @Override
        public void warning(String message) {
            // Regions are far shorter than the longest unit, so no unit is ever cut: no warnings.
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
