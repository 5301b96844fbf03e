package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.main.DocumentItem;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.desktop.session.Sessions;
import org.sentigrid.desktop.workers.WorkerStatus;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.session.JobJournal;
import org.sentigrid.session.ScoredChunk;
import org.sentigrid.session.SessionDocument;
import org.sentigrid.session.SessionHeader;
import org.sentigrid.session.SessionSettings;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/** Saved sessions and the crash journal, on the real window with the real grid. */
@Tag("ui")
class SessionsAndJournalsTest extends DesktopTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String TYPED = "What a lovely day! The bus was late again. Nothing else happened.";

    @Test
    void aSavedSessionOpensWithTheSameResultsWithoutScoringAgain() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), reviews(300));
        app = DesktopFixture.open(reviews);
        app.awaitIdleAfterStart();
        MainViewModel model = app.window().main();
        runFx(() -> {
            model.documents().newText();
            model.documents().editorTextProperty().set(TYPED);
            model.settings().thresholdProperty().set(0.3);
            model.settings().arcWindowProperty().set(7);
        });
        runFx(model::analyze);
        waitUntil("the job ended", LIMIT, () -> !model.job().runningProperty().get() && model.results().store().size() > 300);
        List<String> rows = onFx(() -> rows(model.results().store()));
        List<DocumentSummary> summaries = onFx(() -> List.copyOf(model.results().summaries()));
        Path session = dir.resolve("both.sentigrid");
        runFx(() -> model.sessions().save(session));
        waitUntil("the session was saved", LIMIT, () -> model.status().statusProperty().get().startsWith("Saved the session"));
        app.close();

        app = DesktopFixture.open().withWorkerReady();
        MainViewModel reopened = app.window().main();
        AtomicBoolean ran = new AtomicBoolean();
        runFx(() -> reopened.job().runningProperty().addListener((obs, old, now) -> ran.set(true)));
        runFx(() -> reopened.sessions().open(session));
        waitUntil("the session was opened", LIMIT, () -> reopened.results().store().size() == rows.size());

        assertThat(onFx(() -> rows(reopened.results().store()))).isEqualTo(rows);
        assertThat(onFx(() -> reopened.results().rows().size())).isEqualTo(rows.size());
        assertThat(onFx(() -> List.copyOf(reopened.results().summaries()))).isEqualTo(summaries);
        assertThat(onFx(() -> reopened.documents().items().stream().map(DocumentItem::name).toList()))
                .containsExactly("reviews.txt", "Text 1"); // the first typed text, after the file (issue 19)
        assertThat(onFx(() -> reopened.settings().thresholdProperty().get())).isEqualTo(0.3);
        assertThat(onFx(() -> reopened.settings().arcWindowProperty().get())).isEqualTo(7);
        assertThat(ran).as("no job ran").isFalse();
        assertThat(unitsScored()).isZero();
        var accelerators = onFx(() -> app.window().stage().getScene().getAccelerators().keySet());
        assertThat(accelerators).contains(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
    }

    @Test
    void aDamagedSessionIsRefusedWithANoticeAndTheResultsStay() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TYPED));
        runFx(model::analyze);
        waitUntil("the job ended", LIMIT, () -> !model.job().runningProperty().get() && model.results().store().size() == 3);
        Path session = dir.resolve("typed.sentigrid");
        runFx(() -> model.sessions().save(session));
        waitUntil("the session was saved", LIMIT, () -> model.status().statusProperty().get().startsWith("Saved the session"));
        byte[] whole = Files.readAllBytes(session);
        Path cut = Files.write(dir.resolve("cut.sentigrid"), java.util.Arrays.copyOf(whole, whole.length - 20));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Not a session at all.");
        runFx(() -> model.documents().editorTextProperty().set("Something else entirely, and great."));
        List<String> before = onFx(() -> rows(model.results().store()));

        runFx(() -> model.sessions().open(cut));
        waitUntil("the refusal", LIMIT, () -> model.status().notices().contains(
                "cut.sentigrid is damaged or incomplete (its end is missing) and was not opened."));
        runFx(() -> model.sessions().open(notes));
        waitUntil("the refusal", LIMIT, () -> model.status().notices().contains("notes.txt is not a Sentigrid session."));

        assertThat(onFx(() -> rows(model.results().store()))).isEqualTo(before);
        assertThat(onFx(() -> model.documents().editorTextProperty().get())).isEqualTo("Something else entirely, and great.");
    }

    @Test
    void anInterruptedJobIsOfferedAndResumesToTheSameRowsScoringOnlyWhatWasLeft() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), reviews(1_500));
        Path journals = Files.createDirectories(dir.resolve("journals"));
        List<TextUnit> fileUnits = unitsOf(reviews);
        int journaled = 1_000;
        Path journal = crashedJournal(journals, reviews, fileUnits.subList(0, journaled));

        app = DesktopFixture.withJournals(journals).withWorkerReady();
        MainViewModel model = app.window().main();
        waitUntil("the offer", LIMIT, () -> model.sessions().interruptedProperty().get() != null);
        assertThat(onFx(() -> model.sessions().interruptedProperty().get().resumable())).isTrue();
        assertThat(onFx(() -> model.sessions().interruptedProperty().get().message()))
                .contains("An analysis of 2 documents was interrupted", "with 1,003 units scored");
        // Offered in a notification (not a modal dialog) with Resume and Discard.
        waitUntil("the notification", LIMIT, () -> notificationButtons().containsAll(List.of("Resume", "Discard")));
        app.robot.clickOn(notificationButton("Resume"));
        int total = 3 + fileUnits.size();
        waitUntil("the resumed job ended", LIMIT, () -> !model.job().runningProperty().get() && model.results().store().size() == total);

        List<String> resumed = onFx(() -> rows(model.results().store()));
        assertThat(resumed).isEqualTo(expectedRows(fileUnits));
        assertThat(unitsScored()).isEqualTo(fileUnits.size() - journaled);
        assertThat(journal).as("a finished job's journal is deleted").doesNotExist();
        assertThat(onFx(() -> model.status().statusProperty().get())).contains("1,003 of them from the interrupted job");

        // An uninterrupted run of the same documents gives the same rows.
        runFx(model::analyze);
        waitUntil("the run ended", LIMIT, () -> !model.job().runningProperty().get() && model.results().store().size() == total);
        assertThat(onFx(() -> rows(model.results().store()))).isEqualTo(resumed);
    }

    @Test
    void aJobsJournalTakenMidJobResumesInAnotherWindowToTheSameRows() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), reviews(30_000));
        Path firstJournals = Files.createDirectories(dir.resolve("first"));
        Path secondJournals = Files.createDirectories(dir.resolve("second"));
        app = DesktopFixture.withJournals(firstJournals).withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(List.of(reviews), true));
        // The app is "killed" mid-job: its journal as it is on the disk at that moment.
        Path copy = null;
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (copy == null && System.nanoTime() < deadline) {
            try (var files = Files.list(firstJournals)) {
                for (Path file : files.toList()) {
                    if (Files.size(file) > 200_000) {
                        copy = Files.copy(file, secondJournals.resolve(file.getFileName()));
                    }
                }
            }
            Thread.sleep(2);
        }
        assertThat(copy).as("a journal was written while the job ran").isNotNull();
        waitUntil("the job ended", LIMIT, () -> !model.job().runningProperty().get());
        List<String> uninterrupted = onFx(() -> rows(model.results().store()));
        try (var left = Files.list(firstJournals)) {
            assertThat(left.toList()).as("the finished job's journal is gone").isEmpty();
        }
        app.close();

        app = DesktopFixture.withJournals(secondJournals).withWorkerReady();
        MainViewModel second = app.window().main();
        waitUntil("the offer", LIMIT, () -> second.sessions().interruptedProperty().get() != null);
        runFx(() -> second.sessions().resume());
        waitUntil("the resumed job ended", LIMIT,
                () -> !second.job().runningProperty().get() && second.results().store().size() == uninterrupted.size());

        assertThat(onFx(() -> rows(second.results().store()))).isEqualTo(uninterrupted);
        assertThat(unitsScored()).isPositive().isLessThan(uninterrupted.size());
    }

    @Test
    void closingTheWindowMidJobCancelsItAndLeavesNoJournal() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), reviews(600_000));
        Path journals = Files.createDirectories(dir.resolve("journals"));
        app = DesktopFixture.withJournals(journals).withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(List.of(reviews), true));
        waitUntil("the job runs with its journal", LIMIT, () -> model.job().runningProperty().get() && journalCount(journals) == 1);
        runFx(() -> model.sessions().save(dir.resolve("mid-job.sentigrid")));
        assertThat(onFx(() -> model.status().notices())).contains("The session can be saved once the analysis is over (or cancelled).");

        app.close();
        app = null;

        assertThat(journalCount(journals)).isZero();
    }

    private static long journalCount(Path journals) {
        try (var files = Files.list(journals)) {
            return files.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anInterruptedJobWhoseFileChangedIsNotResumedAndSaysWhy() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), reviews(50));
        Path journals = Files.createDirectories(dir.resolve("journals"));
        Path journal = crashedJournal(journals, reviews, unitsOf(reviews).subList(0, 20));
        Files.writeString(reviews, "One more line, and it changes everything.\n", StandardOpenOption.APPEND);

        app = DesktopFixture.withJournals(journals);
        MainViewModel model = app.window().main();
        waitUntil("the offer", LIMIT, () -> model.sessions().interruptedProperty().get() != null);
        Sessions.Offer offer = onFx(() -> model.sessions().interruptedProperty().get());
        assertThat(offer.resumable()).isFalse();
        assertThat(offer.message()).contains("cannot be resumed: reviews.txt has changed since (its size is not the same)");

        waitUntil("the notification", LIMIT, () -> notificationButtons().contains("Discard"));
        assertThat(onFx(this::notificationButtons)).doesNotContain("Resume");
        runFx(() -> model.sessions().resume());
        assertThat(onFx(() -> model.job().runningProperty().get() || model.results().store().size() > 0)).isFalse();
        app.robot.clickOn(notificationButton("Discard"));
        waitUntil("the journal was discarded", LIMIT, () -> !Files.exists(journal));
        assertThat(onFx(() -> model.sessions().interruptedProperty().get())).isNull();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A journal as a killed app leaves it: the typed text done, the file's first units done, no end. */
    private static Path crashedJournal(Path journals, Path file, List<TextUnit> fileUnitsDone) throws Exception {
        SessionHeader header = new SessionHeader(new SessionSettings(EngineMode.VADER, SplitMode.SENTENCES, 0.05, 25),
                List.of(SessionDocument.text("Text 1", TYPED), SessionDocument.file("reviews.txt", file, null, null)));
        JobJournal journal = JobJournal.start(journals, header);
        journal.document("Text 1");
        journal.units(scored(units("Text 1", TYPED)));
        journal.document("reviews.txt");
        for (int from = 0; from < fileUnitsDone.size(); from += 400) {
            journal.units(scored(fileUnitsDone.subList(from, Math.min(fileUnitsDone.size(), from + 400))));
        }
        journal.close();
        return journal.file();
    }

    private static ScoredChunk scored(List<TextUnit> units) {
        SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
        List<SentimentScores> scores = units.stream().map(u -> vader.score(u.text())).toList();
        return ScoredChunk.of(units, scores, "local-1");
    }

    private static List<String> expectedRows(List<TextUnit> fileUnits) throws Exception {
        ResultStore expected = new ResultStore();
        SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
        expected.addDocument("Text 1");
        units("Text 1", TYPED).forEach(u -> expected.add(u, vader.score(u.text()), "local-1"));
        expected.addDocument("reviews.txt");
        fileUnits.forEach(u -> expected.add(u, vader.score(u.text()), "local-1"));
        return rows(expected);
    }

    /** Each result as a line: document, unit, place, text and scores (not the worker, which may differ). */
    private static List<String> rows(ResultStore store) {
        List<String> rows = new ArrayList<>(store.size());
        for (int i = 0; i < store.size(); i++) {
            TextUnit unit = store.textUnit(i);
            rows.add(unit + " " + store.scores(i));
        }
        return rows;
    }

    private List<String> notificationButtons() {
        return app.robot.lookup(".notification-bar .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .map(javafx.scene.control.Button::getText).toList();
    }

    private javafx.scene.control.Button notificationButton(String text) {
        return app.robot.lookup(".notification-bar .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }

    private long unitsScored() throws Exception {
        return app.window().grid().get(30, TimeUnit.SECONDS).workers().stream().mapToLong(WorkerStatus::unitsDone).sum();
    }

    private static String reviews(int lines) {
        String[] sentences = SampleTexts.HOTEL.replace("\n", " ").split("(?<=[.!]) ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("Review ").append(i + 1).append(": ").append(sentences[i % sentences.length].strip()).append('\n');
            if (i % 7 == 6) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<TextUnit> units(String name, String text) throws Exception {
        Collect sink = new Collect(name);
        TextInput.splitRegion(new StringReader(text), SplitMode.SENTENCES, 0, sink);
        return sink.units;
    }

    private static List<TextUnit> unitsOf(Path file) throws Exception {
        Collect sink = new Collect(file.getFileName().toString());
        TextInput.read(new Source(file.toString(), file), new InputOptions(SplitMode.SENTENCES, null, null), sink);
        return sink.units;
    }

    private static final class Collect implements UnitSink {
        final String name;
        final List<TextUnit> units = new ArrayList<>();

        Collect(String name) {
            this.name = name;
        }

        @Override
        public void unit(TextUnit unit) {
            units.add(new TextUnit(name, unit.unit(), unit.text(), unit.record(), unit.start(), unit.end()));
        }

        @Override
        public void warning(String message) {
            throw new AssertionError(message);
        }
    }
}
