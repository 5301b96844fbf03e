package org.sentigrid.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextUnit;

/** Saved sessions: what is written is what is read, and a crash or damage never passes for a session. */
class SessionFileTest {
    @TempDir
    Path dir;

    static final SessionSettings SETTINGS = new SessionSettings(EngineMode.NLTK, SplitMode.LINES, 0.2, 40,
            org.sentigrid.engine.LexiconOverlay.empty().with("kindly", "remove").with("sick beat", "2.5").with("mega", "booster"));

    @Test
    void aSessionReadsBackAsItWasWritten() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.csv"), "text\nGood.\n");
        Path survey = Files.writeString(dir.resolve("survey.xlsx"), "a workbook's bytes");
        SessionHeader header = new SessionHeader(SETTINGS, List.of(SessionDocument.text("Text 1", "Good. Bad."),
                SessionDocument.file("notes.csv", notes, "text", null),
                SessionDocument.file("survey.xlsx", survey, "comment", null, "Q2")));
        Path file = dir.resolve("a.sentigrid");
        SessionFile.write(file, header, sink -> replay(sink, 10_000));

        Collected read = new Collected();
        SessionFile.Opened opened = SessionFile.read(file, read);

        assertThat(opened.header()).isEqualTo(header);
        assertThat(opened.header().documents().get(2).sheet()).isEqualTo("Q2");
        assertThat(opened.documents()).isEqualTo(2);
        assertThat(opened.units()).isEqualTo(10_001);
        Collected written = new Collected();
        replay(written, 10_000);
        assertThat(read.lines).isEqualTo(written.lines);
        assertThat(header.documents().get(1).changed()).isNull();
    }

    @Test
    void aCrashWhileSavingLeavesTheOldSessionReadable() throws Exception {
        Path file = dir.resolve("a.sentigrid");
        SessionHeader header = new SessionHeader(SETTINGS, List.of(SessionDocument.text("Text 1", "Good.")));
        SessionFile.write(file, header, sink -> replay(sink, 100));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SessionFile.write(file, header, sink -> {
            replay(sink, 50_000);
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");
        // A crash between the temporary file and the rename leaves a .part beside the session.
        Files.write(dir.resolve(".a.sentigrid.12345.part"), new byte[] {'S', 'G'});

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(SessionFile.read(file, new Collected()).units()).isEqualTo(101);
    }

    @Test
    void aDamagedOrIncompleteSessionIsRefused() throws Exception {
        Path file = dir.resolve("a.sentigrid");
        SessionFile.write(file, new SessionHeader(SETTINGS, List.of()), sink -> replay(sink, 20_000));
        byte[] whole = Files.readAllBytes(file);

        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x40;
        Path damaged = Files.write(dir.resolve("damaged.sentigrid"), flipped);
        assertThatThrownBy(() -> SessionFile.read(damaged, new Collected()))
                .isInstanceOf(SessionFile.Unreadable.class).hasMessageContaining("damaged.sentigrid is damaged");

        Path cut = Files.write(dir.resolve("cut.sentigrid"), java.util.Arrays.copyOf(whole, whole.length - 30));
        assertThatThrownBy(() -> SessionFile.read(cut, new Collected()))
                .isInstanceOf(SessionFile.Unreadable.class).hasMessageContaining("cut.sentigrid is damaged");

        Path text = Files.writeString(dir.resolve("notes.sentigrid"), "Just some notes.");
        assertThatThrownBy(() -> SessionFile.read(text, new Collected()))
                .isInstanceOf(SessionFile.Unreadable.class).hasMessage("notes.sentigrid is not a Sentigrid session.");
    }

    @Test
    void aFileThatChangedSaysSo() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Good.");
        SessionDocument kept = SessionDocument.file("notes.txt", notes, null, null);
        Files.writeString(notes, "Good. Bad.");
        assertThat(kept.changed()).isEqualTo("notes.txt has changed since (its size is not the same)");
        Files.delete(notes);
        assertThat(kept.changed()).startsWith("notes.txt is no longer there");
    }

    /** Document "Text 1" with one unit, then "big" with {@code units} units from two workers. */
    static void replay(ResultsSink sink, int units) throws IOException {
        sink.document("Text 1");
        sink.units(ScoredChunk.of(List.of(new TextUnit("Text 1", 1, "Good.", 0, 0, 5)),
                List.of(new SentimentScores(0, 0.256, 0.744, 0.4404)), "local-1"));
        sink.document("big");
        for (int from = 1; from <= units; from += SessionFile.CHUNK_UNITS) {
            List<TextUnit> chunk = new ArrayList<>();
            List<SentimentScores> scores = new ArrayList<>();
            List<String> workers = new ArrayList<>();
            for (int u = from; u < from + SessionFile.CHUNK_UNITS && u <= units; u++) {
                chunk.add(new TextUnit("big", u, "Unit ✓ " + u, u / 10, u % 10, u % 10 + 7));
                scores.add(new SentimentScores(0.1, 0.8, 0.1, (u % 200 - 100) / 100.0));
                workers.add(u % 3 == 0 ? "local-2" : "local-1");
            }
            sink.units(new ScoredChunk(chunk, scores, workers));
        }
    }

    /** Everything a reader hands over, as comparable lines. */
    static final class Collected implements ResultsSink {
        final List<String> lines = new ArrayList<>();

        @Override
        public void document(String name) {
            lines.add("document " + name);
        }

        @Override
        public void units(ScoredChunk chunk) {
            for (int i = 0; i < chunk.size(); i++) {
                lines.add(chunk.units().get(i) + " " + chunk.scores().get(i) + " " + chunk.workers().get(i));
            }
        }
    }
}
