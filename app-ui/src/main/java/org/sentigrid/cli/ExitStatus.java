package org.sentigrid.cli;

/** The exit statuses of {@code sentigrid}, as {@code analyze --help} documents them. */
final class ExitStatus {
    static final int OK = 0;
    /** An input could not be read (the others were analyzed), or the output could not be written. */
    static final int INPUT_OR_OUTPUT_FAILED = 1;
    /** A bad option or value, including a bad {@code --lexicon} file. */
    static final int USAGE = 2;
    /** A bug: an exception nobody expected. */
    static final int INTERNAL_ERROR = 3;

    private ExitStatus() {
    }
}
