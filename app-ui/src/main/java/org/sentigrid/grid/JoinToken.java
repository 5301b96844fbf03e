package org.sentigrid.grid;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import org.sentigrid.api.grid.auth.TokenKey;

/**
 * The secret workers prove they know on every connection ({@code auth.TokenProof}); it never crosses the
 * wire. 128 random bits by default.
 */
public final class JoinToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private volatile TokenKey key;

    private JoinToken(String text) {
        this.text = text;
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

    /** The key both ends derive from the token for their proofs; derived once. */
    public TokenKey key() {
        TokenKey derived = key;
        if (derived == null) {
            derived = TokenKey.of(text);
            key = derived;
        }
        return derived;
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
