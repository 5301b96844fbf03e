package org.sentigrid.api.grid.tls;

import java.util.Objects;

/**
 * What a worker process trusts and proves: the coordinator's certificate fingerprint and the join
 * token. Set once per process, before any RMI call, by the worker's start-up ({@link #install}); the
 * {@link TlsClientSocketFactory} that travels in the coordinator's stubs reads it here.
 *
 * @param fingerprint the pinned certificate
 * @param token       the join token, sent inside TLS before any RMI
 */
public record CoordinatorPin(CertificateFingerprint fingerprint, String token) {
    private static volatile CoordinatorPin installed;

    public CoordinatorPin {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(token, "token");
    }

    /** Makes this process trust {@code pin} for every TLS connection to a coordinator. */
    public static void install(CoordinatorPin pin) {
        installed = Objects.requireNonNull(pin, "pin");
    }

    /** The pin of this process, or null when none was installed. */
    public static CoordinatorPin installed() {
        return installed;
    }

    @Override
    public String toString() {
        return "CoordinatorPin[" + fingerprint + ", token hidden]";
    }
}
