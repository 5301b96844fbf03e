package org.sentigrid.desktop.analysis;

import java.io.IOException;
import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.session.JobJournal;
import org.sentigrid.session.ScoredChunk;
import org.sentigrid.text.TextUnit;

/**
 * Writes what a job reports to its journal, on the job's thread, before handing it on: a batch is in
 * the journal before the window shows it. When the job ends or is cancelled, the journal gets its end
 * and is deleted. If the journal cannot be written, the user is told once and the job goes on without it.
 */
public final class JournalingEvents implements JobEvents {
    /** Opens the job's journal (a new one, or an interrupted job's to go on with); called on the job's thread. */
    @FunctionalInterface
    public interface Opener {
        JobJournal open() throws IOException;
    }

    private final Opener opener;
    private final JobEvents next;
    private JobJournal journal;

    public JournalingEvents(Opener opener, JobEvents next) {
        this.opener = opener;
        this.next = next;
    }

    /** Opens the journal; call on the job's thread before it runs. */
    public void open() {
        try {
            journal = opener.open();
        } catch (IOException | RuntimeException e) {
            failed("could not be created", e);
        }
    }

    @Override
    public void documentStarted(String name) {
        write(j -> j.document(name));
        next.documentStarted(name);
    }

    @Override
    public void scored(List<TextUnit> units, List<SentimentScores> scores, String worker) {
        write(j -> j.units(ScoredChunk.of(units, scores, worker)));
        next.scored(units, scores, worker);
    }

    @Override
    public void read(long unitsRead, double shareRead) {
        next.read(unitsRead, shareRead);
    }

    @Override
    public void problem(String message) {
        next.problem(message);
    }

    @Override
    public void finished(boolean cancelled) {
        if (journal != null) {
            try {
                journal.finish();
            } catch (IOException e) {
                next.problem("The job's journal could not be closed (" + e.getMessage() + "); it may be offered for resume next time, and you can discard it then.");
            }
            journal = null;
        }
        next.finished(cancelled);
    }

    private void write(Write action) {
        if (journal == null) {
            return;
        }
        try {
            action.to(journal);
        } catch (IOException | RuntimeException e) {
            try {
                journal.finish(); // a journal that stops short of the job would resume wrongly
            } catch (IOException ignored) {
                // The failure is reported below.
            }
            journal = null;
            failed("could not be written", e);
        }
    }

    private void failed(String what, Exception e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        next.problem("The job's journal " + what + " (" + reason + "); the analysis goes on, but could not be resumed after a crash.");
    }

    @FunctionalInterface
    private interface Write {
        void to(JobJournal journal) throws IOException;
    }
}
