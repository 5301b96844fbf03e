package org.sentigrid.desktop.charts;

import javafx.scene.paint.Color;

/**
 * The colours a chart draws its frame with: the background, text, grid lines, the zero axis, the
 * track behind label-mix bars and the selection mark. Label colours stay the same in every palette.
 */
public record ChartPalette(Color background, Color text, Color grid, Color axis, Color track, Color accent) {
    public static final ChartPalette LIGHT = new ChartPalette(Color.WHITE, Color.web("#616161"), Color.web("#e0e0e0"),
            Color.web("#9e9e9e"), Color.web("#f5f5f5"), Color.web("#6200ea"));
    public static final ChartPalette DARK = new ChartPalette(Color.web("#1e2227"), Color.web("#b0b8c1"),
            Color.web("#343a42"), Color.web("#6b7480"), Color.web("#2a2f36"), Color.web("#b388ff"));
}
