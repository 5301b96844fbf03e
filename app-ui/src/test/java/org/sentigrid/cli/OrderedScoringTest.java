package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.TextUnit;

class OrderedScoringTest {
    private static TextUnit unit(long n, String text) {
        return new TextUnit("in.txt", n, text, 0, 0, text.length());
    }

    private static ScoredUnit neutral(TextUnit unit) {
        return new ScoredUnit(unit, SentimentScores.EMPTY, SentimentLabel.NEUTRAL, null);
    }

    @Test
    void resultsComeOutInInputOrderHoweverLongEachTakes() throws IOException {
        List<Long> order = new ArrayList<>();
        Function<TextUnit, ScoredUnit> slowAtRandom = unit -> {
            if (ThreadLocalRandom.current().nextInt(50) == 0) {
                sleep(2);
            }
            return neutral(unit);
        };
        try (OrderedScoring scoring = scoring(slowAtRandom, result -> order.add(result.unit().unit()), 4)) {
            for (long n = 1; n <= 5_000; n++) {
                scoring.add(unit(n, "text " + n));
            }
            scoring.finish();
        }

        assertThat(order).hasSize(5_000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void unitsInFlightStayBounded() throws IOException {
        AtomicInteger scored = new AtomicInteger();
        List<Long> handedOn = new ArrayList<>();
        int maxAhead = 0;
        try (OrderedScoring scoring = scoring(unit -> {
            scored.incrementAndGet();
            return neutral(unit);
        }, result -> handedOn.add(result.unit().unit()), 1)) {
            for (long n = 1; n <= 20_000; n++) {
                scoring.add(unit(n, "x"));
                maxAhead = Math.max(maxAhead, (int) (n - handedOn.size()));
            }
            scoring.finish();
        }

        assertThat(handedOn).hasSize(20_000);
        assertThat(maxAhead).as("units read but not yet handed on").isLessThanOrEqualTo(3 * 256);
    }

    @Test
    void bigUnitsMakeSmallerChunks() throws IOException {
        List<Long> handedOn = new ArrayList<>();
        String big = "y".repeat(64 * 1024);
        int maxAhead = 0;
        try (OrderedScoring scoring = scoring(OrderedScoringTest::neutral,
                result -> handedOn.add(result.unit().unit()), 1)) {
            for (long n = 1; n <= 20; n++) {
                scoring.add(unit(n, big));
                maxAhead = Math.max(maxAhead, (int) (n - handedOn.size()));
            }
            scoring.finish();
        }

        assertThat(handedOn).hasSize(20);
        assertThat(maxAhead).as("64 KiB units read but not yet handed on").isLessThanOrEqualTo(3);
    }

    @Test
    void aScoringFailureReachesTheReader() {
        OrderedScoring scoring = scoring(unit -> {
            throw new IllegalStateException("engine bug");
        }, result -> { }, 2);

        assertThatThrownBy(() -> {
            try (scoring) {
                scoring.add(unit(1, "boom"));
                scoring.finish();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("engine bug");
    }

    @Test
    void aWriteFailureReachesTheReader() {
        OrderedScoring scoring = scoring(OrderedScoringTest::neutral, result -> {
            throw new IOException("disk full");
        }, 2);

        assertThatThrownBy(() -> {
            try (scoring) {
                scoring.add(unit(1, "fine"));
                scoring.finish();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    private static OrderedScoring scoring(Function<TextUnit, ScoredUnit> scorer, OrderedScoring.Results results, int threads) {
        return new OrderedScoring(new InProcessScorer(scorer, threads), results);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
