package org.sentigrid.api.grid;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

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
 * @param linkBytesPerSecond how fast the coordinator's bytes reached it before it joined
 *                           ({@link CoordinatorService#linkTest}); 0 when it did not measure
 */
public record JoinRequest(String version, String vaderFingerprint, String nltkFingerprint,
                          String name, String host, int threads, long linkBytesPerSecond) implements Serializable {
    @Serial
    private static final long serialVersionUID = 3L;
    /**
     * A link that carries at least this much a second for each of the worker's threads gets its work unpacked:
     * about twice what a fast core scores (a core here scores about 25 MB of text a second). Packing costs
     * more CPU at both ends than the link then saves: zstd packs about 300 MB a second on a core, and TLS
     * encrypts over 1 GB a second (docs/PERFORMANCE.md). A slower link, such as Wi-Fi, gets it packed, or the
     * worker would wait for its work.
     */
    public static final long UNPACKED_BYTES_A_THREAD = 64L * 1024 * 1024;

    /** A worker that did not measure its link. */
    public JoinRequest(String version, String vaderFingerprint, String nltkFingerprint, String name, String host, int threads) {
        this(version, vaderFingerprint, nltkFingerprint, name, host, threads, 0);
    }

    public JoinRequest {
        Wire.requireText("version", version, Wire.MAX_NAME_CHARS);
        Wire.requireText("vaderFingerprint", vaderFingerprint, Wire.MAX_NAME_CHARS);
        Wire.requireText("nltkFingerprint", nltkFingerprint, Wire.MAX_NAME_CHARS);
        Wire.requireText("name", name, Wire.MAX_NAME_CHARS);
        Wire.requireText("host", host, Wire.MAX_NAME_CHARS);
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be 1 to 1024, was " + threads);
        }
        if (linkBytesPerSecond < 0) {
            throw new IllegalArgumentException("linkBytesPerSecond must not be negative, was " + linkBytesPerSecond);
        }
    }

    /** A link's rate as people read it: "96 Mbit/s", "2.0 Gbit/s". */
    public static String describeLink(long bytesPerSecond) {
        long megabits = bytesPerSecond * 8 / 1_000_000;
        return megabits < 1_000 ? megabits + " Mbit/s" : String.format(Locale.ROOT, "%.1f Gbit/s", megabits / 1000.0);
    }

    /** The same request with the link measured. */
    public JoinRequest withLink(long bytesPerSecond) {
        return new JoinRequest(version, vaderFingerprint, nltkFingerprint, name, host, threads, bytesPerSecond);
    }

    /**
     * Whether this worker's regions should go packed, beyond loopback: unless its link is fast enough for its
     * threads ({@link #UNPACKED_BYTES_A_THREAD}), or when it was not measured.
     */
    public boolean wantsPackedWork() {
        return linkBytesPerSecond < threads * UNPACKED_BYTES_A_THREAD;
    }

    @Override
    public String toString() {
        return "JoinRequest[name=" + name + ", host=" + host + ", version=" + version + ", threads=" + threads
                + ", link=" + linkBytesPerSecond + " B/s]";
    }
}
