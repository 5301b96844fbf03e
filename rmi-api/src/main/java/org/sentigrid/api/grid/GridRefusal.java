package org.sentigrid.api.grid;

import java.io.Serial;

/** The coordinator refused a call; the message is one plain sentence for the worker's user. */
public final class GridRefusal extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean canRejoin;

    /** A refusal that joining again will not fix (wrong token, other version or engine). */
    public GridRefusal(String message) {
        this(message, false);
    }

    private GridRefusal(String message, boolean canRejoin) {
        // No stack trace travels: the message is all the other side needs.
        super(message, null, false, false);
        this.canRejoin = canRejoin;
    }

    /** The coordinator does not know this worker (it restarted, or declared the worker lost): join again. */
    public static GridRefusal unknownWorker(String message) {
        return new GridRefusal(message, true);
    }

    /** True when the worker should simply join again. */
    public boolean canRejoin() {
        return canRejoin;
    }
}
