package org.sentigrid.text;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text one block at a time: a line, a paragraph, or the whole input. A block keeps its line
 * terminators (\n, \r\n or \r), so consecutive blocks are consecutive slices of the text and offsets
 * simply add up.
 */
final class BlockReader {
    enum End {
        /** Every line is a block. */
        LINE,
        /** A block runs up to and including the next blank (whitespace-only) line. */
        BLANK_LINE,
        /** The whole input is one block. */
        INPUT
    }

    private final Reader in;
    private final End end;
    private final char[] buffer;
    private int pos;
    private int count;
    private boolean eof;
    private boolean lineBlank = true;

    BlockReader(Reader in, End end, char[] buffer) {
        this.in = in;
        this.end = end;
        this.buffer = buffer;
    }

    /**
     * Appends the rest of the current block to {@code into}, stopping early once {@code into} holds
     * {@code max} chars (a \r\n pair may add one more).
     *
     * @return true if the block is complete (or the input ended), false if {@code max} was reached first
     */
    boolean read(StringBuilder into, int max) throws IOException {
        while (into.length() < max) {
            if (pos == count && !fill()) {
                return true;
            }
            int stop = Math.min(count, pos + (max - into.length()));
            int i = pos;
            for (; i < stop; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (lineBlank && !Whitespace.is(c)) {
                    lineBlank = false;
                }
            }
            into.append(buffer, pos, i - pos);
            pos = i;
            if (i < stop) {
                char terminator = buffer[pos++];
                into.append(terminator);
                if (terminator == '\r' && (pos < count || fill()) && buffer[pos] == '\n') {
                    into.append(buffer[pos++]);
                }
                boolean blank = lineBlank;
                lineBlank = true;
                if (end == End.LINE || (end == End.BLANK_LINE && blank)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean atEnd() throws IOException {
        return pos == count && !fill();
    }

    /** Refills the buffer once it is used up. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        count = n;
        return true;
    }
}
