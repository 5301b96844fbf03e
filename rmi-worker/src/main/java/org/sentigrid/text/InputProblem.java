package org.sentigrid.text;

import java.io.Serial;

/**
 * An input that cannot be read (missing, unreadable, binary, malformed, ...). The message is one plain
 * sentence for the user that names the input and says what to do; it never carries a stack trace.
 */
public final class InputProblem extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public InputProblem(String message) {
        super(message);
    }

    public InputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
