package org.sentigrid.desktop.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.text.SplitMode;

/** Remembered settings: defaults, round trips, and out-of-range or stale values falling back. */
class AppPreferencesTest {
    private Preferences node;
    private AppPreferences preferences;

    @TempDir
    Path dir;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("org/sentigrid/test/" + UUID.randomUUID());
        preferences = new AppPreferences(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
        Preferences.userRoot().flush();
    }

    @Test
    void defaultsWhenNothingIsStored() {
        assertThat(preferences.windowWidth()).isEqualTo(1280);
        assertThat(preferences.windowHeight()).isEqualTo(800);
        assertThat(preferences.threshold()).isEqualTo(0.05);
        assertThat(preferences.engine()).isEqualTo(EngineMode.VADER);
        assertThat(preferences.split()).isEqualTo(SplitMode.SENTENCES);
        assertThat(preferences.localWorkers()).isEqualTo(1);
        assertThat(preferences.lastFolder()).isNull();
    }

    @Test
    void everyValueRoundTripsThroughTheNode() {
        preferences.windowSize(1600, 900);
        preferences.threshold(0.3);
        preferences.engine(EngineMode.NLTK);
        preferences.split(SplitMode.LINES);
        preferences.localWorkers(4);
        preferences.lastFolder(dir);
        preferences.flush();

        AppPreferences reread = new AppPreferences(node);

        assertThat(reread.windowWidth()).isEqualTo(1600);
        assertThat(reread.windowHeight()).isEqualTo(900);
        assertThat(reread.threshold()).isEqualTo(0.3);
        assertThat(reread.engine()).isEqualTo(EngineMode.NLTK);
        assertThat(reread.split()).isEqualTo(SplitMode.LINES);
        assertThat(reread.localWorkers()).isEqualTo(4);
        assertThat(reread.lastFolder()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void outOfRangeValuesAreClamped() {
        preferences.threshold(7);
        preferences.localWorkers(-3);
        preferences.windowSize(100, 20_000);

        assertThat(preferences.threshold()).isEqualTo(1.0);
        assertThat(preferences.localWorkers()).isZero();
        assertThat(preferences.windowWidth()).isEqualTo(640);
        assertThat(preferences.windowHeight()).isEqualTo(10_000);

        preferences.threshold(-0.5);
        preferences.localWorkers(1_000);

        assertThat(preferences.threshold()).isZero();
        assertThat(preferences.localWorkers()).isEqualTo(64);
    }

    @Test
    void unknownEngineOrSplitFallsBackToTheDefault() {
        node.put("engine", "spacy");
        node.put("split", "WORDS");

        assertThat(preferences.engine()).isEqualTo(EngineMode.VADER);
        assertThat(preferences.split()).isEqualTo(SplitMode.SENTENCES);
    }

    @Test
    void lastFolderThatNoLongerExistsIsNull() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("reviews"));
        preferences.lastFolder(folder);
        assertThat(preferences.lastFolder()).isEqualTo(folder.toAbsolutePath());

        Files.delete(folder);

        assertThat(preferences.lastFolder()).isNull();
    }
}
