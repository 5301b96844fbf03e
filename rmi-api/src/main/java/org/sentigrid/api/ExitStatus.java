package org.sentigrid.api;

/**
 * What the exit status of a Sentigrid process means, the same in every subcommand of {@code sentigrid}, in the
 * worker ({@code sentigrid worker}, {@code sentigrid-worker.jar}) and in the Spark job
 * (docs/decisions/exit-statuses.md). It is a contract between processes, as the rest of this module is: scripts,
 * {@code sentigrid launch} and the window read the statuses of the processes they start.
 *
 * <p>The {@code *_HELP} entries are picocli exit code list entries ({@code "status:meaning"}), the same words in
 * every {@code --help}; a command says in its footer what is particular to it.
 */
public final class ExitStatus {
    /** Done: everything asked was done, or a worker stopped as asked. */
    public static final int OK = 0;
    /**
     * Something outside the program could not be used: an input, the output, a port, a machine or the coordinator;
     * one line says which, and what could be done was.
     */
    public static final int FAILED = 1;
    /** A bad option or value, including a file given as a setting (a --lexicon, a --journal of another run). */
    public static final int USAGE = 2;
    /**
     * Refused: the coordinator refused this worker (wrong token, another version or engine), or the worker could not
     * tell it from an impostor (it did not prove to be the coordinator of the join code, or two machines announce
     * the name it was to join). Only a worker exits so.
     */
    public static final int REFUSED = 3;
    /** A bug: an exception nobody expected. */
    public static final int INTERNAL_ERROR = 4;

    public static final String OK_HELP = OK + ":done";
    public static final String FAILED_HELP = FAILED + ":something could not be used (an input, the output, a port, a"
            + " machine or the coordinator): one line says which, and what could be done was";
    public static final String USAGE_HELP = USAGE + ":usage error: a bad option or value";
    public static final String REFUSED_HELP = REFUSED + ":refused: the coordinator refused this worker (wrong token,"
            + " another version or engine), or did not prove to be the coordinator of the join code (no TLS,"
            + " another certificate), or two machines announce the name to join";
    public static final String INTERNAL_ERROR_HELP = INTERNAL_ERROR + ":internal error (please report it)";
    public static final String HEADING = "%nExit status:%n";

    private ExitStatus() {
    }
}
