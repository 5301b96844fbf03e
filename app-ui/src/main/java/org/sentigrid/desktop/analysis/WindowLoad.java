package org.sentigrid.desktop.analysis;

import java.util.concurrent.locks.LockSupport;

/**
 * Lets a job's own threads step aside while the window draws a heavy frame. On two cores, the window's
 * catch-up frames (a table layout and a repaint, tens of milliseconds) share the CPU with the job's
 * reading thread and its journal thread; each of those stretched the longest frame by 15 to 30 ms. The
 * FX thread says when a heavy frame begins; the job's threads, between two pieces of work, wait until
 * it should be over. Workers are other processes, at a lower priority already: they keep scoring.
 */
public final class WindowLoad {
    /** Never waits: for jobs without a window. */
    public static final WindowLoad NONE = new WindowLoad();
    private static final long POLL_NANOS = 2_000_000L;

    private volatile long heavyUntil;

    /** The FX thread begins a frame that will take about {@code nanos}. */
    public void heavyFrame(long nanos) {
        heavyUntil = System.nanoTime() + nanos;
    }

    /** A job's thread waits while a heavy frame is being drawn (at most as long as the frame was said to take). */
    public void awaitLightFrame() {
        for (long left = heavyUntil - System.nanoTime(); left > 0; left = heavyUntil - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, POLL_NANOS));
        }
    }
}
