package org.sentigrid.api.grid;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.rmi.server.RMIClientSocketFactory;

/**
 * Client sockets with a connect and a read timeout. RMI has no connect-timeout property, so every
 * stub carries this factory: the exporter decides how long its callers wait. The read timeout also
 * caps a legitimate call, so a long poll must stay below it.
 *
 * @param connectMillis how long to wait for a connection
 * @param readMillis    how long to wait for any reply bytes
 */
public record TimeoutClientSocketFactory(int connectMillis, int readMillis)
        implements RMIClientSocketFactory, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_CONNECT_MILLIS = 2_000;
    public static final int DEFAULT_READ_MILLIS = 15_000;

    public TimeoutClientSocketFactory {
        if (connectMillis < 1 || readMillis < 1) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static TimeoutClientSocketFactory defaults() {
        return new TimeoutClientSocketFactory(DEFAULT_CONNECT_MILLIS, DEFAULT_READ_MILLIS);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new BufferedSocket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectMillis);
            socket.setSoTimeout(readMillis);
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
