package org.sentigrid.api.grid.tls;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import javax.net.ssl.SSLSocket;

/**
 * A TCP socket that RMI uses as any other, but whose streams are those of a TLS session layered over
 * it, made by a {@link Securing} step (handshake and token preamble) the first time a stream is asked
 * for. On the coordinator that is on RMI's connection thread, not in {@code accept()}, so a slow or
 * hostile client never holds up the accept loop. Streams are buffered as in {@code BufferedSocket}.
 */
public final class SecuredSocket extends Socket {
    private static final int BUFFER_BYTES = 256 * 1024;

    /** Makes the TLS session over a connected plain socket, or fails with a plain-language IOException. */
    @FunctionalInterface
    public interface Securing {
        SSLSocket secure(Socket plain) throws IOException;
    }

    private final Securing securing;
    private boolean layering;
    private IOException failed;
    private InputStream in;
    private OutputStream out;

    /** An unconnected socket, to connect, or to accept into ({@code ServerSocket.implAccept}). */
    public SecuredSocket(Securing securing) {
        this.securing = securing;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (layering) {
            return super.getInputStream();  // the TLS layer reading the wire
        }
        secure();
        return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (layering) {
            return super.getOutputStream();
        }
        secure();
        return out;
    }

    private void secure() throws IOException {
        if (failed != null) {
            throw failed;
        }
        if (in != null) {
            return;
        }
        layering = true;
        SSLSocket tls;
        try {
            tls = securing.secure(this);
        } catch (IOException e) {
            failed = e;
            close();
            throw e;
        } finally {
            layering = false;
        }
        in = new BufferedInputStream(tls.getInputStream(), BUFFER_BYTES);
        out = new BufferedOutputStream(tls.getOutputStream(), BUFFER_BYTES);
    }
}
