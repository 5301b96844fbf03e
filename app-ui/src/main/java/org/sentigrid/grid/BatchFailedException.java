package org.sentigrid.grid;

import java.io.Serial;

/** A batch that failed on {@link Dispatcher#MAX_ATTEMPTS} workers; the message says why, in plain words. */
public final class BatchFailedException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public BatchFailedException(String message) {
        super(message, null, false, false);
    }
}
