package org.sentigrid.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the memory of a CSV parser, which would otherwise read a whole file into one cell after a
 * stray quote: fails once more than {@code limit} chars were read since the last {@link #startRecord()}.
 * The count is approximate by the parser's read-ahead, so the limit should leave some slack.
 */
final class RecordSizeGuard extends FilterReader {
    static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLong() {
            super("record too long");
        }
    }

    private final long limit;
    private long read;

    RecordSizeGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    void startRecord() {
        read = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws RecordTooLong {
        read += n;
        if (read > limit) {
            throw new RecordTooLong();
        }
    }
}
