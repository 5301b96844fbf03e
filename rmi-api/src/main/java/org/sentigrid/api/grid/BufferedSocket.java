package org.sentigrid.api.grid;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A socket whose streams are buffered far beyond RMI's own 8 KiB buffers. Regions and their records
 * are megabytes, and moving them 8 KiB per system call cost the coordinator more CPU than all its
 * other work; with these buffers a call moves them in a few large reads and writes. RMI flushes at
 * the end of every message, so nothing waits in the buffer.
 */
public final class BufferedSocket extends Socket {
    static final int BUFFER_BYTES = 256 * 1024;

    private InputStream in;
    private OutputStream out;

    /** An unconnected socket, to connect, or to accept into ({@code ServerSocket.implAccept}). */
    public BufferedSocket() {
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new BufferedInputStream(super.getInputStream(), BUFFER_BYTES);
        }
        return in;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new BufferedOutputStream(super.getOutputStream(), BUFFER_BYTES);
        }
        return out;
    }
}
