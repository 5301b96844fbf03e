package org.sentigrid.session;

import java.nio.file.Path;

/**
 * Where Sentigrid keeps its data: the system property {@value #PROPERTY} when set (tests use a
 * temporary folder), else {@code $XDG_DATA_HOME/sentigrid}, else {@code ~/.local/share/sentigrid}.
 */
public final class DataDirectory {
    public static final String PROPERTY = "sentigrid.dataDir";

    private DataDirectory() {
    }

    public static Path root() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "sentigrid");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "sentigrid");
    }

    /** The folder of the desktop's job journals. */
    public static Path journals() {
        return root().resolve("journals");
    }
}
