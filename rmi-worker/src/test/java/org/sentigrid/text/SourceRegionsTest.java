package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Splitting a file region by region gives exactly the units of reading it whole. */
class SourceRegionsTest {
    /** Pieces that stress block ends: CR, CRLF, blank lines of spaces and tabs, Unicode blanks, emoji, abbreviations. */
    private static final String[] PIECES = {
        "Great food.", " Slow service!", "\n", "\r\n", "\r", "\n\n", "\n \t\n", "\r\n\r\n", "\n\u00A0\n", " ",
        "Dr. Smith said so.", " It was 😀 fine?", "no end", "\u2029", "Really?!", "e.g. this", "\n\u3000\n",
        "é ü ß", "𝄞 music", "\t", "A", ".", "\u000B", "\f"
    };

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = SplitMode.class, names = {"SENTENCES", "LINES"})
    void regionsGiveTheUnitsOfTheWholeFile(SplitMode split) throws Exception {
        Random random = new Random(split.ordinal() * 31L + 7);
        for (int round = 0; round < 60; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(400);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Path file = dir.resolve("r" + round + ".txt");
            // Every fifth file is windows-1252 (what it cannot encode becomes '?').
            Files.write(file, text.toString().getBytes(round % 5 == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8));
            int regionBytes = 16 + random.nextInt(600);

            CollectingSink whole = CollectingSink.read(file, split);
            SplittingRegionSink regions = new SplittingRegionSink(file.getFileName().toString(), split);
            boolean blank = SourceRegions.read(file, CharsetSniffer.sniff(file, "f"), split, regions.source, "f",
                    regions, regionBytes);

            assertThat(regions.units).as("round %d, regions of %d bytes", round, regionBytes).isEqualTo(whole.units);
            assertThat(blank).isEqualTo(whole.units.isEmpty());
        }
    }

    @Test
    void aBlockLongerThanARegionIsReadAsUnitsNumberedOn() throws Exception {
        String text = "First line.\nSecond line.\n" + "x".repeat(300) + " long\nAfter.\n";
        Path file = dir.resolve("long.txt");
        Files.writeString(file, text);

        SplittingRegionSink regions = new SplittingRegionSink("long.txt", SplitMode.LINES);
        SourceRegions.read(file, CharsetSniffer.sniff(file, "long.txt"), SplitMode.LINES, "long.txt", "long.txt", regions, 64);

        assertThat(regions.units).isEqualTo(CollectingSink.read(file, SplitMode.LINES).units);
        assertThat(regions.regions).isEqualTo(1);
    }

    @Test
    void sentenceRegionsEndOnlyAfterBlankLines() {
        byte[] text = "One. Two.\nThree.\n \t\nFour.\nFive.".getBytes(StandardCharsets.US_ASCII);
        assertThat(SourceRegions.lastBlockEnd(text, text.length, SplitMode.SENTENCES)).isEqualTo(20);
        assertThat(SourceRegions.lastBlockEnd(text, text.length, SplitMode.LINES)).isEqualTo(26);
        byte[] none = "One.\nTwo.\nThree.".getBytes(StandardCharsets.US_ASCII);
        assertThat(SourceRegions.lastBlockEnd(none, none.length, SplitMode.SENTENCES)).isZero();
    }

    @Test
    void charsAreCountedAsJavaCountsThem() {
        String text = "abc é 中文 😀 𝄞 and some more plain ASCII to pass eight bytes at a time ü";
        assertThat(Utf8.chars(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text.length());
    }

    /** Splits each region as it comes, as a worker would, numbering on from the units before. */
    private static final class SplittingRegionSink implements RegionSink {
        final String source;
        final SplitMode split;
        final List<TextUnit> units = new ArrayList<>();
        int regions;

        SplittingRegionSink(String source, SplitMode split) {
            this.source = source;
            this.split = split;
        }

        @Override
        public void region(byte[] bytes, Charset charset, long charOffset) {
            regions++;
            long before = units.size();
            try {
                TextInput.splitRegion(new StringReader(new String(bytes, charset)), split, charOffset, new UnitSink() {
                    @Override
                    public void unit(TextUnit unit) {
                        units.add(new TextUnit(source, before + unit.unit(), unit.text(), 0, unit.start(), unit.end()));
                    }

                    @Override
                    public void warning(String message) {
                        throw new AssertionError(message);
                    }
                });
            } catch (IOException | InputProblem e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public long unitsSoFar() {
            return units.size();
        }

        @Override
        public void unit(TextUnit unit) {
            units.add(unit);
        }

        @Override
        public void warning(String message) {
        }
    }
}
