package org.sentigrid.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sentigrid.api.SentimentScores;

/**
 * One connection in the line protocol: each line in gets one line out, in order, and the client may
 * send many lines before reading any answer. This thread reads; lines that arrive together are
 * scored as one batch; a second thread writes the answers as their batches complete. A few batches
 * in flight at most: a client that sends without reading is slowed by TCP, not buffered without end,
 * and one that does not read its answers within {@link ServerSettings#writeTimeout} is closed, its
 * batches still queued cancelled. Each line's bytes stay reserved from the client's share until its
 * answer is written.
 */
final class LineConnection {
    /** Lines that arrive together are scored together, up to this many... */
    static final int MAX_BATCH_LINES = 1000;
    /** ...and about this many bytes (one longer line is a batch of its own). */
    static final int MAX_BATCH_BYTES = 256 * 1024;
    /** Batches read but not yet answered. */
    static final int MAX_BATCHES_IN_FLIGHT = 4;
    /**
     * The kernel's buffer for answers not yet sent (its own would grow to megabytes): a client that never
     * reads has at most this much scored for nothing before the writer waits, and the write timeout ends it.
     */
    static final int SEND_BUFFER_BYTES = 64 * 1024;
    /** When the server closes: how long the writer may take to send what it has. */
    private static final long LAST_WORDS_MILLIS = 300;

    private final Socket socket;
    private final ClientLimits.Share share;
    private final Served served;
    private final ServerSettings settings;
    private final ExecutorService pool;
    private final BlockingQueue<Pending> answers = new ArrayBlockingQueue<>(MAX_BATCHES_IN_FLIGHT);
    /** The batch the writer waits for or writes now, if any. */
    private volatile Pending writing;
    /**
     * Set by the reader when the client is gone. The writer checks it after each batch it takes, so a batch
     * it takes while the reader cancels (neither {@link #writing} yet nor still queued) is cancelled too.
     */
    private volatile boolean abandoned;

    LineConnection(Socket socket, ClientLimits.Share share, Served served, ExecutorService pool) {
        this.socket = socket;
        this.share = share;
        this.served = served;
        this.settings = served.settings();
        this.pool = pool;
    }

