package org.sentigrid.worker;

/** The exit statuses of the worker process, as {@code --help} documents them. */
final class ExitStatus {
    /** Stopped cleanly: SIGTERM or Ctrl-C (after finishing or handing back its batches), or its parent went away. */
    static final int OK = 0;
    /** The coordinator could not be reached at start, or was gone for longer than the give-up time. */
    static final int UNREACHABLE = 1;
    /** A bad option or value. */
    static final int USAGE = 2;
    /** The coordinator refused this worker: wrong token, another version or another engine fingerprint. */
    static final int REFUSED = 3;

    private ExitStatus() {
    }
}
