package org.sentigrid.api.grid;

import java.io.Serial;
import java.io.Serializable;

/**
 * A worker asking to join. It carries no token: the connection it comes on proved the token already
 * ({@code auth.TokenProof}).
 *
 * @param version           the worker's Sentigrid version
 * @param vaderFingerprint  its engine and lexicon fingerprint in vader mode
 * @param nltkFingerprint   the same in nltk mode
 * @param name              a name for people (e.g. "lab-pc-3"); need not be unique
 * @param host              the worker's host name, as it sees itself
 * @param threads           how many batches it scores at once
 */
public record JoinRequest(String version, String vaderFingerprint, String nltkFingerprint,
                          String name, String host, int threads) implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;

    public JoinRequest {
        Wire.requireText("version", version, Wire.MAX_NAME_CHARS);
        Wire.requireText("vaderFingerprint", vaderFingerprint, Wire.MAX_NAME_CHARS);
        Wire.requireText("nltkFingerprint", nltkFingerprint, Wire.MAX_NAME_CHARS);
        Wire.requireText("name", name, Wire.MAX_NAME_CHARS);
        Wire.requireText("host", host, Wire.MAX_NAME_CHARS);
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be 1 to 1024, was " + threads);
        }
    }

    @Override
    public String toString() {
        return "JoinRequest[name=" + name + ", host=" + host + ", version=" + version + ", threads=" + threads + "]";
    }
}
