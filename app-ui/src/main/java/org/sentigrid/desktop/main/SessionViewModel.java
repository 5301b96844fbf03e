package org.sentigrid.desktop.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sentigrid.desktop.analysis.AnalysisRequest;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.desktop.session.Sessions;
import org.sentigrid.session.SessionFile;
import org.sentigrid.session.SessionSettings;

/**
 * Saved sessions and the job the app did not finish, for the main screen: the file work runs on the
 * background executor, and what it read is shown on the FX thread only once it is all read, so a
 * refused file leaves what is shown as it was.
 */
public final class SessionViewModel {
    /** The extension of a saved session's file. */
    public static final String EXTENSION = SessionFile.EXTENSION;

    private final Executor background;
    private final Sessions sessions;
    private final StatusViewModel status;
    private final SettingsViewModel settings;
    private final DocumentsViewModel documents;
    private final ResultsViewModel results;
    private final JobViewModel job;
    private final ReadOnlyObjectWrapper<Sessions.Offer> interrupted = new ReadOnlyObjectWrapper<>();

    SessionViewModel(Executor background, Sessions sessions, StatusViewModel status, SettingsViewModel settings,
            DocumentsViewModel documents, ResultsViewModel results, JobViewModel job) {
        this.background = background;
        this.sessions = sessions;
        this.status = status;
        this.settings = settings;
        this.documents = documents;
        this.results = results;
        this.job = job;
    }

    /** Saves the documents, settings and results as a session (the extension is added if the name has none). */
    public void save(Path file) {
        if (job.isRunning()) {
            status.notice("The session can be saved once the analysis is over (or cancelled).");
            return;
        }
        Path target = SessionFile.withExtension(file);
        List<DocumentInput> inputs = documents.inputs();
        SessionSettings saved = settings.sessionSettings();
        ResultStore copy = results.store().copy();
        status.set("Saving the session to " + target.getFileName() + "…");
        background.execute(() -> {
            try {
                Sessions.save(target, saved, inputs, copy);
                Platform.runLater(() -> status.set(String.format(Locale.ENGLISH, "Saved the session (%,d results) to %s.",
                        copy.size(), target.getFileName())));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.notice("Could not save the session to " + target + " (" + reason(e)
                        + "); your results are still here, try another place."));
            }
        });
    }

    /**
     * Opens a session and shows it as it was saved, without scoring anything. A file that is not a
     * session, or is damaged, is refused in one sentence, and what is shown stays.
     */
    public void open(Path file) {
        if (job.isRunning()) {
            status.notice("A session can be opened once the analysis is over (or cancelled).");
            return;
        }
        status.set("Opening " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                Sessions.Loaded loaded = Sessions.open(file);
                Platform.runLater(() -> show(file, loaded));
            } catch (SessionFile.Unreadable e) {
                Platform.runLater(() -> status.notice(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.notice("Could not open " + file.getFileName() + " (" + reason(e)
                        + "); nothing was changed."));
            }
        });
    }

    private void show(Path file, Sessions.Loaded loaded) {
        if (job.isRunning()) {
            status.notice(file.getFileName() + " was not opened: an analysis started meanwhile.");
            return;
        }
        show(loaded);
        ResultStore shown = results.store();
        status.set(String.format(Locale.ENGLISH, "Opened %s: %,d units in %,d document%s.", file.getFileName(),
                shown.size(), shown.documents(), shown.documents() == 1 ? "" : "s"));
        if (loaded.changed() != null) {
            status.notice("The results are as saved, but " + loaded.changed() + ".");
        }
    }

    // ---- the job the app did not finish ----------------------------------------------------------

    /** Looks, in the background, for a job the app did not finish (it was killed), to offer it. */
    public void lookForInterruptedJob() {
        background.execute(() -> {
            try {
                Sessions.Offer offer = sessions.unfinished();
                Platform.runLater(() -> {
                    interrupted.set(offer);
                    if (offer != null) {
                        status.set(offer.message());
                    }
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.set("Interrupted analyses could not be looked for (" + reason(e) + ")."));
            }
        });
    }

    /**
     * Goes on with the interrupted job: its results so far, documents and settings are shown, and a job
     * reads the documents again, scoring only the units its journal does not hold, into the same journal.
     */
    public void resume() {
        Sessions.Offer offer = interrupted.get();
        if (offer == null || !offer.resumable()) {
            return;
        }
        if (job.isRunning()) {
            status.notice("The interrupted analysis can be resumed once this one is over (or cancelled).");
            return;
        }
        interrupted.set(null);
        status.set("Resuming the interrupted analysis…");
        background.execute(() -> {
            try {
                Sessions.Resumable resumable = sessions.load(offer);
                Platform.runLater(() -> resume(offer, resumable));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    status.notice("The interrupted analysis was not resumed: " + reason(e) + ".");
                    interrupted.set(new Sessions.Offer(offer.journal(), offer.message(), false));
                });
            }
        });
    }

    private void resume(Sessions.Offer offer, Sessions.Resumable resumable) {
        if (job.isRunning()) {
            status.notice("The interrupted analysis was not resumed: an analysis started meanwhile.");
            interrupted.set(offer);
            return;
        }
        show(resumable.loaded());
        Sessions.Loaded loaded = resumable.loaded();
        job.start(new AnalysisRequest(loaded.documents(), loaded.settings().engine(), loaded.settings().overlay(),
                loaded.settings().split(), resumable.resumeAt()), Sessions.continueJournal(resumable), resumable.resumeAt().unitsDone());
    }

    /** Puts a session's (or a journal's) documents, settings and results in place of what is shown. */
    private void show(Sessions.Loaded loaded) {
        settings.restore(loaded.settings());
        documents.showSaved(loaded.documents());
        results.showSaved(loaded.results(), loaded.documents());
        status.clearProgress();
    }

    /** Deletes the interrupted job's journal, then offers the next one, if any. */
    public void discard() {
        Sessions.Offer offer = interrupted.get();
        if (offer == null) {
            return;
        }
        interrupted.set(null);
        background.execute(() -> {
            try {
                sessions.discard(offer);
                Platform.runLater(() -> status.set("Discarded the interrupted analysis."));
                lookForInterruptedJob();
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.notice("Could not discard the interrupted analysis (" + reason(e) + ")."));
            }
        });
    }

    /** The job the app did not finish, offered for resume (or only for discarding); null when there is none. */
    public ReadOnlyObjectProperty<Sessions.Offer> interruptedProperty() {
        return interrupted.getReadOnlyProperty();
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
