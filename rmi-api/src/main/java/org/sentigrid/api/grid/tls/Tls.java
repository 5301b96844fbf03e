package org.sentigrid.api.grid.tls;

/** What both ends of the grid's TLS agree on. */
final class Tls {
    /** The only protocol either end enables. */
    static final String[] PROTOCOLS = {"TLSv1.3"};

    private Tls() {
    }
}
