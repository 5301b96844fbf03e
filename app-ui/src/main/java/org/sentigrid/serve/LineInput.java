package org.sentigrid.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code \n}-terminated lines of bytes from a socket, each at most {@link ServerSettings#maxRequestBytes}
 * long (a trailing {@code \r} stripped). A line's bytes are reserved from the connection's
 * {@link ClientLimits.Share} as they arrive; a longer line, or one the share cannot hold, is skipped up to
 * its newline and reported, so memory stays bounded whatever the client sends. The next line must start
 * within {@link ServerSettings#idleTimeout}, and end within {@link ServerSettings#requestTimeout} of its
 * first byte, or reading fails with a {@link SocketTimeoutException}.
 */
final class LineInput {
    /** Why a line was not kept. */
    enum Problem { TOO_LONG, BUSY }

    /**
     * One line: its bytes (without the newline and a trailing CR; reserved from the share until the caller
     * releases them), or a problem and no bytes.
     */
    record Line(byte[] bytes, Problem problem, boolean terminated) {
        int length() {
            return bytes.length;
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final ServerSettings settings;
    private final ClientLimits.Share share;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long lineDeadline;
    private boolean started;

    LineInput(Socket socket, ServerSettings settings, ClientLimits.Share share) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.settings = settings;
        this.share = share;
    }

    /** The next line, blocking until it is complete; a last line without newline counts; null at the end. */
    Line next() throws IOException {
        line.reset();
        started = false;
        Problem problem = null;
        while (true) {
            if (position == limit) {
                position = 0;
                limit = 0;
                int n = timedRead();
                if (n < 0) {
                    return started ? finish(problem, false) : null;
                }
                limit = n;
                continue;
            }
            if (!started) {
                started = true;
                lineDeadline = System.nanoTime() + settings.requestTimeout().toNanos();
            }
            int newline = indexOfNewline(position);
            int end = newline < 0 ? limit : newline;
            if (problem == null) {
                problem = keep(position, end - position);
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish(problem, true);
            }
        }
    }

    /** Whether the line being read when {@link #next} timed out had begun. */
    boolean started() {
        return started;
    }

    /** Whether a whole line can be had without waiting: one is buffered, or arrived and fits the buffer. */
    boolean lineBuffered() throws IOException {
        if (indexOfNewline(position) >= 0) {
            return true;
        }
        int available = in.available();
        if (available <= 0) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int space = buffer.length - limit;
        if (space == 0) {
            return false;
        }
        int from = limit;
        int n = in.read(buffer, limit, Math.min(space, available));
        if (n > 0) {
            limit += n;
        }
        return indexOfNewline(from) >= 0;
    }

    /** Reads into the empty buffer: a line not begun may wait the idle timeout, one begun what is left of its own. */
    private int timedRead() throws IOException {
        long millis = settings.idleTimeout().toMillis();
        if (started) {
            millis = TimeUnit.NANOSECONDS.toMillis(lineDeadline - System.nanoTime());
            if (millis <= 0) {
                throw new SocketTimeoutException("the line did not end in time");
            }
        }
        socket.setSoTimeout((int) millis);
        return in.read(buffer);
    }

    /** Adds {@code length} bytes from the buffer to the line; the problem that stops it, or null. */
    private Problem keep(int from, int length) {
        Problem problem = null;
        if (line.size() + length > settings.maxRequestBytes() + 1) {  // + 1: room for a CR before the newline
            problem = Problem.TOO_LONG;
        } else if (!share.reserve(length)) {
            problem = Problem.BUSY;
        }
        if (problem != null) {
            share.release(line.size());
            line.reset();
            return problem;
        }
        line.write(buffer, from, length);
        return null;
    }

    private Line finish(Problem problem, boolean terminated) {
        if (problem != null) {
            return new Line(new byte[0], problem, terminated);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
            share.release(1);
        }
        if (bytes.length > settings.maxRequestBytes()) {
            share.release(bytes.length);
            return new Line(new byte[0], Problem.TOO_LONG, terminated);
        }
        return new Line(bytes, null, terminated);
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
