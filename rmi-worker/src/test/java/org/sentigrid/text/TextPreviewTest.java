package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start of a file's text, as the window shows a file document. */
class TextPreviewTest {
    @TempDir
    Path dir;

    @Test
    void givesTheFirstLinesAndSaysThereIsMore() throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"),
                IntStream.rangeClosed(1, 1000).mapToObj(i -> "Line " + i + ".\n").collect(Collectors.joining()));

        TextPreview preview = TextPreview.of(new Source("story.txt", file), 200);

        assertThat(preview.text()).startsWith("Line 1.\nLine 2.\n").endsWith("Line 200.\n").doesNotContain("Line 201.");
        assertThat(preview.more()).isTrue();
    }

    @Test
    void aShortFileWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("short.txt"), "One.\nTwo.");

        assertThat(TextPreview.of(new Source("short.txt", file), 200)).isEqualTo(new TextPreview("One.\nTwo.", false));
    }

    @Test
    void decodesAsAnalyzeDoes() throws Exception {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, ("\uFEFFCafé ☕ is lovely.\n").getBytes(StandardCharsets.UTF_16LE));

        assertThat(TextPreview.of(new Source("utf16.txt", file), 200).text()).isEqualTo("Café ☕ is lovely.\n");
    }

    @Test
    void aDocumentShowsItsTextNotItsMarkup() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><body><p>Hello there.</p><p>Second one.</p></body></html>");

        assertThat(TextPreview.of(new Source("page.html", file), 200).text())
                .contains("Hello there.", "Second one.").doesNotContain("<p>");
    }

    @Test
    void oneHugeLineStopsAtTheLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("one-line.txt"), "word ".repeat(100_000));

        TextPreview preview = TextPreview.of(new Source("one-line.txt", file), 200);

        assertThat(preview.text()).hasSize(TextPreview.MAX_CHARS);
        assertThat(preview.more()).isTrue();
    }

    @Test
    void aBinaryFileIsRefusedAsReadingRefusesIt() throws Exception {
        Path file = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 1, 2, 3});

        assertThatThrownBy(() -> TextPreview.of(new Source("photo.jpg", file), 200))
                .isInstanceOf(InputProblem.class).hasMessageContaining("binary");
    }
}
