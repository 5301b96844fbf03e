package org.sentigrid.api.grid.auth;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Bounds the bytes of one message read from a connection: what arrives between two messages this side
 * sends. RMI on one connection alternates a call and its answer, and each side flushes at the end of
 * what it sends, so a flush starts a fresh budget. The deserialization filter bounds arrays before they
 * are allocated, but a string's length is read past it ({@code TC_LONGSTRING} takes eight bytes of
 * length), and the string is then built as its bytes arrive: cutting the connection once a message passes
 * the budget bounds strings too.
 */
final class MessageBudget {
    private final long limit;
    private long read;

    MessageBudget(long limit) {
        this.limit = limit;
    }

    /** {@code in}, failing once more than the budget has been read since this side last flushed. */
    InputStream input(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    spend(1);
                }
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
                if (n > 0) {
                    spend(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, Math.max(1, limit - read + 1)));
                spend(skipped);
                return skipped;
            }
        };
    }

    /** {@code out}, starting a fresh budget each time it is flushed: the other side may answer now. */
    OutputStream output(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                synchronized (MessageBudget.this) {
                    read = 0;
                }
                super.flush();
            }
        };
    }

    private synchronized void spend(long bytes) throws IOException {
        read += bytes;
        if (read > limit) {
            throw new IOException("the other side sent more than " + limit + " bytes in one message; the connection is closed");
        }
    }
}
