package org.sentigrid.api.grid.auth;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The first bytes of every connection to a coordinator, before RMI reads or writes anything: both ends
 * prove they know the join token without sending it (in the spirit of SCRAM, RFC 7677), bound to the
 * channel (RFC 5929's {@code tls-server-end-point}: the coordinator's certificate as the worker saw it;
 * on loopback, the port the worker reached).
 * <ol>
 * <li>worker: {@code SGP1} and a fresh 32-byte nonce;</li>
 * <li>coordinator: its own fresh nonce and HMAC(key, "coordinator", binding, both nonces);</li>
 * <li>worker: checks that proof, and only then sends HMAC(key, "worker", binding, both nonces);</li>
 * <li>coordinator: one byte, {@link #ACCEPTED} or {@link #REFUSED}.</li>
 * </ol>
 * The coordinator proves first, so a machine that only pretends to be the coordinator (say, one that
 * announced its name) gets nothing from a worker but a random nonce. A relay that passes the messages to
 * the real coordinator fails too: its certificate, or its port, is not the one the proofs are bound to.
 */
public final class TokenProof {
    static final int ACCEPTED = 1;
    static final int REFUSED = 0;
    private static final int MAGIC = 0x53475031;  // "SGP1"
    private static final int NONCE_BYTES = 32;
    private static final int MAC_BYTES = 32;
    private static final byte[] COORDINATOR = "coordinator".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORKER = "worker".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a coordinator refused a connection, in words for its user. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private TokenProof() {
    }

    /**
     * The worker's side. Returns normally once both proofs passed; throws a {@link JoinRefusal} of kind
     * {@code WRONG_TOKEN} when the coordinator did not prove the token or refused ours.
     *
     * @param where the coordinator's address, for messages
     */
    public static void prove(InputStream in, OutputStream out, TokenKey key, byte[] binding, String where) throws IOException {
        byte[] workerNonce = nonce();
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.write(workerNonce);
        data.flush();
        DataInputStream reply = new DataInputStream(in);
        byte[] coordinatorNonce = new byte[NONCE_BYTES];
        byte[] coordinatorProof = new byte[MAC_BYTES];
        try {
            reply.readFully(coordinatorNonce);
            reply.readFully(coordinatorProof);
        } catch (IOException e) {
            throw new JoinRefusal(JoinRefusal.Kind.NOT_SENTIGRID, "the machine at " + where + " did not answer as a"
                    + " Sentigrid coordinator; check the address and that the coordinator is running", e);
        }
        if (!MessageDigest.isEqual(coordinatorProof, key.mac(COORDINATOR, binding, workerNonce, coordinatorNonce))) {
            throw new JoinRefusal(JoinRefusal.Kind.WRONG_TOKEN, "the coordinator at " + where + " did not prove that it"
                    + " knows this join token: the token is wrong (copy it again from the join command the coordinator"
                    + " printed), or that machine is not the coordinator", null);
        }
        data.write(key.mac(WORKER, binding, workerNonce, coordinatorNonce));
        data.flush();
        int verdict;
        try {
            verdict = reply.read();
        } catch (IOException e) {
            verdict = -1;
        }
        if (verdict != ACCEPTED) {
            throw new JoinRefusal(JoinRefusal.Kind.WRONG_TOKEN, "the coordinator at " + where + " refused this"
                    + " worker's proof of the join token; copy the token again from the join command it printed", null);
        }
    }

    /**
     * The coordinator's side: returns when the worker proved the token, throws {@link Refused} (with the
     * reason for the coordinator's user) when it did not, after telling it so.
     */
    public static void check(InputStream in, OutputStream out, TokenKey key, byte[] binding) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] workerNonce = new byte[NONCE_BYTES];
        try {
            if (data.readInt() != MAGIC) {
                throw new Refused("the connection did not start with a Sentigrid worker's greeting");
            }
            data.readFully(workerNonce);
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused("the connection closed before it proved the join token (" + e.getClass().getSimpleName() + ")");
        }
        byte[] coordinatorNonce = nonce();
        out.write(coordinatorNonce);
        out.write(key.mac(COORDINATOR, binding, workerNonce, coordinatorNonce));
        out.flush();
        byte[] workerProof = new byte[MAC_BYTES];
        try {
            data.readFully(workerProof);
        } catch (IOException e) {
            throw new Refused("the worker did not prove the join token: its token is wrong, or it is not a worker");
        }
        boolean proven = MessageDigest.isEqual(workerProof, key.mac(WORKER, binding, workerNonce, coordinatorNonce));
        try {
            out.write(proven ? ACCEPTED : REFUSED);
            out.flush();
        } catch (IOException e) {
            if (proven) {
                throw e;
            }
        }
        if (!proven) {
            throw new Refused("the worker's proof of the join token is wrong");
        }
    }

    /** The channel binding of a loopback connection: the port the worker reached. */
    public static byte[] loopbackBinding(int port) {
        return ("loopback:" + port).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }
}
