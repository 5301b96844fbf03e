package org.sentigrid.api.grid.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamConstants;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A connection bounds each message it reads, strings included, over a real TCP connection. */
@Timeout(30)
class MessageBudgetTest {
    private static final int BUDGET = 1 << 20;

    @Test
    void aStringLongerThanTheBudgetCutsTheConnectionBeforeItIsBuilt() throws Exception {
        try (ServerSocket server = budgetedServer(); Socket client = connect(server); Socket accepted = server.accept()) {
            // A string that says it is a terabyte long (TC_LONGSTRING), then its bytes, as fast as they go.
            CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> {
                long bytes = 0;
                try (DataOutputStream out = new DataOutputStream(client.getOutputStream())) {
                    out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
                    out.writeShort(ObjectStreamConstants.STREAM_VERSION);
                    out.writeByte(ObjectStreamConstants.TC_LONGSTRING);
                    out.writeLong(1L << 40);
                    byte[] letters = new byte[64 * 1024];
                    Arrays.fill(letters, (byte) 'a');
                    for (int i = 0; i < 16 * BUDGET / letters.length; i++) {  // bounded: 16 budgets at most
                        out.write(letters);
                        bytes += letters.length;
                    }
                } catch (IOException cut) {
                    // the reader closed the connection: expected
                }
                return bytes;
            });
            ObjectInputStream in = new ObjectInputStream(accepted.getInputStream());
            assertThatThrownBy(in::readObject).isInstanceOf(IOException.class)
                    .hasMessageContaining("more than " + BUDGET + " bytes in one message");
            accepted.close();
            assertThat(sent.get()).as("the sender was cut off long before its 16 MiB").isLessThan(16L * BUDGET);
        }
    }

    @Test
    void eachMessageHasItsOwnBudgetOnceThisSideHasAnswered() throws Exception {
        try (ServerSocket server = budgetedServer(); Socket client = connect(server); Socket accepted = server.accept()) {
            InputStream in = accepted.getInputStream();
            OutputStream answers = accepted.getOutputStream();
            OutputStream calls = client.getOutputStream();
            byte[] call = new byte[BUDGET * 3 / 4];
            for (int i = 0; i < 3; i++) {
                calls.write(call);
                calls.flush();
                assertThat(in.readNBytes(call.length)).hasSize(call.length);
                answers.write(1);
                answers.flush();  // answered: the next call starts afresh
                assertThat(client.getInputStream().read()).isEqualTo(1);
            }
            CompletableFuture.runAsync(() -> {  // two calls' worth with no answer between them
                try {
                    calls.write(call);
                    calls.write(call);
                    calls.flush();
                } catch (IOException cut) {
                    // the reader closed the connection
                }
            });
            assertThatThrownBy(() -> in.readNBytes(2 * call.length)).isInstanceOf(IOException.class)
                    .hasMessageContaining("in one message");
        }
    }

    private static ServerSocket budgetedServer() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress()) {
            @Override
            public Socket accept() throws IOException {
                GuardedSocket socket = new GuardedSocket(
                        plain -> new GuardedSocket.Streams(plain.getInputStream(), plain.getOutputStream()), BUDGET);
                implAccept(socket);
                return socket;
            }
        };
    }

    private static Socket connect(ServerSocket server) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }
}
