package org.sentigrid.engine;

import java.io.IOException;
import java.io.Serial;

/** A user lexicon line that cannot be used; the message names the file and the line and says how to fix it. */
public final class LexiconFormatException extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    public LexiconFormatException(String message) {
        super(message);
    }
}
