package org.sentigrid.launch;

/** The machine presented a host key that is not known: the user may trust it by its fingerprint. */
public final class UnknownHostKey extends LaunchFailed {
    private static final long serialVersionUID = 1L;

    private final String fingerprint;

    public UnknownHostKey(String message, String fingerprint) {
        super(message);
        this.fingerprint = fingerprint;
    }

    /** The key's fingerprint as OpenSSH shows it ({@code SHA256:...}). */
    public String fingerprint() {
        return fingerprint;
    }
}
