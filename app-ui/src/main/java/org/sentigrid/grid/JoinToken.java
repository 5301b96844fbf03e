package org.sentigrid.grid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/** The secret every worker call carries. 128 random bits by default; compared in constant time. */
public final class JoinToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;
    private final String text;

    private JoinToken(String text) {
        this.text = text;
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh token of 128 random bits, as 32 hex digits. */
    public static JoinToken random() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return new JoinToken(HexFormat.of().formatHex(secret));
    }

    /** A token the user chose. At least 16 characters, so it is not trivially guessed. */
    public static JoinToken of(String text) {
        Objects.requireNonNull(text, "token");
        if (text.length() < 16 || text.length() > 256 || !text.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("a token must be 16 to 256 printable ASCII characters without spaces");
        }
        return new JoinToken(text);
    }

    /** Constant time in the length of the offered token, whatever it shares with this one. */
    public boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(bytes, offered.getBytes(StandardCharsets.UTF_8));
    }

    /** The token itself, for the join command shown to the user and for local workers' environment. */
    public String reveal() {
        return text;
    }

    @Override
    public String toString() {
        return "JoinToken[hidden]";
    }
}
