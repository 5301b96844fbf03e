package org.sentigrid.api.grid.tls;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes inside every TLS connection to the coordinator, before any RMI: the worker sends
 * {@code SGT1}, a two-byte length and the join token (UTF-8); the coordinator answers one byte,
 * {@link #ACCEPTED} or {@link #REFUSED}. Only then does RMI read anything, so nothing is deserialized
 * for a caller without the token.
 */
public final class TokenPreamble {
    public static final int ACCEPTED = 1;
    public static final int REFUSED = 0;
    static final int MAX_TOKEN_BYTES = 1024;
    private static final int MAGIC = 0x53475431;  // "SGT1"

    private TokenPreamble() {
    }

    /** Writes the preamble and flushes. */
    public static void send(OutputStream out, String token) throws IOException {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_TOKEN_BYTES) {
            throw new IOException("the join token is longer than " + MAX_TOKEN_BYTES + " bytes");
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeShort(bytes.length);
        data.write(bytes);
        data.flush();
    }

    /** Reads a preamble; an IOException when the bytes are not one (say, an RMI or serialization stream). */
    public static String receive(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("the connection did not start with the join token");
        }
        int length = data.readUnsignedShort();
        if (length > MAX_TOKEN_BYTES) {
            throw new IOException("the join token offered is too long");
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
