package org.sentigrid.desktop;

import javafx.animation.AnimationTimer;

/** Measures the time between consecutive pulses: the longest is how long the window was frozen. Start and stop on the FX thread. */
final class FrameGaps extends AnimationTimer {
    private long last;
    long longestNanos;
    long frames;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longestNanos = Math.max(longestNanos, now - last);
        }
        last = now;
        frames++;
    }
}
