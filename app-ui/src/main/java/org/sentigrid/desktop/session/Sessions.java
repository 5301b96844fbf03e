package org.sentigrid.desktop.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sentigrid.desktop.analysis.AnalysisRequest.ResumePoint;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.analysis.JournalingEvents;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.session.JobJournal;
import org.sentigrid.session.SessionFile;
import org.sentigrid.session.SessionHeader;
import org.sentigrid.session.SessionSettings;

/**
 * The file work behind saved sessions and job journals, for the background executor: nothing here runs
 * on the FX thread, and what it reads goes into a store of its own until the window takes it.
 */
public final class Sessions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM 'at' HH:mm", Locale.ENGLISH);

    private final Path journals;

    /** Sessions, with the job journals kept in {@code journals}. */
    public Sessions(Path journals) {
        this.journals = journals;
    }

    /**
     * What a session or a journal held: its documents, settings and results.
     *
     * @param changed why some of its files are no longer what was analyzed; null when they all are
     */
    public record Loaded(List<DocumentInput> documents, SessionSettings settings, ResultStore results, String changed) {
    }

    /** Writes a session (a file's size and time are read now). */
    public static void save(Path file, SessionSettings settings, List<DocumentInput> documents, ResultStore copy)
            throws IOException {
        SessionFile.write(file, new SessionHeader(settings, SessionDocuments.of(documents)), new StoreResults(copy));
    }

    /** Reads a session; {@link SessionFile.Unreadable} says in one sentence why a file is refused. */
    public static Loaded open(Path file) throws IOException {
        StoreSink sink = new StoreSink();
        SessionFile.Opened opened = SessionFile.read(file, sink);
        return loaded(opened.header(), sink);
    }

    private static Loaded loaded(SessionHeader header, StoreSink sink) {
        return new Loaded(SessionDocuments.inputs(header.documents()), header.settings(), sink.store(),
                SessionDocuments.changed(header.documents()));
    }

    /** Opens a new journal for a job of these documents; for the job's thread. */
    public JournalingEvents.Opener newJournal(SessionSettings settings, List<DocumentInput> documents) {
        return () -> JobJournal.start(journals, new SessionHeader(settings, SessionDocuments.of(documents)));
    }

    // ---- interrupted jobs ------------------------------------------------------------------------

    /**
     * A journal a job left unfinished, as offered to the user.
     *
     * @param message   one sentence: when, how far it came, and what can be done
     * @param resumable false when a file it read has changed (or is gone): then it can only be discarded
     */
    public record Offer(JobJournal.Found journal, String message, boolean resumable) {
    }

    /** The newest journal of an interrupted job, or null when there is none. */
    public Offer unfinished() throws IOException {
        List<JobJournal.Found> found = JobJournal.unfinished(journals);
        if (found.isEmpty()) {
            return null;
        }
        JobJournal.Found newest = found.get(0);
        String when = WHEN.format(newest.lastWritten().toInstant().atZone(ZoneId.systemDefault()));
        String what = String.format(Locale.ENGLISH, "An analysis of %d document%s was interrupted on %s with %,d units scored",
                newest.header().documents().size(), newest.header().documents().size() == 1 ? "" : "s", when,
                newest.units());
        String changed = SessionDocuments.changed(newest.header().documents());
        return changed == null ? new Offer(newest, what + ". Resume it, or discard it?", true)
                : new Offer(newest, what + ", but it cannot be resumed: " + changed + ". Discard it?", false);
    }

    /** An interrupted job to go on with: its results so far, and where to go on. */
    public record Resumable(Loaded loaded, ResumePoint resumeAt, JobJournal.Found journal) {
    }

    /** Reads the offered journal's results; refuses (IOException) when a file it read has changed since. */
    public Resumable load(Offer offer) throws IOException {
        StoreSink sink = new StoreSink();
        JobJournal.Found found = JobJournal.read(offer.journal().file(), sink);
        Loaded loaded = loaded(found.header(), sink);
        if (loaded.changed() != null) {
            throw new IOException("the analysis cannot be resumed: " + loaded.changed());
        }
        return new Resumable(loaded, new ResumePoint(found.documents(), found.lastUnit(), found.units()), found);
    }

    /** Reopens an interrupted job's journal to go on writing it; for the job's thread. */
    public static JournalingEvents.Opener continueJournal(Resumable resumable) {
        return () -> JobJournal.resume(resumable.journal());
    }

    public void discard(Offer offer) throws IOException {
        Files.deleteIfExists(offer.journal().file());
    }
}
