package org.sentigrid.desktop.workers;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A machine to start a worker on over SSH, as the user gave it in Add machine.
 *
 * @param target {@code USER@HOST:PORT} (an IPv6 address in brackets), as {@code launch --ssh} takes it
 * @param identity the private key file, or null to log in with {@code password}
 * @param password the password (used for this connection only, never kept), or null
 */
public record MachineRequest(String target, Path identity, char[] password) {
    public MachineRequest {
        Objects.requireNonNull(target, "target");
        if (identity == null && (password == null || password.length == 0)) {
            throw new IllegalArgumentException("give a private key file or a password");
        }
    }
}
