package org.sentigrid.api.grid;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.sentigrid.api.EngineMode;

/**
 * How a job's units are scored: the engine mode and the user's lexicon overlay, as data (never code).
 *
 * @param mode             the VADER reference to reproduce
 * @param overlayWords     lower-case words the user added or changed, sorted
 * @param overlayValences  their valences, same order
 */
public record JobSettings(EngineMode mode, String[] overlayWords, double[] overlayValences) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public JobSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(overlayWords, "overlayWords");
        Objects.requireNonNull(overlayValences, "overlayValences");
        if (overlayWords.length != overlayValences.length || overlayWords.length > Wire.MAX_OVERLAY_WORDS) {
            throw new IllegalArgumentException("overlay of " + overlayWords.length + " words and "
                    + overlayValences.length + " valences");
        }
        for (String word : overlayWords) {
            Wire.requireText("overlay word", word, Wire.MAX_NAME_CHARS);
        }
        for (double valence : overlayValences) {
            if (!(Math.abs(valence) <= 4.0)) {
                throw new IllegalArgumentException("overlay valence " + valence + " is outside -4..4");
            }
        }
        overlayWords = overlayWords.clone();
        overlayValences = overlayValences.clone();
    }

    public static JobSettings plain(EngineMode mode) {
        return new JobSettings(mode, new String[0], new double[0]);
    }

    @Override
    public String[] overlayWords() {
        return overlayWords.clone();
    }

    @Override
    public double[] overlayValences() {
        return overlayValences.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobSettings that && mode == that.mode
                && Arrays.equals(overlayWords, that.overlayWords) && Arrays.equals(overlayValences, that.overlayValences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, Arrays.hashCode(overlayWords), Arrays.hashCode(overlayValences));
    }

    @Override
    public String toString() {
        return "JobSettings[mode=" + mode.id() + ", overlay=" + overlayWords.length + " words]";
    }
}
