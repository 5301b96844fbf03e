package org.sentigrid.worker;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * The worker's two outputs. A few plain lines on standard error for people (start, join, leave,
 * connection lost and back, why it stopped), each also logged; everything else only through
 * {@link System.Logger} at DEBUG, which stays silent unless logging is configured. Every logged line
 * carries the worker's name.
 */
final class WorkerLog {
    static final String PREFIX = "sentigrid worker: ";
    private static final System.Logger LOGGER = System.getLogger("org.sentigrid.worker");

    private final PrintStream err;
    private final String name;

    WorkerLog(PrintStream err, String name) {
        this.err = err;
        this.name = name;
    }

    /** A plain line on standard error. */
    void say(String line) {
        synchronized (err) {
            err.println(PREFIX + line);
            err.flush();
        }
        // Mirrored at DEBUG: at INFO the default java.util.logging console would print it a second time.
        LOGGER.log(Level.DEBUG, () -> "[" + name + "] " + line);
    }

    void debug(Supplier<String> message) {
        LOGGER.log(Level.DEBUG, () -> "[" + name + "] " + message.get());
    }

    /** With the throwable, for whoever turns DEBUG on; never on the terminal by default. */
    void debug(String message, Throwable problem) {
        if (LOGGER.isLoggable(Level.DEBUG)) {
            LOGGER.log(Level.DEBUG, "[" + name + "] " + message, problem);
        }
    }

    void flush() {
        err.flush();
    }
}
