package org.sentigrid.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.sentigrid.api.grid.Region;

/**
 * Cuts a plain-text file into regions of whole blocks without decoding it: a region ends after a line
 * feed (lines) or after a blank line (sentences), where {@link BlockReader} ends a block too, so
 * splitting regions one by one gives the units of the whole file. The reading side only moves bytes
 * and counts chars; decoding, splitting and scoring happen wherever the regions go.
 */
final class SourceRegions {
    /**
     * Regions are at most this long: far below the longest unit, so no unit is ever cut inside one. About
     * 25 ms of work for a worker thread, not the 0.1-0.5 s of a batch: larger regions cost the coordinator
     * more per unit (1 MiB is what measured best against 512 KiB and 4 MiB, docs/PERFORMANCE.md), and a
     * call's own cost is small beside a region's.
     */
    static final int REGION_BYTES = Region.MAX_BYTES;

    private SourceRegions() {
    }

    /** Whether a file so encoded can go as regions: its line feeds are single bytes that only ever mean a line feed. */
    static boolean canCut(CharsetSniffer.Encoding encoding) {
        return encoding.charset().equals(StandardCharsets.UTF_8) || encoding.charset().equals(CharsetSniffer.WINDOWS_1252);
    }

    /**
     * Hands the file to {@code sink} as regions. After a block longer than a region (a line of more
     * than a MiB), the rest of the file goes as units instead, numbered on from the regions' units.
     *
     * @return whether the file holds nothing but whitespace (no units)
     */
    static boolean read(Path file, CharsetSniffer.Encoding encoding, SplitMode split, String sourceName, String name,
                        RegionSink sink) throws IOException, InputProblem {
        return read(file, encoding, split, sourceName, name, sink, REGION_BYTES);
    }

    /** Like {@link #read(Path, CharsetSniffer.Encoding, SplitMode, String, String, RegionSink)} with regions of at most {@code regionBytes}. */
    static boolean read(Path file, CharsetSniffer.Encoding encoding, SplitMode split, String sourceName, String name,
                        RegionSink sink, int regionBytes) throws IOException, InputProblem {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            return read(in, encoding.charset(), split, sourceName, name, sink, regionBytes);
        }
    }

    /** Like {@link #read(Path, CharsetSniffer.Encoding, SplitMode, String, String, RegionSink, int)}, from after the byte order mark. */
    static boolean read(InputStream in, Charset charset, SplitMode split, String sourceName, String name,
                        RegionSink sink, int regionBytes) throws IOException, InputProblem {
        boolean blank = true;
        long chars = 0;
        byte[] buffer = new byte[regionBytes];
        int filled = 0;
        while (true) {
            filled += in.readNBytes(buffer, filled, buffer.length - filled);
            boolean end = filled < buffer.length;
            int cut = end ? filled : lastBlockEnd(buffer, filled, split);
            if (cut == 0 && !end) {
                long before = sink.unitsSoFar();
                UnitReader rest = new UnitReader(split, sourceName, sink, before);
                InputStream unread = new SequenceInputStream(new ByteArrayInputStream(buffer, 0, filled), in);
                rest.read(CharsetSniffer.reader(unread, charset), 0, name, chars);
                return blank && rest.count() == before;
            }
            if (cut > 0) {
                byte[] region = Arrays.copyOf(buffer, cut);
                blank = blank && isBlank(region, charset);
                sink.region(region, charset, chars);
                chars += charset.equals(StandardCharsets.UTF_8) ? Utf8.chars(region) : region.length;
                System.arraycopy(buffer, cut, buffer, 0, filled - cut);
                filled -= cut;
            }
            if (end) {
                return blank;
            }
        }
    }

    /** Where the last whole block in {@code bytes[0, length)} ends; 0 if none does. */
    static int lastBlockEnd(byte[] bytes, int length, SplitMode split) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (split == SplitMode.LINES) {
                return i + 1;
            }
            // Sentences: the line this feed ends must be blank. Only ASCII blanks are looked for; a line
            // of other whitespace is blank too, but missing a block end only makes a region shorter.
            int j = i - 1;
            while (j >= 0 && isAsciiBlank(bytes[j])) {
                j--;
            }
            if (j < 0 || bytes[j] == '\n') {
                return i + 1;
            }
            i = j + 1;
        }
        return 0;
    }

    /** Space, tab, vertical tab, form feed and carriage return: the line feed is the caller's. */
    private static boolean isAsciiBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    /** Whether a region is all whitespace; decodes only when non-ASCII bytes come before any other ASCII. */
    private static boolean isBlank(byte[] region, Charset charset) {
        for (byte b : region) {
            if (b < 0) {
                String text = new String(region, charset);
                return Whitespace.skip(text, 0) == text.length();
            }
            if (b != '\n' && !isAsciiBlank(b)) {
                return false;
            }
        }
        return true;
    }
}
