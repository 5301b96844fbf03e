package org.sentigrid.api.grid;

import java.io.Serial;
import java.io.Serializable;

/**
 * Who is calling: the join token and the worker id the coordinator gave at join.
 *
 * @param token    the grid's join token
 * @param workerId the id from {@link JoinReply#workerId()}
 */
public record WorkerCredentials(String token, String workerId) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public WorkerCredentials {
        Wire.requireText("token", token, Wire.MAX_NAME_CHARS);
        Wire.requireText("workerId", workerId, Wire.MAX_NAME_CHARS);
    }

    @Override
    public String toString() {
        return "WorkerCredentials[workerId=" + workerId + "]";
    }
}
