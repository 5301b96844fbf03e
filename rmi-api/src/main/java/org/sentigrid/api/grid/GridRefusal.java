package org.sentigrid.api.grid;

import java.io.Serial;

/** The coordinator refused a call; the message is one plain sentence for the worker's user. */
public final class GridRefusal extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public GridRefusal(String message) {
        // No stack trace travels: the message is all the other side needs.
        super(message, null, false, false);
    }
}
