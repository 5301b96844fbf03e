package org.sentigrid.desktop.charts;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.sentigrid.api.SentimentLabel;

/** The colours of the charts: one per label (also as CSS hex for tables) and a palette for overlaid documents. */
public final class LabelColors {
    private static final Color[] PALETTE = {
        Color.web("#1565c0"), Color.web("#ef6c00"), Color.web("#00838f"), Color.web("#ad1457"),
        Color.web("#6d4c41"), Color.web("#9e9d24"), Color.web("#546e7a"), Color.web("#f9a825"),
    };
    private static final Map<SentimentLabel, Color> COLORS = new EnumMap<>(SentimentLabel.class);

    static {
        for (SentimentLabel label : SentimentLabel.values()) {
            COLORS.put(label, Color.web(hex(label)));
        }
    }

    private LabelColors() {
    }

    /** E.g. {@code #2e7d32} for positive, usable in CSS. */
    public static String hex(SentimentLabel label) {
        return switch (label) {
            case POSITIVE -> "#2e7d32";
            case NEUTRAL -> "#9e9e9e";
            case NEGATIVE -> "#c62828";
        };
    }

    public static Color of(SentimentLabel label) {
        return COLORS.get(label);
    }

    /** The colour of the {@code n}th overlaid document; the palette repeats after 8 colours. */
    public static Color document(int n) {
        return PALETTE[Math.floorMod(n, PALETTE.length)];
    }
}
