package org.sentigrid.api.grid.tls;

import java.io.IOException;

/**
 * A TLS connection to the coordinator that must not be retried as it is: no TLS there, another
 * certificate than the pinned one, or a wrong token. The message is one plain sentence for the user.
 */
public final class TlsRefusal extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The process has no pin to trust. */
        NO_PIN,
        /** The handshake failed without a certificate to judge: no TLS there, or the connection broke. */
        NOT_TLS,
        /** The coordinator presented another certificate than the pinned one. */
        OTHER_CERTIFICATE,
        /** The coordinator refused the join token. */
        WRONG_TOKEN
    }

    private final Kind kind;

    TlsRefusal(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The refusal somewhere in {@code problem}'s causes, or null. */
    public static TlsRefusal in(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TlsRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
