package org.sentigrid.serve;

import java.util.Locale;

/** How {@link SentimentServer} talks to a client; {@code sentigrid serve --help} documents both. */
public enum Protocol {
    /**
     * Compatible with the original Python/Twisted sentiment server: one sentence per connection,
     * answered with its compound score as Python prints it, then the server closes the connection.
     */
    COMPAT("compat"),
    /** Many sentences over one connection: one line in, one line of {@code neg neu pos compound} out. */
    LINES("lines");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    /** The name used on the command line: {@code compat} or {@code lines}. */
    public String id() {
        return id;
    }

    /** Parses {@code compat} or {@code lines} (any case). */
    public static Protocol fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Protocol protocol : values()) {
            if (protocol.id.equals(wanted)) {
                return protocol;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + id + "' (expected compat or lines)");
    }
}
