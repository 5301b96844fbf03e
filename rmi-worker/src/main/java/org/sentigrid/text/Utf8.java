package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 facts about bytes, without decoding them: whether they are valid, and how many UTF-16 chars
 * they decode to. Both go eight ASCII bytes at a time, as most text is mostly ASCII.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** Whether the rest of the stream is valid UTF-8, as Java's strict decoder judges it. */
    static boolean isValid(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int carried = 0;
        int n;
        while ((n = in.read(buffer, carried, buffer.length - carried)) >= 0) {
            int length = carried + n;
            int incomplete = incompleteEnd(buffer, length);
            if (incomplete < 0) {
                return false;
            }
            System.arraycopy(buffer, length - incomplete, buffer, 0, incomplete);
            carried = incomplete;
        }
        return carried == 0;
    }

    /**
     * Checks {@code bytes[0, length)}: -1 if invalid, else how many bytes at the end begin a sequence
     * that is valid so far but unfinished (0 to 3). Rejects what Java's decoder rejects: stray
     * continuation bytes, overlong forms, surrogates and code points beyond U+10FFFF.
     */
    static int incompleteEnd(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            if (i + Long.BYTES <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int more;
            int low = 0x80; // the range of the second byte, narrower after some leads
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                more = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                more = 2;
                low = lead == 0xE0 ? 0xA0 : low;   // no overlong forms
                high = lead == 0xED ? 0x9F : high; // no surrogates
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                more = 3;
                low = lead == 0xF0 ? 0x90 : low;   // no overlong forms
                high = lead == 0xF4 ? 0x8F : high; // nothing beyond U+10FFFF
            } else {
                return -1;
            }
            int available = Math.min(more, length - i - 1);
            for (int k = 1; k <= available; k++) {
                int b = bytes[i + k] & 0xFF;
                if (k == 1 ? (b < low || b > high) : (b & 0xC0) != 0x80) {
                    return -1;
                }
            }
            if (available < more) {
                return length - i;
            }
            i += more + 1;
        }
        return 0;
    }

    /** The UTF-16 length of valid UTF-8: a char per byte that begins a sequence, two for a four-byte one. */
    static long chars(byte[] bytes) {
        long chars = 0;
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            if (((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                chars += Long.BYTES;
            } else {
                for (int j = i; j < i + Long.BYTES; j++) {
                    chars += weight(bytes[j]);
                }
            }
        }
        for (; i < bytes.length; i++) {
            chars += weight(bytes[i]);
        }
        return chars;
    }

    private static int weight(byte b) {
        if ((b & 0xC0) == 0x80) {
            return 0; // a continuation byte
        }
        return (b & 0xF8) == 0xF0 ? 2 : 1;
    }
}
