package org.sentigrid.desktop.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.layout.Region;
import javax.imageio.ImageIO;

/** Saves charts as images. */
public final class ChartImages {
    private ChartImages() {
    }

    /**
     * Writes a snapshot of {@code chart}, as shown, to {@code file} as PNG. On the FX thread only.
     *
     * @throws IOException with a one-line message naming the file if it cannot be written
     */
    public static void writePng(Region chart, Path file) throws IOException {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Charts are saved on the FX thread");
        }
        BufferedImage image = SwingFXUtils.fromFXImage(chart.snapshot(null, null), null);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        } catch (NoSuchFileException e) {
            throw new IOException("Could not save the chart to " + file + ": no such folder", e);
        } catch (IOException e) {
            throw new IOException("Could not save the chart to " + file + ": " + e.getMessage(), e);
        }
    }
}
