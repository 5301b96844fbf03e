package org.sentigrid.api.grid.tls;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Everything a worker needs to join a coordinator beyond loopback, as one string to copy: {@code sg1:}
 * and the unpadded base64url of {@code HOST:PORT TOKEN FINGERPRINT}. It holds the token: show it only
 * to the coordinator's user.
 *
 * @param address     HOST:PORT, or [ADDR]:PORT for IPv6
 * @param token       the join token
 * @param fingerprint the coordinator's certificate
 */
public record JoinCode(String address, String token, CertificateFingerprint fingerprint) {
    private static final String PREFIX = "sg1:";
    private static final String MALFORMED = "the join code is not one Sentigrid printed (it starts with " + PREFIX
            + "); copy it again, whole";

    public JoinCode {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (address == null || address.isEmpty() || address.contains(" ")) {
            throw new IllegalArgumentException("a join code's address is HOST:PORT");
        }
        if (token == null || token.isEmpty() || token.contains(" ")) {
            throw new IllegalArgumentException("a join code's token is not empty and has no spaces");
        }
    }

    /** Parses a code the user pasted; the exception's message is one plain sentence. */
    public static JoinCode parse(String code) {
        String text = code == null ? "" : code.strip();
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException(MALFORMED);
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text.substring(PREFIX.length())), StandardCharsets.UTF_8)
                    .split(" ", -1);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(MALFORMED);
        }
        if (parts.length != 3) {
            throw new IllegalArgumentException(MALFORMED);
        }
        try {
            return new JoinCode(parts[0], parts[1], CertificateFingerprint.parse(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MALFORMED);
        }
    }

    /** The code as the user copies it. */
    public String text() {
        String payload = address + " " + token + " " + fingerprint.text();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "JoinCode[" + address + ", token hidden, " + fingerprint + "]";
    }
}
