package org.sentigrid.worker;

/**
 * Where the coordinator's registry listens: {@code HOST:PORT}, or {@code [ADDR]:PORT} for an IPv6 address.
 *
 * @param host a host name or an IPv4 or IPv6 address (without brackets)
 * @param port 1 to 65535
 */
record JoinAddress(String host, int port) {
    private static final String FORM = "HOST:PORT (for example 192.168.1.20:50505; an IPv6 address goes in brackets:"
            + " [fe80::1]:50505)";

    JoinAddress {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("host is missing");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
    }

    /** Parses {@code --join}'s value; the exception's message is a plain sentence for the user. */
    static JoinAddress parse(String text) {
        String value = text == null ? "" : text.strip();
        String host;
        String port;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || close + 1 >= value.length() || value.charAt(close + 1) != ':') {
                throw malformed(text, "an IPv6 address goes in brackets followed by the port: [ADDR]:PORT");
            }
            host = value.substring(1, close);
            port = value.substring(close + 2);
            if (host.isEmpty() || host.indexOf(':') < 0 || !host.matches("[0-9A-Za-z:.%_-]+")) {
                throw malformed(text, "the brackets must hold an IPv6 address");
            }
        } else {
            int colon = value.lastIndexOf(':');
            if (colon < 0) {
                throw malformed(text, "the port is missing");
            }
            host = value.substring(0, colon);
            port = value.substring(colon + 1);
            if (host.indexOf(':') >= 0) {
                throw malformed(text, "an IPv6 address goes in brackets: [ADDR]:PORT");
            }
            if (host.isEmpty() || !host.matches("[0-9A-Za-z._-]+")) {
                throw malformed(text, "the host is missing or not a host name or address");
            }
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535) {
            throw malformed(text, "the port must be a number from 1 to 65535");
        }
        return new JoinAddress(host, Integer.parseInt(port));
    }

    private static IllegalArgumentException malformed(String text, String why) {
        return new IllegalArgumentException("--join '" + Reasons.oneLine(String.valueOf(text)) + "' is not " + FORM
                + ": " + why);
    }

    /** As the user would type it. */
    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
