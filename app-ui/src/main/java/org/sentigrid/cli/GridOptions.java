package org.sentigrid.cli;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import org.sentigrid.grid.GridSettings;
import org.sentigrid.grid.JoinToken;

/**
 * How {@code analyze} runs its grid.
 *
 * @param threads      threads of this process that score (0: none, only workers)
 * @param localWorkers worker processes to start on this machine (0: none)
 * @param listen       the address to listen on (loopback unless the user opens LAN access)
 * @param port         the port; {@code portGiven} says whether the user chose it
 * @param token        the join token
 * @param minWorkers   workers to wait for before dispatching
 * @param announce     whether to announce the coordinator on the LAN (only when listening on it)
 */
record GridOptions(int threads, int localWorkers, InetAddress listen, int port, boolean portGiven, JoinToken token, int minWorkers,
                   boolean announce) {
    GridOptions {
        if (threads < 0 || threads > 1024) {
            throw new IllegalArgumentException("--threads must be 0 to 1024, was " + threads);
        }
        if (localWorkers < 0 || localWorkers > 256) {
            throw new IllegalArgumentException("--local-workers must be 0 to 256, was " + localWorkers);
        }
        if (minWorkers < 1 || minWorkers > 1024) {
            throw new IllegalArgumentException("--min-workers must be 1 to 1024, was " + minWorkers);
        }
        if (announce && listen.isLoopbackAddress()) {
            throw new IllegalArgumentException("--announce tells the LAN about this coordinator: it needs --listen with"
                    + " this machine's LAN address");
        }
    }

    /** Parses {@code ADDRESS}, {@code ADDRESS:PORT} or {@code [IPv6]:PORT}; the address must be this machine's. */
    static GridOptions parse(int threads, int localWorkers, String listen, String token, int minWorkers, boolean announce) {
        String host = listen;
        int port = GridSettings.DEFAULT_PORT;
        boolean portGiven = false;
        int colon = listen.lastIndexOf(':');
        boolean bracketed = listen.startsWith("[");
        if (colon > 0 && (bracketed || listen.indexOf(':') == colon)) {
            host = listen.substring(0, colon);
            try {
                port = Integer.parseInt(listen.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--listen " + listen + ": the port must be a number");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--listen " + listen + ": the port must be 1 to 65535");
            }
            portGiven = true;
        }
        if (bracketed) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
            if (address.isAnyLocalAddress()) {
                throw new IllegalArgumentException("--listen " + listen + ": workers need an address they can reach;"
                        + " give this machine's LAN address instead of " + address.getHostAddress());
            }
            if (!address.isLoopbackAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new IllegalArgumentException("--listen " + listen + ": " + address.getHostAddress()
                        + " is not an address of this machine; give one of its own addresses");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen " + listen + ": unknown host " + host);
        } catch (SocketException e) {
            throw new IllegalArgumentException("--listen " + listen + ": cannot check the address (" + e.getMessage() + ")");
        }
        JoinToken joinToken;
        try {
            joinToken = token == null ? JoinToken.random() : JoinToken.of(token);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--token: " + e.getMessage());
        }
        return new GridOptions(threads, localWorkers, address, port, portGiven, joinToken, minWorkers, announce);
    }

    /** Other machines can reach the coordinator. */
    boolean openToLan() {
        return !listen.isLoopbackAddress();
    }

    /** More workers are awaited than this run starts itself (its own threads count as one). */
    boolean expectsOtherWorkers() {
        return minWorkers > localWorkers + (threads > 0 ? 1 : 0);
    }

    /** Whether other processes may join: the LAN is open, or workers are started or awaited. */
    boolean needsListening() {
        return openToLan() || localWorkers > 0 || expectsOtherWorkers();
    }
}
