package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitModesTest {
    private static final String REVIEW = "  Great food. Slow\r\nservice!\r\n\r\n\tWould  come back.   \n   \nOK\rbye\n";

    @TempDir
    Path dir;

    @Test
    void sentencesKeepWrappedLinesTogetherAndEndAtBlankLines() throws Exception {
        CollectingSink sink = read(REVIEW, SplitMode.SENTENCES);

        assertThat(sink.texts()).containsExactly("Great food.", "Slow\r\nservice!", "Would  come back.", "OK\rbye");
        sink.assertOffsetsInto(REVIEW);
        assertThat(sink.units).allSatisfy(unit -> assertThat(unit.record()).isZero());
    }

    @Test
    void linesMakeOneTrimmedUnitPerNonBlankLine() throws Exception {
        CollectingSink sink = read(REVIEW, SplitMode.LINES);

        assertThat(sink.texts()).containsExactly("Great food. Slow", "service!", "Would  come back.", "OK", "bye");
        sink.assertOffsetsInto(REVIEW);
    }

    @Test
    void noneMakesTheWholeTrimmedInputOneUnit() throws Exception {
        CollectingSink sink = read(REVIEW, SplitMode.NONE);

        assertThat(sink.texts()).containsExactly(REVIEW.strip());
        sink.assertOffsetsInto(REVIEW);
        assertThat(sink.units.get(0).start()).isEqualTo(2);
    }

    @Test
    void whitespaceOnlyInputHasNoUnitsInAnyMode() throws Exception {
        for (SplitMode mode : SplitMode.values()) {
            CollectingSink sink = read(" \n\t\r\n \u00A0\n", mode);

            assertThat(sink.units).as(mode.id()).isEmpty();
            assertThat(sink.warnings).as(mode.id()).containsExactly("input.txt is empty.");
        }
    }

    @Test
    void aQuotedQuestionOrExclamationDoesNotEndTheSentenceItIsPartOf() throws Exception {
        String text = "\"Really?\" he asked. \u201CWow!\u201D she said, \u201Cno way.\u201D \"Why?\" Nobody knew. Is it? It is! yes.";
        CollectingSink sink = read(text, SplitMode.SENTENCES);

        assertThat(sink.texts()).containsExactly("\"Really?\" he asked.", "\u201CWow!\u201D she said, \u201Cno way.\u201D",
                "\"Why?\"", "Nobody knew.", "Is it?", "It is!", "yes.");
        sink.assertOffsetsInto(text);
    }

    @Test
    void aParagraphSeparatorEndsASentenceButALineSeparatorDoesNot() throws Exception {
        String text = "one\u2028two\u2029three";
        CollectingSink sink = read(text, SplitMode.SENTENCES);

        assertThat(sink.texts()).containsExactly("one\u2028two", "three");
        sink.assertOffsetsInto(text);
    }

    @Test
    void anyExtensionIsPlainText() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.md"), "# Title\n\nBody text. More.");
        CollectingSink sink = CollectingSink.read(file, InputOptions.defaults());

        assertThat(sink.texts()).containsExactly("# Title", "Body text.", "More.");
        assertThat(sink.units).allSatisfy(unit -> assertThat(unit.source()).isEqualTo("notes.md"));
    }

    private CollectingSink read(String text, SplitMode mode) throws Exception {
        return CollectingSink.read(Files.writeString(dir.resolve("input.txt"), text), mode);
    }
}
