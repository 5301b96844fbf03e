package org.sentigrid.api.grid.auth;

import java.util.Objects;
import org.sentigrid.api.grid.tls.CertificateFingerprint;

/**
 * What a worker process proves and trusts: the key of the join token and, beyond loopback, the
 * coordinator's certificate fingerprint. Set once per process, before any RMI call ({@link #install});
 * the client socket factories that travel in the coordinator's stubs read it here, so neither the token
 * nor the pin ever travels.
 *
 * @param key  the join token's key
 * @param pin  the coordinator's certificate, or null for a coordinator on loopback
 */
public record JoinSecret(TokenKey key, CertificateFingerprint pin) {
    private static volatile JoinSecret installed;

    public JoinSecret {
        Objects.requireNonNull(key, "key");
    }

    /** Makes this process prove {@code secret} on every connection to a coordinator. */
    public static void install(JoinSecret secret) {
        installed = Objects.requireNonNull(secret, "secret");
    }

    /** The secret of this process, or null when none was installed. */
    public static JoinSecret installed() {
        return installed;
    }

    @Override
    public String toString() {
        return "JoinSecret[" + (pin == null ? "loopback" : pin) + ", token hidden]";
    }
}
