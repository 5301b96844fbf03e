package org.sentigrid.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SentimentServer} serves.
 *
 * @param protocol        compat or lines
 * @param maxConnections  connections served at once; more wait in the listen backlog until one ends
 * @param readTimeout     how long the server waits for a request (compat) or the next line (lines)
 * @param idleGap         compat: a request without newline or half-close that ends inside a UTF-8
 *                        character ends this long after its last byte
 * @param settleGap       compat: one whose bytes so far are whole UTF-8 ends this long after its last byte
 * @param maxRequestBytes the longest sentence (compat) or line (lines), in bytes of UTF-8
 * @param scoreTimeout    how long a request may wait for its scores (on a grid without workers, for ever)
 */
public record ServerSettings(Protocol protocol, int maxConnections, Duration readTimeout, Duration idleGap,
                             Duration settleGap, int maxRequestBytes, Duration scoreTimeout) {
    public static final int DEFAULT_MAX_CONNECTIONS = 128;
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_IDLE_GAP = Duration.ofMillis(300);
    /**
     * Clients of the original server send a sentence without newline and wait; it answered whatever its
     * first read returned. A millisecond of quiet after whole characters is nearly as prompt, and still
     * joins the TCP segments of one write, which arrive microseconds apart on a LAN.
     */
    public static final Duration DEFAULT_SETTLE_GAP = Duration.ofMillis(1);
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_SCORE_TIMEOUT = Duration.ofSeconds(60);

    public ServerSettings {
        Objects.requireNonNull(protocol, "protocol");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        requirePositive("readTimeout", readTimeout);
        requirePositive("idleGap", idleGap);
        requirePositive("settleGap", settleGap);
        requirePositive("scoreTimeout", scoreTimeout);
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1, was " + maxRequestBytes);
        }
    }

    public static ServerSettings defaults(Protocol protocol) {
        return new ServerSettings(protocol, DEFAULT_MAX_CONNECTIONS, DEFAULT_READ_TIMEOUT, DEFAULT_IDLE_GAP,
                DEFAULT_SETTLE_GAP, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_SCORE_TIMEOUT);
    }

    /** The request limit in words, e.g. {@code 1 MiB} or {@code 100 bytes}. */
    String maxRequestText() {
        if (maxRequestBytes % (1024 * 1024) == 0) {
            return maxRequestBytes / (1024 * 1024) + " MiB";
        }
        if (maxRequestBytes % 1024 == 0) {
            return maxRequestBytes / 1024 + " KiB";
        }
        return maxRequestBytes + (maxRequestBytes == 1 ? " byte" : " bytes");
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be from 1 ms to 24 days, was " + value);
        }
        if (value.toMillis() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
        }
    }
}
