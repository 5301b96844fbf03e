package org.sentigrid.api.grid;

import java.io.Serial;
import java.io.Serializable;

/**
 * The coordinator's welcome.
 *
 * @param workerId        the id to send with every later call
 * @param heartbeatMillis how often to send a heartbeat while busy
 */
public record JoinReply(String workerId, long heartbeatMillis) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public JoinReply {
        Wire.requireText("workerId", workerId, Wire.MAX_NAME_CHARS);
        if (heartbeatMillis < 100 || heartbeatMillis > 60_000) {
            throw new IllegalArgumentException("heartbeatMillis must be 100 to 60000, was " + heartbeatMillis);
        }
    }
}
