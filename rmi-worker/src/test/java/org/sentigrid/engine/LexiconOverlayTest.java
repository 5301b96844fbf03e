package org.sentigrid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;

class LexiconOverlayTest {
    @TempDir
    Path dir;

    @Test
    void overlayAddsAndReplacesWords() throws IOException {
        Path file = write("# my domain words\n\nSentigrid\t2.5\ngood\t-1.0\t0.5\t[-1, -1]\n");
        LexiconOverlay overlay = LexiconOverlay.read(file);
        assertThat(overlay.entries()).containsExactly(Map.entry("good", -1.0), Map.entry("sentigrid", 2.5));

        SentimentAnalyzer plain = SentimentAnalyzer.of(EngineMode.VADER);
        SentimentAnalyzer custom = SentimentAnalyzer.of(EngineMode.VADER, overlay);
        assertThat(plain.score("Sentigrid").compound()).isZero();
        assertThat(custom.score("Sentigrid").compound()).isPositive();
        assertThat(plain.score("good").compound()).isPositive();
        assertThat(custom.score("good").compound()).isNegative();
        assertThat(SentimentAnalyzer.of(EngineMode.NLTK, overlay).score("sentigrid!").compound()).isPositive();
    }

    @Test
    void badLinesAreNamedWithWhatToDo() throws IOException {
        assertError("happy 2.0\n", "words.txt line 1 has no tab between the word and its valence");
        assertError("ok\t1\nhappy\thigh\n", "words.txt line 2: 'high' is not a number");
        assertError("happy\t9\n", "words.txt line 1: valence 9 is outside VADER's scale; use a number from -4 to 4");
        assertError("\t1\n", "words.txt line 1 has no word before the tab");
        assertError("very happy\t1\n", "words.txt line 1: 'very happy' contains a space");
        assertError("happy\t1\nHappy\t2\n", "words.txt line 2 repeats 'happy' from line 1");
        assertError("happy\tNaN\n", "outside VADER's scale");
    }

    @Test
    void nonUtf8FilesAreRefusedPlainly() throws IOException {
        Path file = dir.resolve("words.txt");
        Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', '1', '\n'});
        assertThatThrownBy(() -> LexiconOverlay.read(file)).isInstanceOf(LexiconFormatException.class)
                .hasMessage("words.txt is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void mapOverlaysAreValidatedToo() {
        assertThatThrownBy(() -> LexiconOverlay.of(Map.of("great", 7.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use a number from -4 to 4");
    }

    private void assertError(String content, String expected) throws IOException {
        Path file = write(content);
        assertThatThrownBy(() -> LexiconOverlay.read(file)).isInstanceOf(LexiconFormatException.class)
                .hasMessageContaining(expected);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("words.txt"), content, StandardCharsets.UTF_8);
    }
}
