package org.sentigrid.api.grid;

import java.io.Serial;
import java.io.Serializable;

/**
 * Who is calling: the worker id the coordinator gave at join. No token: every connection to the
 * coordinator proved the token before RMI read a byte ({@code auth.TokenProof}).
 *
 * @param workerId the id from {@link JoinReply#workerId()}
 */
public record WorkerCredentials(String workerId) implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;

    public WorkerCredentials {
        Wire.requireText("workerId", workerId, Wire.MAX_NAME_CHARS);
    }
}
