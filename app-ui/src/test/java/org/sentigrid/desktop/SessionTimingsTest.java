package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.main.MainViewModel;

/**
 * Measures (it asserts little): a million-sentence job with and without its journal, and saving and
 * opening its session. Runs only with {@code -Dsentigrid.measure=true}:
 * {@code ./mvnw -o -B -pl app-ui test -Dtest=SessionTimingsTest -Dsentigrid.measure=true}.
 */
@Tag("ui")
class SessionTimingsTest extends DesktopTest {
    private static final int SENTENCES = 1_000_000;
    private static final int ROUNDS = 5;

    @Test
    void aMillionUnitSessionIsSavedAndOpened() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sentigrid.measure"), "a measurement: -Dsentigrid.measure=true");
        Path journals = Files.createDirectories(dir.resolve("journals"));
        Path noJournals = Files.writeString(dir.resolve("not-a-folder"), "journals cannot be written here");
        String text = "The hotel was lovely. Breakfast was cold. Staff were kind. I would not go back.\n\n"
                .repeat(SENTENCES / 4);
        Path file = Files.writeString(dir.resolve("big.txt"), text);

        // Rounds interleave the two, each in a fresh window after a warm-up job.
        double[] without = new double[ROUNDS];
        double[] with = new double[ROUNDS];
        StringBuilder all = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            app = DesktopFixture.withJournals(noJournals).withWorkerReady();
            job(file);
            without[round] = job(file);
            app.close();
            app = DesktopFixture.withJournals(journals).withWorkerReady();
            job(file);
            with[round] = job(file);
            all.append(String.format(" %.2f/%.2f", without[round], with[round]));
            if (round < ROUNDS - 1) {
                app.close();
            }
        }
        Arrays.sort(without);
        Arrays.sort(with);
        System.out.printf("SessionTimingsTest: job of %,d units in %d rounds: without a journal best %.2f s, median %.2f s;"
                + " with one best %.2f s, median %.2f s; with/without units/s: best %.3f, median %.3f"
                + " (each round without/with:%s)%n", SENTENCES, ROUNDS, without[0], without[ROUNDS / 2], with[0],
                with[ROUNDS / 2], without[0] / with[0], without[ROUNDS / 2] / with[ROUNDS / 2], all);
        MainViewModel model = app.window().main();
        Path session = dir.resolve("big.sentigrid");
        long start = System.nanoTime();
        runFx(() -> model.sessions().save(session));
        waitUntil("saved", Duration.ofMinutes(2), () -> model.status().statusProperty().get().startsWith("Saved the session"));
        double save = (System.nanoTime() - start) / 1e9;
        runFx(model.documents()::clearDocuments);
        start = System.nanoTime();
        runFx(() -> model.sessions().open(session));
        waitUntil("opened", Duration.ofMinutes(2), () -> model.status().statusProperty().get().startsWith("Opened"));
        double open = (System.nanoTime() - start) / 1e9;

        assertThat(onFx(() -> model.results().store().size())).isEqualTo(SENTENCES);
        start = System.nanoTime();
        int read = org.sentigrid.desktop.session.Sessions.open(session).results().size();
        double readOnly = (System.nanoTime() - start) / 1e9;
        assertThat(read).isEqualTo(SENTENCES);
        System.out.printf("SessionTimingsTest: session %,d bytes, saved in %.2f s, opened in %.2f s (reading alone %.2f s)%n",
                Files.size(session), save, open, readOnly);
    }

    private double job(Path file) throws Exception {
        MainViewModel model = app.window().main();
        runFx(model.documents()::clearDocuments);
        long start = System.nanoTime();
        runFx(() -> model.addFiles(java.util.List.of(file), true));
        waitUntil("the job started", Duration.ofMinutes(1), () -> model.job().runningProperty().get());
        app.awaitIdle(Duration.ofMinutes(5));
        assertThat(onFx(() -> model.results().store().size())).isEqualTo(SENTENCES);
        return (System.nanoTime() - start) / 1e9;
    }
}
