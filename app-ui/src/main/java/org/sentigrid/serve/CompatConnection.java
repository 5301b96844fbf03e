package org.sentigrid.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.sentigrid.api.SentimentScores;

/**
 * One connection in the compatible protocol: one sentence in, its compound score out (as the Python
 * server printed it, no newline), then the server closes. The sentence ends at the first newline,
 * when the client half-closes, or when nothing more arrives for {@link ServerSettings#settleGap} (a few
 * milliseconds) after bytes that are whole UTF-8 characters, or for {@link ServerSettings#idleGap} after
 * bytes that end inside a character; whichever comes first. So a sentence is answered at once, as the
 * original server answered its first read, and the segments of one write are still read whole.
 */
final class CompatConnection {
    private final Socket socket;
    private final ServerSettings settings;
    private final TextScorer scorer;
    private final BooleanSupplier closing;

    CompatConnection(Socket socket, ServerSettings settings, TextScorer scorer, BooleanSupplier closing) {
        this.socket = socket;
        this.settings = settings;
        this.scorer = scorer;
        this.closing = closing;
    }

    void serve() {
        try {
            String answer = answer();
            OutputStream out = socket.getOutputStream();
            out.write(answer.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException gone) {
            // The client went away; there is no one left to tell.
        } finally {
            Requests.finish(socket);
        }
    }

    /** The score as text, or an error line ending with a newline. */
    private String answer() throws IOException {
        Request request = new Request();
        byte[] buffer = new byte[16 * 1024];
        InputStream in = socket.getInputStream();
        socket.setSoTimeout((int) settings.readTimeout().toMillis());
        boolean received = false;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                if (!received) {
                    return Requests.idle(settings.readTimeout(), "no sentence arrived") + "\n";
                }
                break;  // quiet after its last byte: the sentence is complete
            }
            if (n < 0) {
                if (closing.getAsBoolean()) {
                    return Requests.SHUTTING_DOWN + "\n";
                }
                break;  // the client half-closed (or closed): the sentence is complete
            }
            if (n == 0) {
                continue;
            }
            received = true;
            int newline = indexOf(buffer, n, (byte) '\n');
            request.write(buffer, 0, newline < 0 ? n : newline);
            socket.setSoTimeout((int) (request.endsWithWholeCharacter() ? settings.settleGap() : settings.idleGap()).toMillis());
            if (request.size() > settings.maxRequestBytes() + 1) {  // + 1: room for a CR before the newline
                return Requests.tooLong(settings, "sentence") + "\n";
            }
            if (newline >= 0) {
                break;
            }
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
            SentimentScores scores = Requests.await(score(text), settings.scoreTimeout());
            return ScoreText.python(scores.compound());
        } catch (Requests.Failed e) {
            return e.getMessage() + "\n";
        }
    }

    private CompletableFuture<SentimentScores> score(String text) {
        try {
            return scorer.score(text);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
