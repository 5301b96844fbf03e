package org.sentigrid.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that records are formatted into: UTF-8 straight from chars and ASCII digits
 * straight from longs, so formatting a record allocates nothing once the buffer has grown.
 */
public final class Bytes {
    /** Java's UTF-8 encoder writes this for an unpaired surrogate; so must we, to give the same bytes. */
    private static final byte UNPAIRED_SURROGATE = '?';
    private static final byte[] LONG_MIN_VALUE = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

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

    /**
     * The value in decimal ASCII, as {@link Long#toString(long)} writes it. Two digits at a time, in int
     * arithmetic once the value fits: every record has a few numbers, and the coordinator writes little else.
     */
    public Bytes appendLong(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return append(LONG_MIN_VALUE);
            }
            append('-');
            value = -value;
        }
        int digits = digits(value);
        ensure(digits);
        int at = length + digits;
        length = at;
        while (value > Integer.MAX_VALUE) {
            long quotient = value / 100;
            at = putTwoDigits(at, (int) (value - quotient * 100));
            value = quotient;
        }
        int rest = (int) value;
        while (rest >= 100) {
            int quotient = rest / 100;
            at = putTwoDigits(at, rest - quotient * 100);
            rest = quotient;
        }
        if (rest >= 10) {
            putTwoDigits(at, rest);
        } else {
            data[at - 1] = (byte) ('0' + rest);
        }
        return this;
    }

    /** Writes {@code twoDigits} (0 to 99) as two digits ending before {@code end}; returns where they begin. */
    private int putTwoDigits(int end, int twoDigits) {
        data[end - 1] = (byte) ('0' + twoDigits % 10);
        data[end - 2] = (byte) ('0' + twoDigits / 10);
        return end - 2;
    }

    /** How many decimal digits a non-negative value has. */
    private static int digits(long value) {
        long bound = 10;
        for (int digits = 1; digits < 19; digits++) {
            if (value < bound) {
                return digits;
            }
            bound *= 10;
        }
        return 19;
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
