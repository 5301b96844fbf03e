package org.sentigrid.grid;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Where the coordinator listens and the secret workers must bring.
 *
 * @param listenAddress the one address to listen on (loopback unless the user opens LAN access); it is
 *                      also the address the stubs handed to workers carry
 * @param port          the single port for the registry and the coordinator (0: any free port)
 * @param token         the join token
 */
public record GridSettings(InetAddress listenAddress, int port, JoinToken token) {
    public static final int DEFAULT_PORT = 50505;

    public GridSettings {
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
    }

    /** Loopback only, the default port, a fresh random token. */
    public static GridSettings loopback() {
        return new GridSettings(InetAddress.getLoopbackAddress(), DEFAULT_PORT, JoinToken.random());
    }
}
