package org.sentigrid.api.grid.tls;

/** What both ends of the grid's TLS agree on. */
final class Tls {
    /** The only protocol either end enables. */
    static final String[] PROTOCOLS = {"TLSv1.3"};
    /** How long a TLS handshake and the token preamble may take, on either end. */
    static final int HANDSHAKE_MILLIS = 10_000;

    private Tls() {
    }
}
