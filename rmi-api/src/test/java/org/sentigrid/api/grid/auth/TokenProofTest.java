package org.sentigrid.api.grid.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The token proof over real loopback sockets: who passes, who does not, and what the worker lets out. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenProofTest {
    private static final String TOKEN = "proof-test-token-0123456789abcdef";
    private static final TokenKey KEY = TokenKey.of(TOKEN);
    private static final byte[] BINDING = TokenProof.loopbackBinding(50505);

    @Test
    void bothEndsWithTheTokenAndOneChannelPass() throws Exception {
        Outcome outcome = run(KEY, BINDING, KEY, BINDING);
        assertThat(outcome.worker).isNull();
        assertThat(outcome.coordinator).isNull();
        assertThat(outcome.workerSent).hasSize(4 + 32 + 32);
    }

    @Test
    void aWorkerWithAnotherTokenSendsNothingButItsNonce() throws Exception {
        Outcome outcome = run(TokenKey.of("another-token-0123456789abcdef"), BINDING, KEY, BINDING);
        assertThat(outcome.worker).isInstanceOf(JoinRefusal.class)
                .hasMessageContaining("did not prove that it knows this join token");
        assertThat(((JoinRefusal) outcome.worker).kind()).isEqualTo(JoinRefusal.Kind.WRONG_TOKEN);
        assertThat(outcome.coordinator).isInstanceOf(TokenProof.Refused.class)
                .hasMessage("the worker did not prove the join token: its token is wrong, or it is not a worker");
        assertThat(outcome.workerSent).hasSize(4 + 32);
    }

    @Test
    void anImpostorWithoutTheTokenGetsOnlyTheGreetingAndANonce() throws Exception {
        Outcome outcome = run(KEY, BINDING, TokenKey.of("impostor-guesses-0123456789abcdef"), BINDING);
        assertThat(outcome.worker).isInstanceOf(JoinRefusal.class);
        assertThat(outcome.workerSent).hasSize(4 + 32);
        assertThat(new String(outcome.workerSent, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
    }

    @Test
    void aRelayFailsBecauseTheProofsAreBoundToTheChannelTheCoordinatorSees() throws Exception {
        // The worker reached the relay's port; the coordinator binds its proof to its own.
        Outcome outcome = run(KEY, TokenProof.loopbackBinding(40404), KEY, BINDING);
        assertThat(outcome.worker).isInstanceOf(JoinRefusal.class);
        assertThat(outcome.workerSent).hasSize(4 + 32);
    }

    @Test
    void somethingElseThanAWorkerIsRefusedBeforeAnythingIsRead() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            client.getOutputStream().write(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72});
            client.getOutputStream().flush();
            assertThatThrownBy(() -> TokenProof.check(accepted.getInputStream(), accepted.getOutputStream(), KEY, BINDING))
                    .isInstanceOf(TokenProof.Refused.class)
                    .hasMessage("the connection did not start with a Sentigrid worker's greeting");
        }
    }

    @Test
    void theKeyHidesTheToken() {
        assertThat(KEY.toString()).doesNotContain(TOKEN);
        assertThat(new JoinSecret(KEY, null).toString()).doesNotContain(TOKEN);
    }

    private record Outcome(Exception worker, Exception coordinator, byte[] workerSent) {
    }

    private static Outcome run(TokenKey workerKey, byte[] workerBinding, TokenKey coordinatorKey,
                               byte[] coordinatorBinding) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            CompletableFuture<Exception> coordinator = CompletableFuture.supplyAsync(() -> {
                try {
                    TokenProof.check(accepted.getInputStream(), accepted.getOutputStream(), coordinatorKey, coordinatorBinding);
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            OutputStream recorded = new FilterOutputStream(client.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    sent.write(b);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    sent.write(b, off, len);
                    out.write(b, off, len);
                }
            };
            Exception worker = null;
            try {
                TokenProof.prove(client.getInputStream(), recorded, workerKey, workerBinding, "127.0.0.1:50505");
            } catch (IOException e) {
                worker = e;
                client.close();  // as the worker does: it hangs up
            }
            return new Outcome(worker, coordinator.get(10, TimeUnit.SECONDS), sent.toByteArray());
        }
    }
}
