package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.Rule;
import org.sentigrid.engine.TokenExplanation;
import org.sentigrid.format.Reference.Unit;

/** Every format's bytes against the writers they replace (see {@link Reference}). */
class RowFormatTest {
    private static final SentimentScores LOVE = new SentimentScores(0.0, 0.254, 0.746, 0.6369);

    /** head + unit number + tail, with the text given as a range of a larger string. */
    private static byte[] record(RowFormat format, Unit unit) {
        String around = "\ud83d<" + unit.text() + ">\ude00";
        Bytes out = new Bytes(1).append(format.head(unit.source())).appendLong(unit.unit());
        format.tail(out, around, 2, 2 + unit.text().length(), unit.scores(), unit.label(), unit.record(),
                unit.start(), unit.end(), unit.explanation(), KeptOutput.NONE, List.of());
        return out.toByteArray();
    }

    private static void assertAsReference(RowFormat format, Unit unit) {
        byte[] expected = Reference.record(format, unit);
        byte[] actual = record(format, unit);
        if (!Arrays.equals(actual, expected)) { // the strings show where, the bytes are what counts
            assertThat(new String(actual, StandardCharsets.UTF_8)).as("%s %s", format, unit)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(actual).as("%s %s", format, unit).isEqualTo(expected);
        }
    }

    private static Unit unit(String source, String text, SentimentScores scores, long record, Explanation explanation) {
        return new Unit(source, 12, text, scores, scores.label(SentimentLabel.DEFAULT_THRESHOLD), record,
                3, 3 + text.length(), explanation);
    }

    private static Explanation explanation(String token) {
        return new Explanation(LOVE, List.of(
                new TokenExplanation(token, 0, 4, OptionalDouble.empty(), 0.0, Set.of()),
                new TokenExplanation("good", 5, 9, OptionalDouble.of(1.9), 2.193, Set.of(Rule.BOOSTER, Rule.ALL_CAPS)),
                new TokenExplanation(token, 10, 12, OptionalDouble.of(-2.5), -2.5, Set.of()),
                new TokenExplanation("ok", 13, 15, OptionalDouble.empty(), -1.5, Set.of(Rule.IDIOM))), 0.292);
    }

    @ParameterizedTest
    @EnumSource(RowFormat.class)
    void headersAreAsBefore(RowFormat format) {
        assertThat(format.header(false, KeptOutput.NONE)).isEqualTo(Reference.header(format, false));
        assertThat(format.header(true, KeptOutput.NONE)).isEqualTo(Reference.header(format, true));
    }

    @ParameterizedTest
    @EnumSource(RowFormat.class)
    void trickyStringsAreQuotedEscapedAndEncodedAsBefore(RowFormat format) {
        for (String text : Strings.tricky()) {
            assertAsReference(format, unit(text, text, LOVE, 0, null));
            assertAsReference(format, unit("in.csv", text, LOVE, 7, explanation(text)));
        }
    }

