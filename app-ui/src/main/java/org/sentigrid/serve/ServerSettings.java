package org.sentigrid.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SentimentServer} serves, and the limits that keep one client (or one address) from taking
 * it over. {@code sentigrid serve --help} and README document the defaults.
 *
 * @param protocol                   compat or lines
 * @param maxConnections             connections served at once; more wait in the listen backlog until one ends
 * @param maxConnectionsPerAddress   connections from one client address at once; more are answered
 *                                   {@code error: busy ...} and closed
 * @param requestTimeout             how long a whole request may take to arrive: compat, from the connection to
 *                                   the sentence's end; lines, from a line's first byte to its newline
 * @param idleTimeout                lines: how long the server waits for the next line to start
 * @param writeTimeout               how long one write of answers may wait for the client to read; then the
 *                                   connection is closed and its queued work cancelled
 * @param idleGap                    compat: a request without newline or half-close that ends inside a UTF-8
 *                                   character ends this long after its last byte
 * @param settleGap                  compat: one whose bytes so far are whole UTF-8 ends this long after its last byte
 * @param maxRequestBytes            the longest sentence (compat) or line (lines), in bytes of UTF-8
 * @param maxBufferedBytes           bytes of requests held at once (read and not yet answered), all clients
 *                                   together; a request that would pass it is answered {@code error: busy ...}
 * @param maxBufferedBytesPerAddress the same for the clients of one address
 * @param scoreTimeout               how long a request may wait for its scores (on a grid without workers, for ever)
 */
public record ServerSettings(Protocol protocol, int maxConnections, int maxConnectionsPerAddress,
                             Duration requestTimeout, Duration idleTimeout, Duration writeTimeout,
                             Duration idleGap, Duration settleGap, int maxRequestBytes,
                             long maxBufferedBytes, long maxBufferedBytesPerAddress, Duration scoreTimeout) {
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 32;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_GAP = Duration.ofMillis(300);
    /**
     * Clients of the original server send a sentence without newline and wait; it answered whatever its
     * first read returned. A millisecond of quiet after whole characters is nearly as prompt, and still
     * joins the TCP segments of one write, which arrive microseconds apart on a LAN.
     */
    public static final Duration DEFAULT_SETTLE_GAP = Duration.ofMillis(1);
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final long DEFAULT_MAX_BUFFERED_BYTES = 64L * 1024 * 1024;
    /** A quarter of all: four addresses at least share the server when it is full. */
    public static final long DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS = DEFAULT_MAX_BUFFERED_BYTES / 4;
    public static final Duration DEFAULT_SCORE_TIMEOUT = Duration.ofSeconds(60);

    public ServerSettings {
        Objects.requireNonNull(protocol, "protocol");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        if (maxConnectionsPerAddress < 1 || maxConnectionsPerAddress > maxConnections) {
            throw new IllegalArgumentException("maxConnectionsPerAddress must be from 1 to maxConnections ("
                    + maxConnections + "), was " + maxConnectionsPerAddress);
        }
        requirePositive("requestTimeout", requestTimeout);
        requirePositive("idleTimeout", idleTimeout);
        requirePositive("writeTimeout", writeTimeout);
        requirePositive("idleGap", idleGap);
        requirePositive("settleGap", settleGap);
        requirePositive("scoreTimeout", scoreTimeout);
        if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1, was " + maxRequestBytes);
        }
        // + 1: a request may hold a CR before its newline.
        if (maxBufferedBytesPerAddress < maxRequestBytes + 1L || maxBufferedBytesPerAddress > maxBufferedBytes) {
            throw new IllegalArgumentException("maxBufferedBytesPerAddress must be from maxRequestBytes + 1 ("
                    + (maxRequestBytes + 1L) + ") to maxBufferedBytes (" + maxBufferedBytes + "), was "
                    + maxBufferedBytesPerAddress);
        }
    }

    public static ServerSettings defaults(Protocol protocol) {
        return new ServerSettings(protocol, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_IDLE_TIMEOUT, DEFAULT_WRITE_TIMEOUT, DEFAULT_IDLE_GAP,
                DEFAULT_SETTLE_GAP, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_BUFFERED_BYTES,
                DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS, DEFAULT_SCORE_TIMEOUT);
    }

    /** These settings with other connection limits. */
    public ServerSettings withConnections(int all, int perAddress) {
        return new ServerSettings(protocol, all, perAddress, requestTimeout, idleTimeout, writeTimeout, idleGap,
                settleGap, maxRequestBytes, maxBufferedBytes, maxBufferedBytesPerAddress, scoreTimeout);
    }

    /** These settings with other limits on the bytes held. */
    public ServerSettings withBuffered(long all, long perAddress) {
        return new ServerSettings(protocol, maxConnections, maxConnectionsPerAddress, requestTimeout, idleTimeout,
                writeTimeout, idleGap, settleGap, maxRequestBytes, all, perAddress, scoreTimeout);
    }

    /** The request limit in words, e.g. {@code 1 MiB} or {@code 100 bytes}. */
    String maxRequestText() {
        return bytesText(maxRequestBytes);
    }

    /** A number of bytes in words, e.g. {@code 64 MiB}, {@code 16 KiB} or {@code 100 bytes}. */
    static String bytesText(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
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
