package org.sentigrid.api.grid.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.sentigrid.api.grid.tls.CertificateFingerprint;

/**
 * What a coordinator open to the LAN says of itself by UDP multicast when the user lets it announce:
 * its name, the address and port workers join, and its certificate's fingerprint. Never the join
 * token: a worker that finds a coordinator still needs the token from its user. One datagram of text:
 * {@code SENTIGRID-ANNOUNCE 1}, then name, host, port and fingerprint, a line each.
 */
public record Announcement(String name, String host, int port, CertificateFingerprint fingerprint) {
    /** An organization-local multicast group (RFC 2365), so routers keep it inside the site. */
    public static final String GROUP = "239.255.83.71";
    public static final int PORT = 50507;
    public static final int MAX_BYTES = 512;
    private static final String MAGIC = "SENTIGRID-ANNOUNCE 1";

    public Announcement {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (name == null || name.isBlank() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a coordinator's name is 1 to 64 printable characters");
        }
        if (host == null || host.isBlank() || host.length() > 64 || host.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("a coordinator's address is an address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a port is 1 to 65535");
        }
    }

    public byte[] encode() {
        return String.join("\n", MAGIC, name, host, Integer.toString(port), fingerprint.text(), "")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The announcement in {@code bytes[0, length)}; null for anything else (another program's datagram, damage). */
    public static Announcement decode(byte[] bytes, int length) {
        if (length > MAX_BYTES) {
            return null;
        }
        String[] lines = new String(bytes, 0, length, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length != 6 || !lines[0].equals(MAGIC) || !lines[5].isEmpty()) {
            return null;
        }
        try {
            return new Announcement(lines[1], lines[2], Integer.parseInt(lines[3]), CertificateFingerprint.parse(lines[4]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** How a worker joins it: {@code host:port}, IPv6 in brackets. */
    public String joinAddress() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
