package org.sentigrid.desktop.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    private final MainViewModel main;
    private final Executor background;
    private final Sessions sessions;
    private final ReadOnlyObjectWrapper<Sessions.Offer> interrupted = new ReadOnlyObjectWrapper<>();

    SessionViewModel(MainViewModel main, Executor background, Sessions sessions) {
        this.main = main;
        this.background = background;
        this.sessions = sessions;
    }

    /** Saves the documents, settings and results as a session (the extension is added if the name has none). */
    public void save(Path file) {
        if (main.isRunning()) {
            main.notice("The session can be saved once the analysis is over (or cancelled).");
            return;
        }
        Path target = SessionFile.withExtension(file);
        List<DocumentInput> documents = main.documentInputs();
        SessionSettings settings = main.settings();
        ResultStore copy = main.results().copy();
        main.status("Saving the session to " + target.getFileName() + "…");
        background.execute(() -> {
            try {
                Sessions.save(target, settings, documents, copy);
                Platform.runLater(() -> main.status(String.format(Locale.ENGLISH, "Saved the session (%,d results) to %s.",
                        copy.size(), target.getFileName())));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> main.notice("Could not save the session to " + target + " (" + reason(e)
                        + "); your results are still here, try another place."));
            }
        });
    }

    /**
     * Opens a session and shows it as it was saved, without scoring anything. A file that is not a
     * session, or is damaged, is refused in one sentence, and what is shown stays.
     */
    public void open(Path file) {
        if (main.isRunning()) {
            main.notice("A session can be opened once the analysis is over (or cancelled).");
            return;
        }
        main.status("Opening " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                Sessions.Loaded loaded = Sessions.open(file);
                Platform.runLater(() -> show(file, loaded));
            } catch (SessionFile.Unreadable e) {
                Platform.runLater(() -> main.notice(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> main.notice("Could not open " + file.getFileName() + " (" + reason(e)
                        + "); nothing was changed."));
            }
        });
    }

    private void show(Path file, Sessions.Loaded loaded) {
        if (main.isRunning()) {
            main.notice(file.getFileName() + " was not opened: an analysis started meanwhile.");
            return;
        }
        main.show(loaded);
        ResultStore shown = main.results();
        main.status(String.format(Locale.ENGLISH, "Opened %s: %,d units in %,d document%s.", file.getFileName(),
                shown.size(), shown.documents(), shown.documents() == 1 ? "" : "s"));
        if (loaded.changed() != null) {
            main.notice("The results are as saved, but " + loaded.changed() + ".");
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
                        main.status(offer.message());
                    }
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> main.status("Interrupted analyses could not be looked for (" + reason(e) + ")."));
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
        if (main.isRunning()) {
            main.notice("The interrupted analysis can be resumed once this one is over (or cancelled).");
            return;
        }
        interrupted.set(null);
        main.status("Resuming the interrupted analysis…");
        background.execute(() -> {
            try {
                Sessions.Resumable resumable = sessions.load(offer);
                Platform.runLater(() -> resume(offer, resumable));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    main.notice("The interrupted analysis was not resumed: " + reason(e) + ".");
                    interrupted.set(new Sessions.Offer(offer.journal(), offer.message(), false));
                });
            }
        });
    }

    private void resume(Sessions.Offer offer, Sessions.Resumable resumable) {
        if (main.isRunning()) {
            main.notice("The interrupted analysis was not resumed: an analysis started meanwhile.");
            interrupted.set(offer);
            return;
        }
        main.show(resumable.loaded());
        main.resume(resumable);
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
                Platform.runLater(() -> main.status("Discarded the interrupted analysis."));
                lookForInterruptedJob();
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> main.notice("Could not discard the interrupted analysis (" + reason(e) + ")."));
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
