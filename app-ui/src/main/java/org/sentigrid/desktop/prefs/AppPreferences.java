package org.sentigrid.desktop.prefs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.text.SplitMode;

/**
 * What the app remembers between runs (window size, last folder, thresholds, engine, split, local
 * workers), in the user's Java preferences. Values that are missing or out of range fall back to defaults.
 */
public final class AppPreferences {
    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for Sentigrid. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/sentigrid/desktop"));
    }

    public double windowWidth() {
        return clamp(node.getDouble("window.width", 1280), 640, 10_000);
    }

    public double windowHeight() {
        return clamp(node.getDouble("window.height", 800), 480, 10_000);
    }

    public void windowSize(double width, double height) {
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }

    /** The folder of the last file opened or saved, if it still exists. */
    public Path lastFolder() {
        String folder = node.get("folder.last", null);
        if (folder == null) {
            return null;
        }
        try {
            Path path = Path.of(folder);
            return Files.isDirectory(path) ? path : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public void lastFolder(Path folder) {
        node.put("folder.last", folder.toAbsolutePath().toString());
    }

    public double threshold() {
        return clamp(node.getDouble("threshold", SentimentLabel.DEFAULT_THRESHOLD), 0, 1);
    }

    public void threshold(double value) {
        node.putDouble("threshold", value);
    }

    public EngineMode engine() {
        try {
            return EngineMode.fromId(node.get("engine", EngineMode.VADER.id()));
        } catch (IllegalArgumentException e) {
            return EngineMode.VADER;
        }
    }

    public void engine(EngineMode mode) {
        node.put("engine", mode.id());
    }

    public SplitMode split() {
        try {
            return SplitMode.valueOf(node.get("split", SplitMode.SENTENCES.name()));
        } catch (IllegalArgumentException e) {
            return SplitMode.SENTENCES;
        }
    }

    public void split(SplitMode mode) {
        node.put("split", mode.name());
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void darkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** Local worker processes to start; one with a thread per core is the fastest on one machine. */
    public int localWorkers() {
        return (int) clamp(node.getInt("workers.local", 1), 0, 64);
    }

    public void localWorkers(int count) {
        node.putInt("workers.local", count);
    }

    /** Writes the preferences out; a failure only loses them, so it is not the user's problem now. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Nothing to do: the defaults come back next time.
        }
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }
}