    @ParameterizedTest
    @EnumSource(RowFormat.class)
    void randomNastyStringsToo(RowFormat format) {
        List<String> strings = Strings.random(4_000, 10, 4);
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            assertAsReference(format, unit(strings.get(strings.size() - 1 - i), text, LOVE, i % 3, null));
        }
        for (String text : Strings.random(500, 10, 5)) {
            assertAsReference(format, unit("-", "x", LOVE, 1, explanation(text)));
        }
    }

    @ParameterizedTest
    @EnumSource(RowFormat.class)
    void scoresAreWrittenAsBefore(RowFormat format) {
        for (int k = 0; k <= 10_000; k++) {
            double compound = k / 5_000.0 - 1;
            assertAsReference(format, unit("s", "t", new SentimentScores(k / 10_000.0, 1 - k / 10_000.0,
                    k % 1_001 / 1_000.0, compound), k, null));
        }
        Random random = new Random(6);
        for (int i = 0; i < 10_000; i++) {
            assertAsReference(format, unit("s", "t", new SentimentScores(random.nextDouble(), random.nextDouble(),
                    random.nextDouble(), random.nextDouble() * 2 - 1), 0, null));
        }
        assertAsReference(format, unit("s", "t", new SentimentScores(-0.0, 0.0, 1.0, -0.0), 0, null));
        assertAsReference(format, unit("s", "t", new SentimentScores(0.0, 0.0, 0.0, -0.00001), 0, null));
    }

    @ParameterizedTest
    @EnumSource(RowFormat.class)
    void explanationsAreWrittenAsBefore(RowFormat format) {
        assertAsReference(format, unit("s", "t", LOVE, 2, new Explanation(LOVE, List.of(), 0)));
        assertAsReference(format, unit("s", "t", LOVE, 2, new Explanation(LOVE, List.of(), -0.5)));
        assertAsReference(format, unit("s", "t", LOVE, 2, explanation("very")));
    }

    @ParameterizedTest
    @EnumSource(RowFormat.class)
    void aVerbatimTextIsItsPlainBytesBetweenThePrefixAndTheRest(RowFormat format) {
        SentimentScores scores = new SentimentScores(0.1, 0.7, 0.2, 0.3612);
        List<String> texts = new java.util.ArrayList<>(Strings.tricky());
        texts.addAll(Strings.random(2_000, 40, 99));
        texts.add("A plain sentence, with a comma? No: quotes needed there.");
        int verbatim = 0;
        for (String text : texts) {
            Bytes tail = new Bytes();
            format.tail(tail, text, 0, text.length(), scores, SentimentLabel.POSITIVE, 0, 5, 5 + text.length(), null, KeptOutput.NONE, List.of());
            Bytes pieces = new Bytes().append(format.verbatimPrefix());
            if (format.verbatim(text, 0, text.length())) {
                verbatim++;
                pieces.appendUtf8(text, 0, text.length());
            } else {
                format.textBody(pieces, text, 0, text.length());
            }
            format.afterText(pieces, scores, SentimentLabel.POSITIVE, 0, 5, 5 + text.length(), null);
            assertThat(pieces.toByteArray()).as("%s %s", format, text).isEqualTo(tail.toByteArray());
            if (format.verbatim(text, 0, text.length())) {
                byte[] plain = new Bytes().append(format.verbatimPrefix()).append(text.getBytes(StandardCharsets.UTF_8)).toByteArray();
                assertThat(Arrays.copyOf(tail.toByteArray(), plain.length)).as("%s %s", format, text).isEqualTo(plain);
            }
        }
        assertThat(verbatim).as("some texts are verbatim, some are not").isBetween(10, texts.size() - 10);
        assertThat(format.verbatim("Good food.", 0, 10)).isTrue();
        assertThat(format.verbatim("say \"hi\"\n", 0, 9)).isFalse();
    }

    @Test
    void aCsvRecordIsItsHeadTheUnitNumberAndItsTail() {
        Bytes tail = new Bytes();
        RowFormat.CSV.tail(tail, "I love it, really", 0, 10, LOVE, SentimentLabel.POSITIVE, 0, 4, 14, null, KeptOutput.NONE, List.of());

        assertThat(new String(RowFormat.CSV.head(""), StandardCharsets.UTF_8)).isEqualTo("\"\",");
        assertThat(new String(RowFormat.CSV.head("notes.txt"), StandardCharsets.UTF_8)).isEqualTo("notes.txt,");
        assertThat(new String(tail.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(",\"I love it,\",0.000,0.254,0.746,0.6369,positive,,4,14\n");
        assertThat(new String(RowFormat.JSONL.head("a\"b"), StandardCharsets.UTF_8)).isEqualTo("{\"source\":\"a\\\"b\",\"unit\":");
    }

    @Test
    void columnsAreTheHeaderNames() {
        assertThat(RowFormat.columns(true)).containsExactly(
                "source", "unit", "text", "neg", "neu", "pos", "compound", "label", "record", "start", "end", "explanation");
        assertThat(RowFormat.columns(false)).hasSize(11);
    }
}
