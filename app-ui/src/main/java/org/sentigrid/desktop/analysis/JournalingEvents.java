package org.sentigrid.desktop.analysis;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.session.JobJournal;
import org.sentigrid.session.ScoredChunk;
import org.sentigrid.text.TextUnit;

/**
 * Writes what a job reports to its journal before handing it on: a batch is in the journal before the
 * window shows it. The writing runs on a thread of its own, fed in order through a short queue, because
 * the job's thread reads and splits the text and is what limits a job's speed (journaling on it made a
 * million-sentence job 0.77x as fast). When the job ends or is cancelled, the journal gets its end and is
 * deleted before {@link #finished} returns. If the journal cannot be written, the user is told once and
 * the job goes on without it.
 */
public final class JournalingEvents implements JobEvents {
    /** Opens the job's journal (a new one, or an interrupted job's to go on with); called on the job's thread. */
    @FunctionalInterface
    public interface Opener {
        JobJournal open() throws IOException;
    }

    /**
     * Units a journal record holds at most: a region's results (tens of thousands of units) go in several,
     * so a crash while one is written loses only that one's units, which the resumed job scores again.
     */
    private static final int RECORD_UNITS = 2_000;
    /** Events waiting for the journal thread: a few batches, so a slow disk holds the job back. */
    private static final int QUEUED_EVENTS = 2;

    private final Opener opener;
    private final JobEvents next;
    private final WindowLoad window;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUED_EVENTS);
    private Thread writer;
    /** Used on the journal thread only, once it runs. */
    private JobJournal journal;

    public JournalingEvents(Opener opener, JobEvents next) {
        this(opener, next, WindowLoad.NONE);
    }

    /** Journals what the job reports, stepping aside while the window draws its heavy frames ({@code window}). */
    public JournalingEvents(Opener opener, JobEvents next, WindowLoad window) {
        this.opener = opener;
        this.next = next;
        this.window = window;
    }

    /** Opens the journal; call on the job's thread before it runs. */
    public void open() {
        try {
            journal = opener.open();
        } catch (IOException | RuntimeException e) {
            failed("could not be created", e);
            return;
        }
        writer = new Thread(this::writeInTurn, "sentigrid-journal");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void documentStarted(String name) {
        inTurn(() -> {
            write(j -> j.document(name));
            next.documentStarted(name);
        });
    }

    /** Journals and hands on a region's many units in records of at most {@link #RECORD_UNITS}. */
    @Override
    public void scored(List<TextUnit> units, List<SentimentScores> scores, String worker) {
        for (int from = 0; from < units.size(); from += RECORD_UNITS) {
            List<TextUnit> recordUnits = units.subList(from, Math.min(units.size(), from + RECORD_UNITS));
            List<SentimentScores> recordScores = scores.subList(from, from + recordUnits.size());
            inTurn(() -> {
                window.awaitLightFrame();
                write(j -> j.units(ScoredChunk.of(recordUnits, recordScores, worker)));
                next.scored(recordUnits, recordScores, worker);
            });
        }
    }

    @Override
    public void read(long unitsRead, double shareRead) {
        inTurn(() -> next.read(unitsRead, shareRead));
    }

    @Override
    public void problem(String message) {
        inTurn(() -> next.problem(message));
    }

    /** Ends the journal after everything before it, and returns once that is done. */
    @Override
    public void finished(boolean cancelled) {
        inTurn(() -> {
            if (journal != null) {
                try {
                    journal.finish();
                } catch (IOException e) {
                    next.problem("The job's journal could not be closed (" + e.getMessage() + "); it may be offered for resume next time, and you can discard it then.");
                }
                journal = null;
            }
            next.finished(cancelled);
        });
        if (writer != null) {
            inTurn(STOP);
            boolean interrupted = false;
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the journal's end must still be written: wait on, then say so
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final Runnable STOP = () -> { };

    /** Runs {@code event} on the journal thread after those before it (or here, when there is no journal). */
    private void inTurn(Runnable event) {
        if (writer == null) {
            event.run();
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(event);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // an event must not be lost: the job's thread is asked to stop, it still reports
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeInTurn() {
        try {
            for (Runnable event = queue.take(); event != STOP; event = queue.take()) {
                try {
                    event.run();
                } catch (RuntimeException e) {
                    // The job's own thread would have ended the job on it; here the events after it must still run.
                    next.problem("The analysis could not show some results (" + e + "); the others are kept.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // nobody interrupts this thread
        }
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
