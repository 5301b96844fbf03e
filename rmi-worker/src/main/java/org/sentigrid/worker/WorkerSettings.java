package org.sentigrid.worker;

import org.sentigrid.api.grid.tls.CertificateFingerprint;

/**
 * What the command line decided.
 *
 * @param address        the coordinator's registry
 * @param token          the grid's join token
 * @param threads        batches scored at once
 * @param name           a name for people
 * @param host           this machine's host name, as it sees itself
 * @param exitWithParent exit as soon as standard input ends
 * @param giveUpMillis   how long to keep trying to reach a coordinator that went away
 * @param fingerprint    the coordinator's certificate, pinned: TLS to it; null: plain RMI (loopback)
 */
record WorkerSettings(JoinAddress address, String token, int threads, String name, String host,
                      boolean exitWithParent, long giveUpMillis, CertificateFingerprint fingerprint) {
    /** Plain RMI, for a coordinator on loopback. */
    WorkerSettings(JoinAddress address, String token, int threads, String name, String host,
                   boolean exitWithParent, long giveUpMillis) {
        this(address, token, threads, name, host, exitWithParent, giveUpMillis, null);
    }

    /** Whether connections to the coordinator are TLS with {@link #fingerprint} pinned. */
    boolean tls() {
        return fingerprint != null;
    }

    @Override
    public String toString() {
        return "WorkerSettings[address=" + address + ", threads=" + threads + ", name=" + name + ", host=" + host
                + (fingerprint == null ? "" : ", fingerprint=" + fingerprint) + "]";
    }
}
