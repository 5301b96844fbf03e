package org.sentigrid.api.grid.tls;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.rmi.server.RMIClientSocketFactory;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Client sockets to a coordinator that listens beyond loopback: TLS 1.3 trusting only the certificate
 * pinned in this process ({@link CoordinatorPin}), then the join token as a {@link TokenPreamble},
 * with the same connect and read timeouts as {@code TimeoutClientSocketFactory}. It travels inside the
 * coordinator's stubs; the pin never does, it is the worker's own.
 *
 * @param connectMillis how long to wait for a connection
 * @param readMillis    how long to wait for any reply bytes
 */
public record TlsClientSocketFactory(int connectMillis, int readMillis) implements RMIClientSocketFactory, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final String TOKEN_HINT = "copy it from the join command the coordinator printed";

    public TlsClientSocketFactory {
        if (connectMillis < 1 || readMillis < 1) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static TlsClientSocketFactory defaults() {
        return new TlsClientSocketFactory(org.sentigrid.api.grid.TimeoutClientSocketFactory.DEFAULT_CONNECT_MILLIS,
                org.sentigrid.api.grid.TimeoutClientSocketFactory.DEFAULT_READ_MILLIS);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        CoordinatorPin pin = CoordinatorPin.installed();
        String where = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        if (pin == null) {
            throw new TlsRefusal(TlsRefusal.Kind.NO_PIN, "the coordinator at " + where + " speaks TLS, and this process was given no"
                    + " certificate fingerprint to trust; join with --join-code", null);
        }
        Socket socket = new SecuredSocket(plain -> secure(plain, host, port, where, pin));
        try {
            socket.connect(new InetSocketAddress(host, port), connectMillis);
            socket.setTcpNoDelay(true);
            socket.getInputStream();  // the handshake and the token now, so that failures come from here
            socket.setSoTimeout(readMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private SSLSocket secure(Socket plain, String host, int port, String where, CoordinatorPin pin) throws IOException {
        SSLSocket tls;
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {new PinnedTrustManager(pin.fingerprint())}, null);
            tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS 1.3 is not available in this Java runtime", e);
        }
        tls.setEnabledProtocols(Tls.PROTOCOLS.clone());
        plain.setSoTimeout(Tls.HANDSHAKE_MILLIS);
        try {
            tls.startHandshake();
        } catch (SSLException | EOFException | SocketException e) {
            PinnedTrustManager.Mismatch mismatch = mismatchIn(e);
            if (mismatch != null) {
                throw new TlsRefusal(TlsRefusal.Kind.OTHER_CERTIFICATE, "the coordinator at " + where + " presented certificate " + mismatch.presented
                        + ", not the " + pin.fingerprint() + " in the join code; check that the join code is this"
                        + " coordinator's, copied whole", e);
            }
            throw new TlsRefusal(TlsRefusal.Kind.NOT_TLS, "the coordinator at " + where + " does not speak TLS; it may be an older Sentigrid or"
                    + " listen on loopback only: join with the command it printed", e);
        }
        TokenPreamble.send(tls.getOutputStream(), pin.token());
        InputStream in = tls.getInputStream();
        int verdict;
        try {
            verdict = in.read();
        } catch (SSLException | SocketException e) {
            verdict = -1;
        }
        if (verdict != TokenPreamble.ACCEPTED) {
            throw new TlsRefusal(TlsRefusal.Kind.WRONG_TOKEN, "the join token is wrong; " + TOKEN_HINT, null);
        }
        return tls;
    }

    private static PinnedTrustManager.Mismatch mismatchIn(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PinnedTrustManager.Mismatch mismatch) {
                return mismatch;
            }
        }
        return null;
    }
}
