package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
    private static final String TEXT = "Café crème, naïve résumé. Ça coûte 5 € — “trop”!";

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBom() throws Exception {
        assertDecoded(bytes(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomLeavesTheBomOutOfTextAndOffsets() throws Exception {
        assertDecoded(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        assertDecoded(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        assertDecoded(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() throws Exception {
        String text = "Café crème – “quoted”. Second sentence.";
        Path file = Files.write(dir.resolve("legacy.txt"), text.getBytes(Charset.forName("windows-1252")));

        CollectingSink sink = CollectingSink.read(file, SplitMode.SENTENCES);

        assertThat(sink.texts()).containsExactly("Café crème – “quoted”.", "Second sentence.");
        sink.assertOffsetsInto(text);
        assertThat(sink.warnings).containsExactly("legacy.txt is not valid UTF-8; read as windows-1252.");
    }

    @Test
    void aSingleInvalidByteLateInALargeFileDecidesTheWholeFile() throws Exception {
        String valid = "Plain ASCII line.\n".repeat(20_000);
        Path file = Files.write(dir.resolve("late.txt"),
                bytes(valid.getBytes(StandardCharsets.UTF_8), "Na\u00EFve.".getBytes(Charset.forName("windows-1252"))));

        CollectingSink sink = CollectingSink.read(file, SplitMode.LINES);

        assertThat(sink.units).hasSize(20_001);
        assertThat(sink.units.get(20_000).text()).isEqualTo("Naïve.");
        assertThat(sink.warnings).containsExactly("late.txt is not valid UTF-8; read as windows-1252.");
    }

    @Test
    void nulBytesMakeABinaryFile() throws Exception {
        Path file = Files.write(dir.resolve("reviews.bin"), bytes("GIF89a".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1, 2, 3}));

        assertThatThrownBy(() -> CollectingSink.read(file, SplitMode.SENTENCES))
                .isInstanceOf(InputProblem.class)
                .hasMessage("reviews.bin looks like a binary file, not text; give Sentigrid plain text, CSV, TSV, JSON Lines, a spreadsheet or a document.");
    }

    @Test
    void mostlyControlBytesMakeABinaryFile() throws Exception {
        byte[] controls = new byte[600];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path file = Files.write(dir.resolve("data.dat"), controls);

        assertThatThrownBy(() -> CollectingSink.read(file, SplitMode.SENTENCES))
                .hasMessageStartingWith("data.dat looks like a binary file");
    }

    @Test
    void emptyFileGivesAWarningAndNoUnits() throws Exception {
        Path file = Files.write(dir.resolve("x.txt"), new byte[0]);

        CollectingSink sink = CollectingSink.read(file, SplitMode.SENTENCES);

        assertThat(sink.units).isEmpty();
        assertThat(sink.warnings).containsExactly("x.txt is empty.");
    }

    @Test
    void standardInputIsSpooledAndDecodedLikeAFile() throws Exception {
        byte[] input = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "From a pipe. Two sentences.".getBytes(StandardCharsets.UTF_16LE));
        List<Path> spoolsBefore = spoolFiles();

        CollectingSink sink = readStdin(new ByteArrayInputStream(input));

        assertThat(sink.texts()).containsExactly("From a pipe.", "Two sentences.");
        assertThat(sink.units).allSatisfy(unit -> assertThat(unit.source()).isEqualTo("-"));
        assertThat(spoolFiles()).as("temporary copies left behind").isSubsetOf(spoolsBefore);
    }

    @Test
    void standardInputWarningsNameIt() throws Exception {
        CollectingSink empty = readStdin(new ByteArrayInputStream(new byte[0]));
        CollectingSink legacy = readStdin(new ByteArrayInputStream("Caf\u00E9.".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(empty.warnings).containsExactly("standard input is empty.");
        assertThat(legacy.texts()).containsExactly("Café.");
        assertThat(legacy.warnings).containsExactly("standard input is not valid UTF-8; read as windows-1252.");
    }

    private void assertDecoded(byte[] content) throws Exception {
        Path file = Files.write(dir.resolve("review.txt"), content);

        CollectingSink sink = CollectingSink.read(file, SplitMode.SENTENCES);

        assertThat(sink.texts()).containsExactly("Café crème, naïve résumé.", "Ça coûte 5 € — “trop”!");
        sink.assertOffsetsInto(TEXT);
        assertThat(sink.warnings).isEmpty();
    }

    private static CollectingSink readStdin(InputStream stdin) throws InputProblem {
        InputStream original = System.in;
        System.setIn(stdin);
        try {
            CollectingSink sink = new CollectingSink();
            TextInput.read(Source.stdin(), InputOptions.defaults(), sink);
            return sink;
        } finally {
            System.setIn(original);
        }
    }

    private static List<Path> spoolFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("sentigrid-stdin-")).toList();
        }
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }
}
