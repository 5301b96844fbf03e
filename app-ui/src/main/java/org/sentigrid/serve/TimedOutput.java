package org.sentigrid.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A socket's output whose every write must finish within {@link ServerSettings#writeTimeout}: a client
 * that does not read its answers has its connection closed, and the write fails as if it had left.
 */
final class TimedOutput extends OutputStream {
    private final Socket socket;
    private final OutputStream out;
    private final ScheduledExecutorService alarms;
    private final long timeoutMillis;

    TimedOutput(Socket socket, ServerSettings settings, ScheduledExecutorService alarms) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.alarms = alarms;
        this.timeoutMillis = settings.writeTimeout().toMillis();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ScheduledFuture<?> alarm = alarms.schedule(() -> Requests.closeQuietly(socket), timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            out.write(bytes, offset, length);
        } finally {
            alarm.cancel(false);
        }
    }
}
