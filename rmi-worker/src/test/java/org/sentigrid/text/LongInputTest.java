package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paragraphs longer than a chunk, and runs longer than the unit cap. */
class LongInputTest {
    @TempDir
    Path dir;

    @Test
    void aParagraphLongerThanAChunkIsCutAtSentenceEndsWithoutLosingText() throws Exception {
        // Hard-wrapped, no blank line anywhere: one paragraph of about 3 chunks.
        String text = IntStream.range(0, 80_000)
                .mapToObj(i -> "Sentence " + i + " is about Dr. No" + (i % 7 == 0 ? ".\n" : ". "))
                .collect(Collectors.joining());
        assertThat(text.length()).isGreaterThan(2 * UnitReader.CHUNK);

        CollectingSink sink = read("long.txt", text, SplitMode.SENTENCES);

        assertThat(sink.units).hasSize(80_000);
        assertThat(sink.units).allSatisfy(unit -> assertThat(unit.text()).matches("Sentence \\d+ is about Dr\\. No\\."));
        assertThat(sink.units.get(79_999).text()).isEqualTo("Sentence 79999 is about Dr. No.");
        sink.assertOffsetsInto(text);
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void listItemsInAParagraphLongerThanAChunkAreCutAsInAShortOne() throws Exception {
        // Whether "1)" is a list marker depends on the "2)" after it: a chunk's cut must not change that.
        String list = "Pros: 1) Cheap 2) Fast 3) Quiet. Cons: a. Loud b. Heavy.\n";
        String text = list.repeat(2 * UnitReader.CHUNK / list.length() + 100);

        CollectingSink sink = read("lists.txt", text, SplitMode.SENTENCES);

        List<String> one = List.of("Pros:", "1) Cheap", "2) Fast", "3) Quiet.", "Cons:", "a. Loud", "b. Heavy.");
        List<String> texts = sink.texts();
        assertThat(texts).hasSize(one.size() * (text.length() / list.length()));
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).equals(one.get(i % one.size()))) { // no assertion per unit: there are 260,000
                assertThat(texts.get(i)).as("unit %d", i + 1).isEqualTo(one.get(i % one.size()));
            }
        }
        sink.assertOffsetsInto(text);
    }

    @Test
    void aSentenceLongerThanTheCapIsCutAtItsLastWhitespaceWithAWarning() throws Exception {
        String run = "Word " + "word ".repeat(UnitReader.MAX_UNIT / 5 + 1000);
        String text = "Short one. " + run + "end. Next one.";

        CollectingSink sink = read("run.txt", text, SplitMode.SENTENCES);

        assertThat(sink.units).hasSize(4);
        assertThat(sink.units.get(0).text()).isEqualTo("Short one.");
        TextUnit cut = sink.units.get(1);
        TextUnit rest = sink.units.get(2);
        assertThat(cut.text().length()).isBetween(UnitReader.MAX_UNIT - 6, UnitReader.MAX_UNIT);
        assertThat(cut.text().startsWith("Word word") && cut.text().endsWith("word")).as("cut at a space").isTrue();
        assertThat(rest.start()).isEqualTo(cut.end() + 1);
        assertThat(rest.text().startsWith("word") && rest.text().endsWith("word end.")).as("the rest").isTrue();
        assertThat(sink.units.get(3).text()).isEqualTo("Next one.");
        sink.assertOffsetsInto(text);
        assertThat(sink.warnings).containsExactly("run.txt has a sentence longer than 16,777,216 characters;"
                + " it was cut into pieces, starting with unit 2.");
    }

    @Test
    void aRunWithoutWhitespaceIsCutHardAtTheCapButNeverInsideASurrogatePair() throws Exception {
        String text = "x" + "\uD83D\uDE00".repeat(UnitReader.MAX_UNIT / 2 + 10);

        CollectingSink sink = read("emoji.txt", text, SplitMode.SENTENCES);

        assertThat(sink.units).extracting(unit -> unit.text().length()).containsExactly(UnitReader.MAX_UNIT - 1, 22);
        sink.assertOffsetsInto(text);
        assertThat(sink.warnings).hasSize(1);
    }

    @Test
    void aLineLongerThanTheCapIsCutWithAWarning() throws Exception {
        String text = "first line\n" + "w ".repeat(UnitReader.MAX_UNIT / 2 + 5) + "\nlast line";

        CollectingSink sink = read("lines.txt", text, SplitMode.LINES);

        assertThat(sink.units).extracting(unit -> unit.text().length()).as("unit lengths")
                .containsExactly(10, UnitReader.MAX_UNIT - 1, 9, 9);
        assertThat(sink.units.get(3).text()).isEqualTo("last line");
        sink.assertOffsetsInto(text);
        assertThat(sink.warnings).containsExactly("lines.txt has a line longer than 16,777,216 characters;"
                + " it was cut into pieces, starting with unit 2.");
    }

    private CollectingSink read(String name, String text, SplitMode mode) throws Exception {
        return CollectingSink.read(Files.writeString(dir.resolve(name), text), mode);
    }
}
