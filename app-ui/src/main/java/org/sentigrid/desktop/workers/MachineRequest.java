package org.sentigrid.desktop.workers;

import java.nio.file.Path;
import java.util.Objects;
import org.sentigrid.launch.SshTarget;

/**
 * A machine to start a worker on over SSH, as the user gave it in Add machine.
 *
 * @param identity the private key file, or null to log in with {@code password}
 * @param password the password (used for this connection only, never kept), or null
 */
public record MachineRequest(SshTarget target, Path identity, char[] password) {
    public MachineRequest {
        Objects.requireNonNull(target, "target");
        if (identity == null && (password == null || password.length == 0)) {
            throw new IllegalArgumentException("give a private key file or a password");
        }
    }
}
