package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.RegionRecords;

/** The coordinator's own threads: a grid nobody can join still scores, exactly as a worker would. */
class LocalThreadsTest {
    private static final JobSettings VADER = JobSettings.plain(EngineMode.VADER);
    private final GridServer grid = GridServer.unexported(new GridEvents() { });

    @AfterEach
    void close() {
        grid.close();
    }

    private static Region region(long batchId) {
        byte[] text = "The food was great!\nThe service, not so much.\n\nTerrible, just terrible :(\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        return new Region(1, batchId, VADER, "UTF-8", "lines", "csv", 0.05, 0, text);
    }

    @Test
    void anUnexportedGridScoresRegionsAndBatchesOnItsOwnThreadsExactlyAsAWorker() throws Exception {
        grid.scoreHere(2);
        assertThat(grid.listening()).isFalse();
        RegionResult records = grid.<RegionResult>submit(id -> region(id)).get(30, TimeUnit.SECONDS).result();
        assertThat(records).isEqualTo(RegionRecords.score(region(records.batchId()), SentimentAnalyzer.of(EngineMode.VADER), () -> false));
        BatchResult scores = grid.<BatchResult>submit(id -> Batch.of(1, id, VADER, List.of("The food was great!", "")))
                .get(30, TimeUnit.SECONDS).result();
        assertThat(scores.unit(0)).isEqualTo(SentimentAnalyzer.of(EngineMode.VADER).score("The food was great!"));
        assertThat(grid.unitsByWorker()).containsEntry(LocalThreads.NAME, 150L + 2);
        assertThat(grid.workers()).singleElement().satisfies(w -> assertThat(w.threads()).isEqualTo(2));
    }

    @Test
    void withoutThreadsWorkWaitsUntilSomeoneScoresIt() throws Exception {
        CompletableFuture<GridServer.Scored<RegionResult>> waiting = grid.submit(id -> region(id));
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        grid.scoreHere(1);
        assertThat(waiting.get(30, TimeUnit.SECONDS).result().units()).isEqualTo(150);
        grid.scoreHere(0);
        assertThat(grid.workers()).isEmpty();
    }
}
