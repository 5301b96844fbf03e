package org.sentigrid.text;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input: a file, or standard input.
 *
 * @param name what the user typed (or the file's path under a directory they named); {@code -} for stdin
 * @param path the file; null for standard input, and for a name that is no path on this system
 */
public record Source(String name, Path path) {
    public static final String STDIN_NAME = "-";

    public Source {
        Objects.requireNonNull(name, "name");
    }

    public static Source stdin() {
        return new Source(STDIN_NAME, null);
    }

    /** A name the file system cannot take (say, non-ASCII under an ASCII locale): reading it reports so. */
    public static Source unusable(String name) {
        if (name.equals(STDIN_NAME)) {
            throw new IllegalArgumentException("- is standard input");
        }
        return new Source(name, null);
    }

    public boolean isStdin() {
        return path == null && name.equals(STDIN_NAME);
    }
}
