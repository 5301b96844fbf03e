package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.main.MainViewModel;

/**
 * A million-sentence file analyzed in the window with the heap capped at 1 GiB (this class runs in a JVM
 * of its own with {@code -Xmx1g}; see the POM), its crash journal written as always: the job completes,
 * every result is in the table, the window keeps drawing, and the results are held compactly. Prints
 * what the results keep on the heap and the longest gap between frames (the 100 ms target is
 * {@link ResponsivenessTest}'s, in the desktop's usual heap).
 */
@Tag("ui")
class MillionSentencesInOneGigabyteTest extends DesktopTest {
    private static final int SENTENCES = 1_000_000;

    @Test
    void aMillionSentenceFileCompletesInAOneGigabyteHeapWithItsResultsHeldCompactly() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap is capped at 1 GiB (see the POM)").isLessThanOrEqualTo(1L << 30);
        // 250,000 paragraphs of four short sentences, about 21 MB.
        Path file = Files.writeString(dir.resolve("reviews.txt"),
                "The hotel was lovely. Breakfast was cold. Staff were kind. I would not go back.\n\n".repeat(SENTENCES / 4));
        Path journals = Files.createDirectories(dir.resolve("journals"));
        app = DesktopFixture.withJournals(journals).withWorkerReady();
        MainViewModel model = app.window().main();
        long before = heapAfterGc();
        FrameGaps gaps = new FrameGaps();
        runFx(() -> {
            gaps.start();
            model.addFiles(List.of(file), true);
        });
        waitUntil("the job started", Duration.ofMinutes(1), () -> model.job().runningProperty().get());
        app.awaitIdle(Duration.ofMinutes(5));
        runFx(gaps::stop);
        long retained = heapAfterGc() - before;

        System.out.printf("MillionSentencesInOneGigabyteTest: heap at most %,d MiB; %s; %,d frames, longest gap %.1f ms;"
                        + " retained by the results: %,d MiB, %,d bytes a sentence%n", Runtime.getRuntime().maxMemory() >> 20,
                DesktopFixture.<String>onFx(() -> model.status().progressTextProperty().get()), gaps.frames, gaps.longestNanos / 1e6,
                retained >> 20, retained / SENTENCES);
        assertThat(onFx(() -> model.results().store().size())).isEqualTo(SENTENCES);
        assertThat(onFx(() -> model.results().rows().size())).isEqualTo(SENTENCES);
        assertThat(onFx(() -> model.results().store().text(SENTENCES - 1))).isEqualTo("I would not go back.");
        assertThat(gaps.frames).as("frames drawn while the job ran").isGreaterThan(20);
        assertThat(retained / SENTENCES).as("bytes a sentence's result keeps on the heap").isLessThan(150);
        try (var left = Files.list(journals)) {
            assertThat(left).as("the finished job's journal is deleted").isEmpty();
        }
    }

    /** Heap in use once the garbage collector has run (a full collection, with ZGC as with the others). */
    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
