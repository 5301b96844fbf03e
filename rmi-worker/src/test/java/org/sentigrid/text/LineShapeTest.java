package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When splitting into sentences would join lines that are texts of their own, the reader says so. */
class LineShapeTest {
    private static final String REVIEWS = """
            i love this phone
            the battery is terrible
            worst service ever
            Great food
            would not buy again :(
            """;

    /** The first lines of a novel, hard-wrapped at 70 columns as Project Gutenberg's texts are. */
    private static final String WRAPPED_PROSE = """
            It is a truth universally acknowledged, that a single man in possession
            of a good fortune, must be in want of a wife. However little known the
            feelings or views of such a man may be on his first entering a
            neighbourhood, this truth is so well fixed in the minds of the
            surrounding families, that he is considered the rightful property of
            some one or other of their daughters.
            """;

    @Test
    void shortLinesWithoutFullStopsAreTextsOfTheirOwn() {
        assertThat(LineShape.oneTextALine(REVIEWS)).isTrue();
        assertThat(LineShape.oneTextALine(REVIEWS.replace("\n", "\r\n"))).isTrue();
    }

    @Test
    void hardWrappedProseIsNot() {
        assertThat(LineShape.oneTextALine(WRAPPED_PROSE)).isFalse();
    }

    @Test
    void wrappedProseWhoseSentencesStartMidLineIsNot() {
        // Each run-on line is measured whole, not from where its sentence starts ("It", "But the screen...").
        String review = """
                The battery is fine. But the screen is dim and the
                speaker crackles at high volume. The case is good. It
                ships with a charger and a cable. The manual is thin but
                clear enough. Overall a decent buy for the price asked.
                """;
        assertThat(LineShape.oneTextALine(review)).isFalse();
    }

    @Test
    void proseWrappedNarrowlyIsNot() {
        String column = """
                The battery is fine. But the
                screen is dim and the speaker
                crackles at high volume. The
                case is good and it ships
                with a charger and a cable.
                """;
        assertThat(LineShape.oneTextALine(column)).isFalse();
    }

    @Test
    void linesThatEndTheirSentencesAreNot() {
        assertThat(LineShape.oneTextALine("I love this phone.\nThe battery is terrible!\nWorst service ever?\nGreat food.\n"))
                .isFalse();
    }

    @Test
    void listItemsAndBlankLineParagraphsAreCutAlreadySoNotThem() {
        assertThat(LineShape.oneTextALine("Pros:\n1. fast\n2. cheap\n3. quiet\n4. light\n")).isFalse();
        assertThat(LineShape.oneTextALine("i love this phone\n\nthe battery is terrible\n\nworst service ever\n")).isFalse();
    }

    @Test
    void twoLinesAreTooFewToTell() {
        assertThat(LineShape.oneTextALine("i love this phone\nthe battery is terrible\n")).isFalse();
    }

    @Test
    void theWarningNamesTheSourceAndWhatToDo() {
        assertThat(LineShape.warning("reviews.txt")).startsWith("reviews.txt: ").contains("--split lines")
                .contains("Split into: Lines");
    }
}
