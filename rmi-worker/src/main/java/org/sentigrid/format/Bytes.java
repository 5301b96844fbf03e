package org.sentigrid.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that records are formatted into: UTF-8 straight from chars and ASCII digits
 * straight from longs, so formatting a record allocates nothing once the buffer has grown.
 */
public final class Bytes {
    /** Java's UTF-8 encoder writes this for an unpaired surrogate; so must we, to give the same bytes. */
    private static final byte UNPAIRED_SURROGATE = '?';

    private byte[] data;
    private int length;

    public Bytes() {
        this(256);
    }

    public Bytes(int capacity) {
        data = new byte[capacity];
    }

    /** One byte; for ASCII chars. */
    public Bytes append(int b) {
        ensure(1);
        data[length++] = (byte) b;
        return this;
    }

    public Bytes append(byte[] bytes) {
        return append(bytes, 0, bytes.length);
    }

    public Bytes append(byte[] bytes, int from, int to) {
        ensure(to - from);
        System.arraycopy(bytes, from, data, length, to - from);
        length += to - from;
        return this;
    }

    /** The value in decimal ASCII, as {@link Long#toString(long)} writes it. */
    public Bytes appendLong(long value) {
        // Digits of a non-positive number, so that Long.MIN_VALUE needs no special case.
        long negative = value < 0 ? value : -value;
        int digits = 1;
        for (long rest = negative / 10; rest != 0; rest /= 10) {
            digits++;
        }
        ensure(digits + 1);
        if (value < 0) {
            data[length++] = '-';
        }
        for (int at = length + digits - 1; at >= length; at--) {
            data[at] = (byte) ('0' - negative % 10);
            negative /= 10;
        }
        length += digits;
        return this;
    }

    /**
     * {@code chars[start, end)} in UTF-8, with '?' for an unpaired surrogate as {@code String.getBytes(UTF_8)}
     * and {@code OutputStreamWriter} write it.
     */
    public Bytes appendUtf8(CharSequence chars, int start, int end) {
        ensure(3L * (end - start)); // a pair of surrogates takes 4 bytes, any other char at most 3
        byte[] d = data;
        int n = length;
        int i = start;
        while (i < end) { // the usual case: ASCII only
            char c = chars.charAt(i);
            if (c >= 0x80) {
                break;
            }
            d[n++] = (byte) c;
            i++;
        }
        for (; i < end; i++) {
            char c = chars.charAt(i);
            if (c < 0x80) {
                d[n++] = (byte) c;
            } else if (c < 0x800) {
                d[n++] = (byte) (0xC0 | c >> 6);
                d[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                d[n++] = (byte) (0xE0 | c >> 12);
                d[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                d[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars.charAt(i + 1))) {
                int code = Character.toCodePoint(c, chars.charAt(++i));
                d[n++] = (byte) (0xF0 | code >> 18);
                d[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                d[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                d[n++] = (byte) (0x80 | code & 0x3F);
            } else {
                d[n++] = UNPAIRED_SURROGATE;
            }
        }
        length = n;
        return this;
    }

    public int length() {
        return length;
    }

    /** The backing array; bytes {@code [0, length())} are the content. */
    public byte[] array() {
        return data;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, length);
    }

    /** Empties the buffer, keeping its capacity. */
    public void reset() {
        length = 0;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(data, 0, length);
    }

    private void ensure(long extra) {
        long needed = length + extra;
        if (needed > data.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("record too large: " + needed + " bytes");
            }
            data = Arrays.copyOf(data, (int) Math.max(needed, Math.min(2L * data.length, Integer.MAX_VALUE - 8)));
        }
    }
}
