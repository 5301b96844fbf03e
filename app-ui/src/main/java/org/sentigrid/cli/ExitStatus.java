package org.sentigrid.cli;

/** The exit statuses of {@code sentigrid}, as {@code analyze --help} documents them. */
public final class ExitStatus {
    public static final int OK = 0;
    /** An input could not be read (the others were analyzed), or the output could not be written. */
    public static final int INPUT_OR_OUTPUT_FAILED = 1;
    /** A bad option or value, including a bad {@code --lexicon} file. */
    public static final int USAGE = 2;
    /** A bug: an exception nobody expected. */
    public static final int INTERNAL_ERROR = 3;

    private ExitStatus() {
    }
}
