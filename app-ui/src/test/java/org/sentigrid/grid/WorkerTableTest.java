package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerTableTest {
    private final WorkerTable table = new WorkerTable(Clock.systemUTC());

    @Test
    void awaitingWorkersEndsWhenTheLastOneJoinsAndNotAtTheTimeout() throws Exception {
        table.addLocal("in-process", "here", 1);
        CompletableFuture<Boolean> awaited = CompletableFuture.supplyAsync(() -> {
            try {
                return table.awaitSize(2, TimeUnit.MINUTES.toNanos(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(awaited).as("one worker of two").isNotDone();
        table.addLocal("laptop", "there", 1);
        // Woken by the join: well before the five minutes it would otherwise wait.
        assertThat(awaited.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void awaitingGivesUpAfterTheTimeoutAndAnswersAtOnceWhenEnoughHaveJoined() throws Exception {
        assertThat(table.awaitSize(1, TimeUnit.MILLISECONDS.toNanos(50))).isFalse();
        table.addLocal("in-process", "here", 1);
        assertThat(table.awaitSize(1, 0)).isTrue();
    }
}
