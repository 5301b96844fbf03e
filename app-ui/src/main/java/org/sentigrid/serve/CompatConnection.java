package org.sentigrid.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sentigrid.api.SentimentScores;

/**
 * One connection in the compatible protocol: one sentence in, its compound score out (as the Python
 * server printed it, no newline), then the server closes. The sentence ends at the first newline,
 * when the client half-closes, or when nothing more arrives for {@link ServerSettings#settleGap} (a few
 * milliseconds) after bytes that are whole UTF-8 characters, or for {@link ServerSettings#idleGap} after
 * bytes that end inside a character; whichever comes first. So a sentence is answered at once, as the
 * original server answered its first read, and the segments of one write are still read whole.
 *
 * <p>The whole sentence must arrive within {@link ServerSettings#requestTimeout} of the connection, however
 * it trickles in, and its bytes are reserved from the client's {@link ClientLimits.Share} as they arrive.
 */
final class CompatConnection {
    private final Socket socket;
    private final ClientLimits.Share share;
    private final Served served;
    private final ServerSettings settings;

    CompatConnection(Socket socket, ClientLimits.Share share, Served served) {
        this.socket = socket;
        this.share = share;
        this.served = served;
        this.settings = served.settings();
    }

    void serve() {
        try {
            String answer = answer();
            share.releaseAll();
            // One short line into a send buffer nothing else was written to: it never waits for the client,
            // so it needs no write timeout (and the drain after it is bounded).
            socket.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // The client went away; there is no one left to tell.
        } finally {
            Requests.finish(socket);
        }
    }

    /** The score as text, or an error line ending with a newline. */
    private String answer() throws IOException {
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        Request request = new Request();
        byte[] buffer = new byte[16 * 1024];
        InputStream in = socket.getInputStream();
        long gap = Long.MAX_VALUE;  // until the first byte, only the deadline ends the wait
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return late(request);
            }
            socket.setSoTimeout((int) Math.min(gap, left));
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                if (gap <= left) {
                    break;  // quiet after its last byte: the sentence is complete
                }
                return late(request);
            }
            if (n < 0) {
                if (served.closing().getAsBoolean()) {
                    return Requests.SHUTTING_DOWN + "\n";
                }
                break;  // the client half-closed (or closed): the sentence is complete
            }
            int newline = indexOf(buffer, n, (byte) '\n');
            int taken = newline < 0 ? n : newline;
            if (request.size() + taken > settings.maxRequestBytes() + 1) {  // + 1: room for a CR before the newline
                return Requests.tooLong(settings, "sentence") + "\n";
            }
            if (!share.reserve(taken)) {
                return Requests.BUSY + "\n";
            }
            request.write(buffer, 0, taken);
            if (newline >= 0) {
                break;
            }
            gap = (request.endsWithWholeCharacter() ? settings.settleGap() : settings.idleGap()).toMillis();
        }
        byte[] bytes = request.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length > settings.maxRequestBytes()) {
            return Requests.tooLong(settings, "sentence") + "\n";
        }
        String text = Requests.decode(bytes, length);
        if (text == null) {
            return Requests.NOT_UTF8 + "\n";
        }
        try {
            List<SentimentScores> scores = Requests.await(served.work().submit(List.of(text), length), settings.scoreTimeout());
            return ScoreText.python(scores.get(0).compound());
        } catch (Requests.Failed e) {
            return e.getMessage() + "\n";
        }
    }

    /** The line for a sentence that did not arrive whole within the request timeout. */
    private String late(Request request) {
        return Requests.idle(settings.requestTimeout(), request.size() == 0 ? "no sentence arrived" : "the sentence did not end")
                + "\n";
    }

    private static int indexOf(byte[] bytes, int length, byte wanted) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of the request so far. */
    private static final class Request extends ByteArrayOutputStream {
        boolean endsWithWholeCharacter() {
            return Requests.endsWithWholeCharacter(buf, count);
        }
    }
}
