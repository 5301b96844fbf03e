package org.sentigrid.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.ShippedLists;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    private static final String SAMPLE = new String(WarmUp.sample(), StandardCharsets.UTF_8);

    @Test
    void theSampleIsTheSameEachTimeAndAsLongAsPromised() {
        assertArrayEquals(WarmUp.sample(), WarmUp.sample());
        assertTrue(SAMPLE.length() >= WarmUp.SAMPLE_CHARS, SAMPLE.length() + " chars");
    }

    @Test
    void theSampleHoldsEveryKindOfTokenTheEngineAndTheFormatsTreatApart() {
        ShippedLists vader = ShippedLists.of(EngineMode.VADER);
        long lexiconWords = vader.words().keySet().stream().filter(w -> w.length() > 3 && SAMPLE.contains(" " + w + " ")).count();
        assertTrue(lexiconWords > 500, "only " + lexiconWords + " lexicon words");
        assertTrue(vader.emoji().keySet().stream().filter(SAMPLE::contains).count() > 50, "too few emoji");
        assertTrue(vader.idioms().keySet().stream().anyMatch(SAMPLE::contains), "no idiom");
        assertTrue(vader.boosters().keySet().stream().anyMatch(b -> SAMPLE.contains(" " + b + " ")), "no booster");
        for (String token : List.of(" not ", " least ", " but ", " BUT ", "no time or love", "!!!!", "?!", "\t", "\\", "\"", "\r\n", "\n\n", "café",
                "http://", "@someone", "#great")) {
            assertTrue(SAMPLE.contains(token), "no " + token.replace("\t", "tab").replace("\r\n", "CRLF").replace("\n\n", "blank line"));
        }
        assertTrue(Pattern.compile("\\b[A-Z]{4,}\\b").matcher(SAMPLE).find(), "no word in capitals");
        assertTrue(Pattern.compile("(?m)^ \\S").matcher(SAMPLE).find(), "no line with a leading space");
    }

    @Test
    void theLatin1SampleHoldsOnlyCharsThatJavaKeepsInOneByteEach() {
        String latin1 = new String(WarmUp.latin1(WarmUp.sample()), StandardCharsets.UTF_8);
        assertTrue(SAMPLE.chars().anyMatch(c -> c > 0xFF), "the sample has no char beyond U+00FF");
        assertTrue(latin1.chars().allMatch(c -> c <= 0xFF), "a char beyond U+00FF was kept");
        assertTrue(latin1.contains("café") && latin1.length() > WarmUp.SAMPLE_CHARS * 9 / 10, latin1.length() + " chars");
    }

    @Test
    void aCoordinatorsRoundsScoreReadAndWriteEveryShapeByEveryRoute() throws Exception {
        byte[] sample = WarmUp.sample();
        BatchScorer scorer = new BatchScorer();
        for (WarmUp.Route route : WarmUp.Route.values()) {
            for (int round = 0; round < WarmUp.SHAPES.length; round++) {
                RegionResult records = WarmUp.round(scorer, round, sample, route, true);
                assertTrue(records.units() > 500, route + " round " + round + ": " + records);
            }
        }
    }

    @Test
    void aCoordinatorBeyondLoopbackSendsEveryShapeAndSamplePackedAndUnpacked() {
        Set<String> taken = new HashSet<>();
        for (int round = 0; round < 4 * WarmUp.SHAPES.length; round++) {
            taken.add(round % WarmUp.SHAPES.length + " " + round / WarmUp.SHAPES.length % 2 + " " + WarmUp.turnAbout(round));
        }
        assertEquals(WarmUp.SHAPES.length * 2 * 2, taken.size(), taken.toString());
    }
}
