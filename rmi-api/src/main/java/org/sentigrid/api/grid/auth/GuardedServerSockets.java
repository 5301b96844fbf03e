package org.sentigrid.api.grid.auth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Server sockets for a coordinator, bound to one address (loopback unless the user opens LAN access),
 * not to all interfaces as RMI does by default. Each accepted connection is a {@link GuardedSocket}:
 * RMI reads nothing from it before its guard passed. Connections beyond the {@link AdmissionGate} are
 * closed at once.
 */
public final class GuardedServerSockets {
    /** How long a connection may take for its TLS handshake and token proof. */
    public static final int GUARD_MILLIS = 10_000;

    private GuardedServerSockets() {
    }

    /**
     * @param refused told who was refused (an address) and why, once per refused connection
     */
    public static ServerSocket bind(InetAddress address, int port, AdmissionGate gate, GuardedSocket.Guard guard,
                                    BiConsumer<String, String> refused) throws IOException {
        Set<Socket> accepted = ConcurrentHashMap.newKeySet();
        ServerSocket socket = new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                accepted.removeIf(Socket::isClosed);
                while (true) {
                    Socket connection = new GuardedSocket(plain -> {
                        InetAddress from = plain.getInetAddress();
                        int timeout = plain.getSoTimeout();
                        plain.setSoTimeout(GUARD_MILLIS);
                        try {
                            GuardedSocket.Streams streams = guard.open(plain);
                            plain.setSoTimeout(timeout);
                            return streams;
                        } catch (IOException e) {
                            refused.accept(from.getHostAddress(), reason(e));
                            throw e;
                        } finally {
                            gate.leave(from);
                        }
                    });
                    implAccept(connection);
                    String full = gate.enter(connection.getInetAddress());
                    if (full == null) {
                        accepted.add(connection);
                        return connection;
                    }
                    refused.accept(connection.getInetAddress().getHostAddress(), full);
                    connection.close();
                }
            }

            /**
             * Closes the connections accepted too. RMI closes the listener when its last object is unexported,
             * but not the connections callers keep open for their next calls: calls on those would reach a
             * transport that no longer holds any object (a coordinator restarted in this process answers
             * "no such object" on them until they time out).
             */
            @Override
            public void close() throws IOException {
                super.close();
                for (Socket connection : accepted) {
                    try {
                        connection.close();
                    } catch (IOException alreadyGone) {
                        // closing anyway
                    }
                }
                accepted.clear();
            }
        };
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port), 128);
        return socket;
    }

    private static String reason(IOException e) {
        return e instanceof TokenProof.Refused ? e.getMessage()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
