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
 * @param overlayWords     lower-case words and phrases the user added, changed or removed, sorted
 * @param overlayValences  their valences, same order (0 for boosters, dampeners and removals)
 * @param overlayKinds     what each is, same order: {@link #VALENCE}, {@link #BOOSTER}, {@link #DAMPENER}
 *                         or {@link #REMOVE}
 */
public record JobSettings(EngineMode mode, String[] overlayWords, double[] overlayValences, byte[] overlayKinds)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;
    /** A word's valence, or (for a phrase) an idiom's. */
    public static final byte VALENCE = 0;
    public static final byte BOOSTER = 1;
    public static final byte DAMPENER = 2;
    /** Taken out of the lexicon, the idioms and the boosters. */
    public static final byte REMOVE = 3;

    public JobSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(overlayWords, "overlayWords");
        Objects.requireNonNull(overlayValences, "overlayValences");
        Objects.requireNonNull(overlayKinds, "overlayKinds");
        if (overlayWords.length != overlayValences.length || overlayWords.length != overlayKinds.length
                || overlayWords.length > Wire.MAX_OVERLAY_WORDS) {
            throw new IllegalArgumentException("overlay of " + overlayWords.length + " words, "
                    + overlayValences.length + " valences and " + overlayKinds.length + " kinds");
        }
        for (byte kind : overlayKinds) {
            if (kind < VALENCE || kind > REMOVE) {
                throw new IllegalArgumentException("overlay kind " + kind + " is none of 0-3");
            }
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
        overlayKinds = overlayKinds.clone();
    }

    /** Settings whose overlay holds only words (or idioms) with valences. */
    public JobSettings(EngineMode mode, String[] overlayWords, double[] overlayValences) {
        this(mode, overlayWords, overlayValences, new byte[overlayWords.length]);
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
    public byte[] overlayKinds() {
        return overlayKinds.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobSettings that && mode == that.mode
                && Arrays.equals(overlayWords, that.overlayWords) && Arrays.equals(overlayValences, that.overlayValences)
                && Arrays.equals(overlayKinds, that.overlayKinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, Arrays.hashCode(overlayWords), Arrays.hashCode(overlayValences), Arrays.hashCode(overlayKinds));
    }

    @Override
    public String toString() {
        return "JobSettings[mode=" + mode.id() + ", overlay=" + overlayWords.length + " words]";
    }
}
