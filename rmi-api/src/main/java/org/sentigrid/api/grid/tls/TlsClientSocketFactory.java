package org.sentigrid.api.grid.tls;

import java.io.EOFException;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.rmi.server.RMIClientSocketFactory;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.sentigrid.api.grid.auth.GuardedServerSockets;
import org.sentigrid.api.grid.auth.GuardedSocket;
import org.sentigrid.api.grid.auth.JoinRefusal;
import org.sentigrid.api.grid.auth.JoinSecret;
import org.sentigrid.api.grid.auth.LoopbackClientSocketFactory;
import org.sentigrid.api.grid.auth.TokenProof;

/**
 * Client sockets to a coordinator that listens beyond loopback: TLS 1.3 trusting only the certificate
 * pinned in this process ({@link JoinSecret}), then the {@link TokenProof} bound to that certificate,
 * with the same timeouts as {@link LoopbackClientSocketFactory}. It travels inside the coordinator's
 * stubs; the pin and the token never do, they are the worker's own.
 *
 * @param connectMillis how long to wait for a connection
 * @param readMillis    how long to wait for any reply bytes
 */
public record TlsClientSocketFactory(int connectMillis, int readMillis) implements RMIClientSocketFactory, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public TlsClientSocketFactory {
        if (connectMillis < 1 || readMillis < 1) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static TlsClientSocketFactory defaults() {
        return new TlsClientSocketFactory(LoopbackClientSocketFactory.DEFAULT_CONNECT_MILLIS,
                LoopbackClientSocketFactory.DEFAULT_READ_MILLIS);
    }

    /** The channel binding both ends put in their proofs: the coordinator's certificate. */
    public static byte[] binding(CertificateFingerprint certificate) {
        return ("tls-server-end-point:" + certificate.text()).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        JoinSecret secret = JoinSecret.installed();
        String where = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        if (secret == null || secret.pin() == null) {
            throw new JoinRefusal(JoinRefusal.Kind.NO_SECRET, "the coordinator at " + where + " speaks TLS, and this"
                    + " process was given no certificate fingerprint to trust; join with --join-code", null);
        }
        Socket socket = new GuardedSocket(plain -> secure(plain, host, port, where, secret));
        try {
            socket.connect(new InetSocketAddress(host, port), connectMillis);
            socket.setTcpNoDelay(true);
            socket.getInputStream();  // the handshake and the proof now, so that failures come from here
            socket.setSoTimeout(readMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private GuardedSocket.Streams secure(Socket plain, String host, int port, String where, JoinSecret secret) throws IOException {
        SSLSocket tls;
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {new PinnedTrustManager(secret.pin())}, null);
            tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS 1.3 is not available in this Java runtime", e);
        }
        tls.setEnabledProtocols(Tls.PROTOCOLS.clone());
        plain.setSoTimeout(GuardedServerSockets.GUARD_MILLIS);
        try {
            tls.startHandshake();
        } catch (SSLException | EOFException | SocketException e) {
            PinnedTrustManager.Mismatch mismatch = mismatchIn(e);
            if (mismatch != null) {
                throw new JoinRefusal(JoinRefusal.Kind.OTHER_CERTIFICATE, "the coordinator at " + where + " presented"
                        + " certificate " + mismatch.presented + ", not the " + secret.pin() + " in the join code; check"
                        + " that the join code is this coordinator's, copied whole", e);
            }
            throw new JoinRefusal(JoinRefusal.Kind.NOT_TLS, "the coordinator at " + where + " does not speak TLS; it may"
                    + " be an older Sentigrid or listen on loopback only: join with the command it printed", e);
        }
        // The pinned certificate is the one presented (the trust manager checked): the proofs are bound to it.
        TokenProof.prove(tls.getInputStream(), tls.getOutputStream(), secret.key(), binding(secret.pin()), where);
        return new GuardedSocket.Streams(tls.getInputStream(), tls.getOutputStream());
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
