package org.sentigrid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The run's messages on standard error: while a terminal watches, one self-overwriting line with
 * the units so far and the rate (redrawn at most 4 times a second); at the end a one-line summary.
 * Other messages go through {@link #println} so they never land on top of the progress line.
 * Thread-safe: grid events report from RMI threads.
 */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    /** The summary gives a rate from this many units on: over fewer it would measure mostly the start. */
    static final int RATE_FROM_UNITS = 1_000;

    private final PrintWriter err;
    private final boolean live;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos = startNanos;
    private int drawnWidth;
    private long units;

    Progress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    synchronized void unitWritten() {
        unitsWritten(1);
    }

    synchronized void unitsWritten(int count) {
        units += count;
        if (live) {
            long now = System.nanoTime();
            if (now - lastDrawNanos >= REDRAW_NANOS) {
                lastDrawNanos = now;
                draw(String.format(Locale.ENGLISH, "%,d units (%,d units/s)", units, rate(units, now - startNanos)));
            }
        }
    }

    synchronized void println(String message) {
        draw("");
        err.println(message);
        err.flush();
    }

    /** The summary line, then {@code clauses} (each like "by worker: local-2 10"), separated by semicolons. */
    synchronized void summary(int sourcesRead, int sourcesUnreadable, List<String> clauses) {
        String line = summary(units, sourcesRead, sourcesUnreadable, System.nanoTime() - startNanos);
        if (!clauses.isEmpty()) {
            line = line.substring(0, line.length() - 1) + "; " + String.join("; ", clauses) + ".";
        }
        println(line);
    }

    /**
     * E.g. {@code Analyzed 1,234 units from 3 sources in 2.1 s (590 units/s); 1 source could not be read.}, the
     * rate only from {@link #RATE_FROM_UNITS} units on.
     */
    static String summary(long units, int sourcesRead, int sourcesUnreadable, long nanos) {
        String line = String.format(Locale.ENGLISH, "Analyzed %s from %s in %.1f s", count(units, "unit"),
                count(sourcesRead, "source"), nanos / 1e9);
        if (units >= RATE_FROM_UNITS) {
            line += String.format(Locale.ENGLISH, " (%,d units/s)", rate(units, nanos));
        }
        return sourcesUnreadable == 0 ? line + "." : line + "; " + count(sourcesUnreadable, "source") + " could not be read.";
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static long rate(long units, long nanos) {
        return nanos <= 0 ? 0 : Math.round(units * 1e9 / nanos);
    }

    /** Overwrites the progress line with {@code text}; an empty text clears it. */
    private void draw(String text) {
        if (drawnWidth == 0 && text.isEmpty()) {
            return;
        }
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())) + (text.isEmpty() ? "\r" : ""));
        err.flush();
        drawnWidth = text.length();
    }
}
