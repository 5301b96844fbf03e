package org.sentigrid.desktop.charts;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for chart tests: run on the FX thread, count pixels of a snapshot. */
final class Fx {
    private Fx() {
    }

    static <T> T call(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
    }

    static void run(Runnable task) throws Exception {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** The pixels of the chart as shown whose ARGB value matches. */
    static int countPixels(Region chart, IntPredicate argb) throws Exception {
        return countPixels(call(() -> chart.snapshot(null, null)), argb);
    }

    static int countPixels(Image image, IntPredicate argb) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (argb.test(reader.getArgb(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    static IntPredicate is(Color color) {
        int argb = 0xff000000 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
        return pixel -> pixel == argb;
    }

    static IntPredicate notBackground() {
        return is(Color.WHITE).negate();
    }
}