    void serve() {
        Future<?> writer;
        try {
            socket.setSendBufferSize(SEND_BUFFER_BYTES);
        } catch (SocketException gone) {
            Requests.closeQuietly(socket);
            return;
        }
        try {
            writer = pool.submit(this::write);
        } catch (RejectedExecutionException shuttingDown) {
            Requests.refuse(socket, Requests.SHUTTING_DOWN);
            return;
        }
        boolean interrupted = false;
        try {
            answers.put(Pending.end(read()));
            writer.get();
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (ExecutionException e) {
            // The writer catches what it expects; nothing to add.
        }
        if (interrupted) {
            // The server is closing and interrupted the writer too: it sends what it has, then stops.
            try {
                writer.get(LAST_WORDS_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                writer.cancel(true);
            }
            Thread.currentThread().interrupt();
        }
        Requests.finish(socket);
    }

    /** Reads lines and queues their scoring; returns the line to end with, or null when the client ended. */
    private String read() throws InterruptedException {
        LineInput input;
        try {
            input = new LineInput(socket, settings, share);
        } catch (IOException e) {
            return null;  // the client is gone
        }
        try {
            while (true) {
                LineInput.Line first = input.next();
                if (first == null) {
                    return served.closing().getAsBoolean() ? Requests.SHUTTING_DOWN : null;
                }
                if (!first.terminated() && served.closing().getAsBoolean()) {
                    return Requests.SHUTTING_DOWN;  // cut short by the shutdown, not sent whole
                }
                List<LineInput.Line> batch = new ArrayList<>();
                batch.add(first);
                long bytes = first.length();
                while (batch.size() < MAX_BATCH_LINES && bytes < MAX_BATCH_BYTES && input.lineBuffered()) {
                    LineInput.Line line = input.next();
                    batch.add(line);
                    bytes += line.length();
                }
                answers.put(submit(batch));
            }
        } catch (SocketTimeoutException e) {
            return input.started() ? Requests.idle(settings.requestTimeout(), "the line did not end")
                    : Requests.idle(settings.idleTimeout(), "no line arrived");
        } catch (IOException e) {
            // The client is gone, or the writer closed the connection: no one will read what is queued.
            abandoned = true;
            Pending current = writing;
            if (current != null) {
                current.cancel();
            }
            answers.forEach(Pending::cancel);
            return null;
        }
    }

    private Pending submit(List<LineInput.Line> batch) {
        String[] errors = new String[batch.size()];
        List<String> texts = new ArrayList<>(batch.size());
        long bytes = 0;
        for (int i = 0; i < batch.size(); i++) {
            LineInput.Line line = batch.get(i);
            bytes += line.length();
            String text = line.problem() != null ? null : Requests.decode(line.bytes(), line.length());
            if (line.problem() == LineInput.Problem.TOO_LONG) {
                errors[i] = Requests.tooLong(settings, "line");
            } else if (line.problem() == LineInput.Problem.BUSY) {
                errors[i] = Requests.BUSY;
            } else if (text == null) {
                errors[i] = Requests.NOT_UTF8;
            } else {
                texts.add(text);
            }
        }
        CompletableFuture<List<SentimentScores>> scores =
                texts.isEmpty() ? CompletableFuture.completedFuture(List.of()) : served.work().submit(texts, bytes);
        return new Pending(errors, scores, bytes, null);
    }

    /**
     * Writes the answers in order; after a write fails (the client left, or did not read in time), only
     * cancels what is still queued until the end.
     */
    private void write() {
        OutputStream out = null;
        boolean failed = false;
        try {
            while (true) {
                Pending pending = answers.take();
                writing = pending;
                if (failed || abandoned) {
                    pending.cancel();
                } else {
                    try {
                        if (out == null) {
                            out = new BufferedOutputStream(new TimedOutput(socket, settings, served.alarms()), 64 * 1024);
                        }
                        for (String line : pending.lines(settings)) {
                            out.write(line.getBytes(StandardCharsets.UTF_8));
                            out.write('\n');
                        }
                        if (answers.isEmpty()) {
                            out.flush();
                        }
                    } catch (IOException e) {
                        failed = true;
                        Requests.closeQuietly(socket);  // the reader stops too
                    }
                }
                share.release(pending.bytes());
                if (pending.isEnd()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // The server is closing and cannot wait: what is written goes out, then the connection ends.
            Thread.currentThread().interrupt();
            try {
                if (out != null && !failed) {
                    out.flush();
                }
            } catch (IOException gone) {
                // Nothing more to do.
            }
            Requests.closeQuietly(socket);
        }
    }

    /**
     * The answers to one batch of lines, which hold {@code bytes} of the client's share; or the end, with the
     * line to end with (or none).
     */
    private record Pending(String[] errors, CompletableFuture<List<SentimentScores>> scores, long bytes, String farewell) {
        static Pending end(String farewell) {
            return new Pending(null, null, 0, farewell);
        }

        /** No one will read these answers: their scoring is cancelled (if it has not finished). */
        void cancel() {
            if (scores != null) {
                scores.cancel(true);
            }
        }

        boolean isEnd() {
            return errors == null;
        }

        List<String> lines(ServerSettings settings) {
            if (isEnd()) {
                return farewell == null ? List.of() : List.of(farewell);
            }
            List<SentimentScores> scored = null;
            String failure = null;
            try {
                scored = Requests.await(scores, settings.scoreTimeout());
            } catch (Requests.Failed e) {
                failure = e.getMessage();
            }
            long texts = Arrays.stream(errors).filter(error -> error == null).count();
            if (failure == null && scored.size() != texts) {
                failure = "error: not scored: " + scored.size() + " scores came back for " + texts + " lines";
            }
            List<String> lines = new ArrayList<>(errors.length);
            int next = 0;
            for (String error : errors) {
                if (error != null) {
                    lines.add(error);
                } else {
                    lines.add(failure != null ? failure : ScoreText.line(scored.get(next++)));
                }
            }
            return lines;
        }
    }
}
