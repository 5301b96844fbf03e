package org.sentigrid.cli;

import java.io.IOException;
import java.io.Serial;

/** The grid could not be set up for this run (port taken, local workers would not start); the message says what to do. */
final class GridUnavailable extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    GridUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
