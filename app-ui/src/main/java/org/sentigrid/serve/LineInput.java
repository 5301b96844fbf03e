package org.sentigrid.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines of bytes, each at most {@code maxBytes} long (a trailing
 * {@code \r} stripped); a longer line is skipped up to its newline and reported as too long, so
 * memory stays bounded whatever the client sends.
 */
final class LineInput {
    /** One line: its bytes (without the newline and a trailing CR), or too long to keep. */
    record Line(byte[] bytes, boolean tooLong, boolean terminated) {
        int length() {
            return bytes.length;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;

    LineInput(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, blocking until it is complete; a last line without newline counts; null at the end. */
    Line next() throws IOException {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                position = 0;
                limit = 0;
                int n = in.read(buffer);
                if (n < 0) {
                    return any ? finish(tooLong, false) : null;
                }
                limit = n;
                continue;
            }
            any = true;
            int newline = indexOfNewline(position);
            int end = newline < 0 ? limit : newline;
            if (!tooLong) {
                if (line.size() + (end - position) > maxBytes + 1) {  // + 1: room for a CR before the newline
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buffer, position, end - position);
                }
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish(tooLong, true);
            }
        }
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

    private Line finish(boolean tooLong, boolean terminated) {
        if (tooLong) {
            return new Line(new byte[0], true, terminated);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes.length > maxBytes ? new Line(new byte[0], true, terminated) : new Line(bytes, false, terminated);
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
