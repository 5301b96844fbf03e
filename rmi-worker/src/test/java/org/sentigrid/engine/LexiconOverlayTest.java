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
        assertThat(overlay.entries()).containsExactly(Map.entry("good", new LexiconOverlay.Entry(LexiconOverlay.Kind.WORD, -1.0)),
                Map.entry("sentigrid", new LexiconOverlay.Entry(LexiconOverlay.Kind.WORD, 2.5)));

        SentimentAnalyzer plain = SentimentAnalyzer.of(EngineMode.VADER);
        SentimentAnalyzer custom = SentimentAnalyzer.of(EngineMode.VADER, overlay);
        assertThat(plain.score("Sentigrid").compound()).isZero();
        assertThat(custom.score("Sentigrid").compound()).isPositive();
        assertThat(plain.score("good").compound()).isPositive();
        assertThat(custom.score("good").compound()).isNegative();
        assertThat(SentimentAnalyzer.of(EngineMode.NLTK, overlay).score("sentigrid!").compound()).isPositive();
    }

    @Test
    void removedWordsNoLongerCount() throws IOException {
        SentimentAnalyzer custom = SentimentAnalyzer.of(EngineMode.VADER, LexiconOverlay.read(write("kindly\tremove\n")));
        assertThat(SentimentAnalyzer.of(EngineMode.VADER).score("Kindly refund me").compound()).isPositive();
        assertThat(custom.score("Kindly refund me").compound()).isZero();
        // Removed, not merely zero: "no" before a lexicon word negates it, before any other word it is negative.
        SentimentAnalyzer noGreat = SentimentAnalyzer.of(EngineMode.VADER, LexiconOverlay.read(write("great\tremove\n")));
        assertThat(noGreat.score("no great").compound()).isNegative();
        SentimentAnalyzer zeroGreat = SentimentAnalyzer.of(EngineMode.VADER, LexiconOverlay.read(write("great\t0\n")));
        assertThat(zeroGreat.score("no great").compound()).isZero();
    }

    @Test
    void boostersAndDampenersChangeTheWordAfterThem() throws IOException {
        SentimentAnalyzer plain = SentimentAnalyzer.of(EngineMode.VADER);
        LexiconOverlay overlay = LexiconOverlay.read(write("mega\tbooster\nkinda sorta\tdampener\nvery\tremove\n"));
        SentimentAnalyzer custom = SentimentAnalyzer.of(EngineMode.VADER, overlay);
        assertThat(custom.score("mega good").compound()).isGreaterThan(plain.score("mega good").compound())
                .isEqualTo(plain.score("really good").compound());
        assertThat(custom.score("it was kinda sorta good").compound()).isLessThan(plain.score("it was kinda sorta good").compound());
        assertThat(custom.score("very good").compound()).isEqualTo(plain.score("good").compound());
        assertThat(custom.explain("mega good").tokens().get(1).rules()).containsExactly(Rule.BOOSTER);
    }

    @Test
    void idiomsReplaceTheValenceOfTheWordTheyStandBy() throws IOException {
        SentimentAnalyzer plain = SentimentAnalyzer.of(EngineMode.VADER);
        SentimentAnalyzer custom = SentimentAnalyzer.of(EngineMode.VADER,
                LexiconOverlay.read(write("Sick  Beat\t2.5\nbroken heart\tremove\n")));
        assertThat(plain.score("this is a sick beat").compound()).isNegative();
        assertThat(custom.score("this is a sick beat").compound()).isPositive();
        assertThat(custom.explain("this is a sick beat").tokens().get(3).rules()).containsExactly(Rule.IDIOM);
        // As in VADER, idioms are looked for only from a unit's fourth word on.
        assertThat(custom.score("a sick beat").compound()).isEqualTo(plain.score("a sick beat").compound());
        assertThat(plain.score("he has a broken heart").compound()).isNotEqualTo(custom.score("he has a broken heart").compound());
    }

    @Test
    void anOverlayTravelsAsJobSettingsAndComesBackTheSame() throws IOException {
        LexiconOverlay overlay = LexiconOverlay.read(write("mega\tbooster\nmeh\tdampener\nkindly\tremove\nsick beat\t2.5\nzoinks\t-1.25\n"));
        SentimentAnalyzer custom = SentimentAnalyzer.of(EngineMode.NLTK, overlay);
        SentimentAnalyzer received = SentimentAnalyzer.of(custom.jobSettings());
        assertThat(received.overlay()).isEqualTo(overlay);
        assertThat(received.fingerprint()).isEqualTo(custom.fingerprint());
        assertThat(received.mode()).isEqualTo(EngineMode.NLTK);
    }

    @Test
    void theTextOfAnOverlayReadsBackTheSame() throws IOException {
        LexiconOverlay overlay = LexiconOverlay.empty().with("Zoinks", "-1.25").with("mega", "booster")
                .with("kindly", "remove").with("sick  beat", "2.5").with("meh", "dampener");
        assertThat(LexiconOverlay.read(write(overlay.text()))).isEqualTo(overlay);
        assertThat(overlay.text()).contains("zoinks\t-1.25\n", "mega\tbooster\n", "kindly\tremove\n", "sick beat\t2.5\n");
        assertThat(overlay.without("ZOINKS").entries()).doesNotContainKey("zoinks").hasSize(4);
    }

    @Test
    void badLinesAreNamedWithWhatToDo() throws IOException {
        assertError("happy 2.0\n", "words.txt line 1 has no tab between the word and its valence");
        assertError("ok\t1\nhappy\thigh\n", "words.txt line 2: 'high' is not a number");
        assertError("happy\t9\n", "words.txt line 1: valence 9 is outside VADER's scale; use a number from -4 to 4");
        assertError("\t1\n", "words.txt line 1 has no word before the tab");
        assertError("as happy as can be\t1\n", "words.txt line 1: 'as happy as can be' has 5 words; VADER looks up single words, and idioms of two or three");
        assertError("ever so very much\tbooster\n", "has 4 words; VADER's boosters have one to three");
        assertError("happy\tboost\n", "'boost' is not a number; write a valence from -4 to 4 (or booster, dampener, remove)");
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
