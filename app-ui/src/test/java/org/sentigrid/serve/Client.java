package org.sentigrid.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Test helper: a plain TCP client on loopback whose every wait is bounded. */
final class Client implements AutoCloseable {
    static final int TIMEOUT_MILLIS = 20_000;

    private final Socket socket;

    Client(InetSocketAddress address) throws IOException {
        this(address, null);
    }

    /** A client whose connection comes from {@code from} (another address of loopback, e.g. 127.0.0.2), or any. */
    Client(InetSocketAddress address, InetAddress from) throws IOException {
        socket = new Socket();
        if (from != null) {
            socket.bind(new InetSocketAddress(from, 0));
        }
        socket.connect(address, TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
    }

    Client send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    Client send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        return this;
    }

    Client halfClose() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** Everything until the server closes, as UTF-8; fails after the timeout. */
    String readAll() throws IOException {
        return new String(readAllBytes(), StandardCharsets.UTF_8);
    }

    byte[] readAllBytes() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    /** One line without its newline; null at the end of the stream. */
    String readLine() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** True when nothing (not even the end) arrives for {@code millis}; else a byte is consumed. */
    boolean silentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            socket.getInputStream().read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
    }

    Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
