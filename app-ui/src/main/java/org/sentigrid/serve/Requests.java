package org.sentigrid.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What both protocols share: decoding, waiting for scores, error lines, and ending a connection politely. */
final class Requests {
    static final String NOT_UTF8 = "error: the request is not valid UTF-8";
    static final String SHUTTING_DOWN = "error: the server is shutting down";
    /** A request that would pass the bytes the server holds for all clients, or for the client's address. */
    static final String BUSY = "error: busy: too many requests are waiting to be scored; try again shortly";

    /** After our last byte, how long to wait for the client to close before we do. */
    private static final int DRAIN_QUIET_MILLIS = 200;
    private static final long DRAIN_MAX_NANOS = TimeUnit.SECONDS.toNanos(2);

    private Requests() {
    }

    /** Strict UTF-8: malformed bytes are an error, never replaced. Null when the bytes are not UTF-8. */
    static String decode(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether {@code bytes[0, length)} end after a whole UTF-8 character (or are empty): the last lead
     * byte has all its continuation bytes. Whether the bytes are valid is for {@link #decode} to say.
     */
    static boolean endsWithWholeCharacter(byte[] bytes, int length) {
        int lead = length - 1;
        while (lead >= 0 && lead > length - 4 && (bytes[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead < 0) {
            return length == 0;
        }
        int b = bytes[lead] & 0xFF;
        int needed = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return length - lead >= needed;
    }

    static String tooLong(ServerSettings settings, String what) {
        return "error: the " + what + " is longer than " + settings.maxRequestText();
    }

    static String idle(Duration timeout, String what) {
        return "error: " + what + " within " + seconds(timeout) + "; closing the connection";
    }

    /** The line for a connection over its address's share. */
    static String tooManyConnections(ServerSettings settings, InetAddress address) {
        return "error: busy: " + settings.maxConnectionsPerAddress() + " connections from " + address.getHostAddress()
                + " are open already; try again when one ends";
    }

    /**
     * Waits for scores; a failure, a timeout or an interrupt becomes a {@link Failed} with the error line.
     * Scores not had in time are cancelled: no one waits for them any more.
     */
    static <T> T await(CompletableFuture<T> scores, Duration timeout) throws Failed {
        try {
            return scores.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            scores.cancel(true);
            throw new Failed("error: not scored within " + seconds(timeout) + " (is a worker connected?)");
        } catch (InterruptedException e) {
            scores.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed(SHUTTING_DOWN);
        } catch (ExecutionException | CancellationException e) {
            throw new Failed(failure(e));
        }
    }

    /** {@code error: } and the reason in one line, never a stack trace. */
    static String failure(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            message = cause instanceof CancellationException ? "scoring was cancelled" : cause.getClass().getSimpleName();
        }
        return "error: not scored: " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Ends a connection after the server's last byte: sends our end (FIN) after the data, then reads
     * and drops what the client still sends until it closes (briefly), so that closing never resets a
     * connection whose answer the client has not read yet.
     */
    static void finish(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(DRAIN_QUIET_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[8192];
            long deadline = System.nanoTime() + DRAIN_MAX_NANOS;
            while (System.nanoTime() < deadline && in.read(sink) >= 0) {
                // Dropped: the answer is sent.
            }
        } catch (SocketTimeoutException quiet) {
            // The client keeps the connection open without sending: close it.
        } catch (IOException gone) {
            // The client is gone.
        } finally {
            closeQuietly(socket);
        }
    }

    /**
     * A connection the server does not serve (it is closing, or the client's address has its share): told
     * {@code line}, then closed at once. What the client sent so far is read and dropped first, so that the
     * close is a plain end (FIN) after the line, not a reset that could lose it.
     */
    static void refuse(Socket socket, String line) {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            in.skip(in.available());
        } catch (IOException ignored) {
            // Gone already.
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closed either way.
        }
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Scores that could not be had; the message is the error line to send. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String line) {
            super(line, null, false, false);
        }
    }
}
