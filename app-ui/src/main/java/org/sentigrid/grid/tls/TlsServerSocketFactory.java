package org.sentigrid.grid.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.sentigrid.api.grid.tls.SecuredSocket;
import org.sentigrid.api.grid.tls.TokenPreamble;

/**
 * Server sockets for a coordinator beyond loopback, bound to one address. Each accepted connection
 * does, on RMI's connection thread and before RMI reads a byte: a TLS 1.3 handshake with the
 * coordinator's key, then the {@link TokenPreamble}, checked in constant time. A client without TLS or
 * without the token gets a refusal byte at most and is closed; nothing it sent is deserialized.
 * One instance serves the registry and the coordinator, so they share one port.
 */
public final class TlsServerSocketFactory implements RMIServerSocketFactory {
    static final int HANDSHAKE_MILLIS = 10_000;

    private final InetAddress address;
    private final SSLContext context;
    private final Predicate<String> tokenMatches;
    private final BiConsumer<String, String> refused;

    /**
     * @param tokenMatches whether an offered token is the join token (in constant time)
     * @param refused      told who was refused ({@code address}) and why, once per refused connection
     */
    public TlsServerSocketFactory(InetAddress address, SSLContext context, Predicate<String> tokenMatches,
                                  BiConsumer<String, String> refused) {
        this.address = address;
        this.context = context;
        this.tokenMatches = tokenMatches;
        this.refused = refused;
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket accepted = new SecuredSocket(TlsServerSocketFactory.this::secure);
                implAccept(accepted);
                return accepted;
            }
        };
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port), 128);
        return socket;
    }

    private SSLSocket secure(Socket plain) throws IOException {
        String who = plain.getInetAddress() == null ? "?" : plain.getInetAddress().getHostAddress();
        int timeout = plain.getSoTimeout();
        plain.setSoTimeout(HANDSHAKE_MILLIS);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, null, true);
        tls.setUseClientMode(false);
        tls.setEnabledProtocols(new String[] {"TLSv1.3"});
        try {
            tls.startHandshake();
        } catch (IOException e) {
            refused.accept(who, "no TLS handshake (a worker without the join code or with another coordinator's"
                    + " fingerprint, or not a worker)");
            throw e;
        }
        String offered;
        try {
            offered = TokenPreamble.receive(tls.getInputStream());
        } catch (IOException e) {
            refuse(tls);
            refused.accept(who, "the connection did not start with the join token");
            throw e;
        }
        if (!tokenMatches.test(offered)) {
            refuse(tls);
            refused.accept(who, "the join token is wrong");
            throw new IOException("the join token is wrong");
        }
        OutputStream out = tls.getOutputStream();
        out.write(TokenPreamble.ACCEPTED);
        out.flush();
        plain.setSoTimeout(timeout);
        return tls;
    }

    private static void refuse(SSLSocket tls) {
        try {
            OutputStream out = tls.getOutputStream();
            out.write(TokenPreamble.REFUSED);
            out.flush();
        } catch (IOException ignored) {
            // The client is gone already; it is closed next anyway.
        }
    }
}
