package org.sentigrid.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.cli.SentigridCommand;
import org.sentigrid.desktop.DesktopApp;

/**
 * The entry point of {@code sentigrid.jar}. No arguments, or only names of files and folders (what a
 * file manager's "Open with" passes), open the desktop window, which names those it cannot read;
 * anything else is the command line.
 */
public final class Main {
    private static final Set<String> COMMANDS = Set.of("analyze", "summarize", "evaluate", "terms", "kwic", "serve", "worker", "launch", "help");

    private Main() {
    }

    public static void main(String[] args) {
        if (!opensWindow(args)) {
            System.exit(SentigridCommand.run(args));
        }
        if (!hasDisplay()) {
            System.err.println("sentigrid: there is no display to open the window on (DISPLAY is not set);"
                    + " to analyze on the command line run: sentigrid analyze FILE... (see sentigrid --help)");
            System.exit(ExitStatus.USAGE);
        }
        try {
            DesktopApp.launch(args);
        } catch (RuntimeException e) {
            System.err.println("sentigrid: the window could not open (" + e.getMessage() + "); the command line still"
                    + " works: see sentigrid --help");
            System.exit(ExitStatus.INTERNAL_ERROR);
        }
        System.exit(ExitStatus.OK);
    }

    static boolean opensWindow(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            return false; // a file named like a command does not hide the command
        }
        return Arrays.stream(args).allMatch(Main::isFileArgument);
    }

    /**
     * An existing path, or a name that looks like a file's (it has a dot or a folder in it): the window
     * names a file it cannot read and loads the others. A bare word that is no file ("analyse") is
     * left to the command line, which says what it is and suggests the command meant.
     */
    private static boolean isFileArgument(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        try {
            Path path = Path.of(arg);
            return Files.exists(path) || arg.contains(".") || path.getNameCount() > 1;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** On Linux and other X11/Wayland systems a window needs a display; tests use Monocle's headless one. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || System.getProperty("glass.platform") != null) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
