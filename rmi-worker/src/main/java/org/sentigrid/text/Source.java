package org.sentigrid.text;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input: a file, or standard input.
 *
 * @param name what the user typed (or the file's path under a directory they named); {@code -} for stdin
 * @param path the file, or null for standard input
 */
public record Source(String name, Path path) {
    public static final String STDIN_NAME = "-";

    public Source {
        Objects.requireNonNull(name, "name");
    }

    public static Source stdin() {
        return new Source(STDIN_NAME, null);
    }

    public boolean isStdin() {
        return path == null;
    }
}
