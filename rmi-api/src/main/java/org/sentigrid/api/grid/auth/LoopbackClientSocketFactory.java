package org.sentigrid.api.grid.auth;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.rmi.server.RMIClientSocketFactory;

/**
 * Client sockets to a coordinator on loopback: a connect and a read timeout (RMI has no connect-timeout
 * property, so the exporter decides how long its callers wait; the read timeout also caps a legitimate
 * call, so a long poll stays below it), then the {@link TokenProof} with this process's
 * {@link JoinSecret}. It travels inside the coordinator's stubs; the secret never does.
 *
 * @param connectMillis how long to wait for a connection
 * @param readMillis    how long to wait for any reply bytes
 */
public record LoopbackClientSocketFactory(int connectMillis, int readMillis) implements RMIClientSocketFactory, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_CONNECT_MILLIS = 2_000;
    public static final int DEFAULT_READ_MILLIS = 15_000;

    public LoopbackClientSocketFactory {
        if (connectMillis < 1 || readMillis < 1) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static LoopbackClientSocketFactory defaults() {
        return new LoopbackClientSocketFactory(DEFAULT_CONNECT_MILLIS, DEFAULT_READ_MILLIS);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        JoinSecret secret = JoinSecret.installed();
        String where = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        if (secret == null) {
            throw new JoinRefusal(JoinRefusal.Kind.NO_SECRET, "this process was given no join token for the"
                    + " coordinator at " + where, null);
        }
        Socket socket = new GuardedSocket(plain -> {
            plain.setSoTimeout(GuardedServerSockets.GUARD_MILLIS);
            TokenProof.prove(plain.getInputStream(), plain.getOutputStream(), secret.key(),
                    TokenProof.loopbackBinding(port), where);
            return new GuardedSocket.Streams(plain.getInputStream(), plain.getOutputStream());
        });
        try {
            socket.connect(new InetSocketAddress(host, port), connectMillis);
            socket.setTcpNoDelay(true);
            socket.getInputStream();  // the proof now, so that failures come from here
            socket.setSoTimeout(readMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
