package org.sentigrid.desktop.reader;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.charts.LabelColors;

/**
 * The reader's colours, on screen and in its HTML export alike: a sentence is tinted in its label's
 * colour, the more strongly the larger its compound's size (a neutral one not at all); a word that
 * counts is underlined in the colour of its valence's sign, the thicker the larger its size.
 */
public final class Tints {
    private Tints() {
    }

    /** The tint of a sentence with this compound under this label threshold. */
    public static Color sentence(double compound, double threshold) {
        SentimentLabel label = SentimentLabel.of(compound, threshold);
        if (label == SentimentLabel.NEUTRAL) {
            return Color.TRANSPARENT;
        }
        return LabelColors.of(label).deriveColor(0, 1, 1, 0.10 + 0.35 * Math.min(1, Math.abs(compound)));
    }

    /** The underline's colour of a word with this final valence (not 0). */
    public static Color word(double valence) {
        return LabelColors.of(valence > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE);
    }

    /** The underline's thickness in pixels: 1 for the smallest valences, 3 from ±3 on. */
    public static double underline(double valence) {
        return 1 + Math.min(2, Math.max(0, Math.abs(valence) - 1));
    }

    /** A colour as CSS ({@code rgba(46,125,50,0.41)}). */
    public static String css(Color color) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255), color.getOpacity());
    }
}
