package org.sentigrid.api.grid.auth;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import org.sentigrid.api.grid.WireFilter;

/**
 * A TCP socket that RMI uses as any other, but whose streams are handed out only after a {@link Guard}
 * has run over it (a TLS handshake, the {@link TokenProof}) the first time a stream is asked for. On the
 * coordinator that is on RMI's connection thread, not in {@code accept()}, so a slow or hostile client
 * never holds up the accept loop.
 * <p>
 * The streams are buffered far beyond RMI's own 8 KiB: regions and their records are megabytes, and
 * moving them 8 KiB per system call cost the coordinator more CPU than all its other work. RMI flushes at
 * the end of every message, so nothing waits in a buffer. No message read may pass
 * {@link WireFilter#MAX_MESSAGE_BYTES} ({@link MessageBudget}).
 */
public final class GuardedSocket extends Socket {
    static final int BUFFER_BYTES = 256 * 1024;

    /** Runs over a connected plain socket and returns the streams to use, or fails with a plain-language IOException. */
    @FunctionalInterface
    public interface Guard {
        Streams open(Socket plain) throws IOException;
    }

    /** The streams RMI reads and writes once the guard passed. */
    public record Streams(InputStream in, OutputStream out) {
    }

    private final Guard guard;
    private final MessageBudget budget;
    private boolean guarding;
    private IOException failed;
    private InputStream in;
    private OutputStream out;

    /** An unconnected socket, to connect, or to accept into ({@code ServerSocket.implAccept}). */
    public GuardedSocket(Guard guard) {
        this(guard, WireFilter.MAX_MESSAGE_BYTES);
    }

    /** As {@link #GuardedSocket(Guard)}, with messages of at most {@code maxMessageBytes}. */
    GuardedSocket(Guard guard, long maxMessageBytes) {
        this.guard = guard;
        this.budget = new MessageBudget(maxMessageBytes);
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (guarding) {
            return super.getInputStream();  // the guard (or a TLS layer) reading the wire
        }
        open();
        return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (guarding) {
            return super.getOutputStream();
        }
        open();
        return out;
    }

    private void open() throws IOException {
        if (failed != null) {
            throw failed;
        }
        if (in != null) {
            return;
        }
        guarding = true;
        Streams streams;
        try {
            streams = guard.open(this);
        } catch (IOException e) {
            failed = e;
            close();
            throw e;
        } finally {
            guarding = false;
        }
        in = budget.input(new BufferedInputStream(streams.in(), BUFFER_BYTES));
        out = budget.output(new BufferedOutputStream(streams.out(), BUFFER_BYTES));
    }
}
