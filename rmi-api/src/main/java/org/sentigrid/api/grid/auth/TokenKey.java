package org.sentigrid.api.grid.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key both ends derive from the join token, with which they prove to each other that they know it
 * ({@link TokenProof}). The token itself never leaves the process. PBKDF2 makes each guess at a weak,
 * user-chosen token cost an attacker who recorded a proof as much as it costs us once per process.
 */
public final class TokenKey {
    static final int ITERATIONS = 20_000;
    private static final byte[] SALT = "sentigrid join token proof v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private TokenKey(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Derives the key of {@code token}; about 10–50 ms, so callers derive it once. */
    public static TokenKey of(String token) {
        Objects.requireNonNull(token, "token");
        char[] chars = token.toCharArray();
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return new TokenKey(factory.generateSecret(new PBEKeySpec(chars, SALT, ITERATIONS, 256)).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks PBKDF2WithHmacSHA256", e);
        }
    }

    /** HMAC-SHA256 over the parts, each prefixed by its length so that no two splits of one text collide. */
    byte[] mac(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(new byte[] {(byte) (part.length >>> 8), (byte) part.length});
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "TokenKey[hidden]";
    }
}
