package org.sentigrid.grid.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.function.BiConsumer;
import javax.net.ssl.SSLSocket;
import org.sentigrid.api.grid.auth.AdmissionGate;
import org.sentigrid.api.grid.auth.GuardedServerSockets;
import org.sentigrid.api.grid.auth.GuardedSocket;
import org.sentigrid.api.grid.auth.TokenKey;
import org.sentigrid.api.grid.auth.TokenProof;
import org.sentigrid.api.grid.tls.TlsClientSocketFactory;

/**
 * Server sockets for a coordinator beyond loopback, bound to one address. Each accepted connection
 * does, on RMI's connection thread and before RMI reads a byte: a TLS 1.3 handshake with the
 * coordinator's key, then the {@link TokenProof} bound to its certificate. A client without TLS or
 * without the token is closed; nothing it sent is deserialized. One instance serves the registry and
 * the coordinator, so they share one port.
 */
public final class TlsServerSocketFactory implements RMIServerSocketFactory {
    private final InetAddress address;
    private final CoordinatorKeys keys;
    private final TokenKey token;
    private final AdmissionGate gate;
    private final BiConsumer<String, String> refused;

    /** @param refused told who was refused (an address) and why, once per refused connection */
    public TlsServerSocketFactory(InetAddress address, CoordinatorKeys keys, TokenKey token, AdmissionGate gate,
                                  BiConsumer<String, String> refused) {
        this.address = address;
        this.keys = keys;
        this.token = token;
        this.gate = gate;
        this.refused = refused;
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return GuardedServerSockets.bind(address, port, gate, plain -> {
            SSLSocket tls = (SSLSocket) keys.context().getSocketFactory().createSocket(plain, null, true);
            tls.setUseClientMode(false);
            tls.setEnabledProtocols(new String[] {"TLSv1.3"});
            try {
                tls.startHandshake();
            } catch (IOException e) {
                throw new IOException("no TLS handshake (a worker without the join code or with another coordinator's"
                        + " fingerprint, or not a worker)", e);
            }
            TokenProof.check(tls.getInputStream(), tls.getOutputStream(), token,
                    TlsClientSocketFactory.binding(keys.fingerprint()));
            return new GuardedSocket.Streams(tls.getInputStream(), tls.getOutputStream());
        }, refused);
    }
}
