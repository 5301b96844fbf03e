package org.sentigrid.api.grid.auth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.function.BiConsumer;

/**
 * Server sockets for a coordinator on loopback: no TLS (nothing leaves the machine), but the
 * {@link TokenProof} before RMI reads a byte, bound to the port. Other users of this machine can reach
 * 127.0.0.1; without the token they get nothing deserialized, no registry call and no DGC call.
 * One instance serves the registry and the coordinator, so they share one port.
 */
public final class LoopbackServerSocketFactory implements RMIServerSocketFactory {
    private final InetAddress address;
    private final TokenKey key;
    private final AdmissionGate gate;
    private final BiConsumer<String, String> refused;

    /** @param refused told who was refused (an address) and why, once per refused connection */
    public LoopbackServerSocketFactory(InetAddress address, TokenKey key, AdmissionGate gate,
                                       BiConsumer<String, String> refused) {
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException(address + " is not a loopback address; beyond loopback, use TLS");
        }
        this.address = address;
        this.key = key;
        this.gate = gate;
        this.refused = refused;
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return GuardedServerSockets.bind(address, port, gate, plain -> {
            TokenProof.check(plain.getInputStream(), plain.getOutputStream(), key,
                    TokenProof.loopbackBinding(plain.getLocalPort()));
            return new GuardedSocket.Streams(plain.getInputStream(), plain.getOutputStream());
        }, refused);
    }
}
