package org.sentigrid.api.grid.auth;

import java.io.IOException;

/**
 * A connection to the coordinator that must not be retried as it is: no join token in this process,
 * no TLS there, another certificate than the pinned one, or a token proof that failed. The message is
 * one plain sentence for the user.
 */
public final class JoinRefusal extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** This process was given no join token (or, beyond loopback, no fingerprint). */
        NO_SECRET,
        /** The TLS handshake failed without a certificate to judge: no TLS there, or the connection broke. */
        NOT_TLS,
        /** The coordinator presented another certificate than the pinned one. */
        OTHER_CERTIFICATE,
        /** The other end did not answer the token proof as a coordinator does, or the connection broke. */
        NOT_SENTIGRID,
        /** One end could not prove the join token to the other. */
        WRONG_TOKEN
    }

    private final Kind kind;

    public JoinRefusal(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether trying again later may help: the connection may have broken, not been refused. */
    public boolean mayPass() {
        return kind == Kind.NOT_TLS || kind == Kind.NOT_SENTIGRID;
    }

    /** The refusal somewhere in {@code problem}'s causes, or null. */
    public static JoinRefusal in(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JoinRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
