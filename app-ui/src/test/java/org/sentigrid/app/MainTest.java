package org.sentigrid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which arguments open the desktop window and which go to the command line. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWindow() {
        assertThat(Main.opensWindow(new String[0])).isTrue();
    }

    @Test
    void onlyExistingFilesAndFoldersOpenTheWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews.txt"), "Good.");
        Path folder = Files.createDirectory(dir.resolve("more"));

        assertThat(Main.opensWindow(new String[] {file.toString()})).isTrue();
        assertThat(Main.opensWindow(new String[] {file.toString(), folder.toString()})).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "summarize", "evaluate", "serve", "worker", "help"})
    void aSubcommandGoesToTheCommandLine(String command) throws Exception {
        Path file = Files.writeString(dir.resolve("reviews.txt"), "Good.");

        assertThat(Main.opensWindow(new String[] {command})).isFalse();
        assertThat(Main.opensWindow(new String[] {command, file.toString()})).isFalse();
    }

    @Test
    void aSubcommandWinsOverAnExistingFileOfThatName() throws Exception {
        // The working directory cannot be changed here, so the file is in dir: its path opens the window,
        // while the bare name is the command whatever files exist.
        Path named = Files.writeString(dir.resolve("analyze"), "Good.");

        assertThat(Main.opensWindow(new String[] {"analyze"})).isFalse();
        assertThat(Main.opensWindow(new String[] {named.toString()})).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--help", "--version", "-"})
    void anOptionGoesToTheCommandLine(String option) {
        assertThat(Main.opensWindow(new String[] {option})).isFalse();
    }

    @Test
    void anOptionAfterAnExistingFileGoesToTheCommandLine() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews.txt"), "Good.");

        assertThat(Main.opensWindow(new String[] {file.toString(), "--split=lines"})).isFalse();
    }

    @Test
    void aMissingFileNameOpensTheWindowWhichNamesIt() {
        assertThat(Main.opensWindow(new String[] {dir.resolve("missing.txt").toString()})).isTrue();
        assertThat(Main.opensWindow(new String[] {"missing.txt"})).isTrue();
    }

    @Test
    void oneExistingAndOneMissingFileOpenTheWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews.txt"), "Good.");

        assertThat(Main.opensWindow(new String[] {file.toString(), dir.resolve("missing.txt").toString()})).isTrue();
        assertThat(Main.opensWindow(new String[] {dir.resolve("missing.txt").toString(), file.toString()})).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyse", "analyze2", "srve"})
    void aWordThatIsNoFileGoesToTheCommandLine(String word) throws Exception {
        // A mistyped command is the command line's to answer (it suggests the command meant), even beside a file.
        Path file = Files.writeString(dir.resolve("reviews.txt"), "Good.");

        assertThat(Main.opensWindow(new String[] {word})).isFalse();
        assertThat(Main.opensWindow(new String[] {word, file.toString()})).isFalse();
    }

    @Test
    void aNameNoPathCanTakeGoesToTheCommandLine() {
        assertThat(Main.opensWindow(new String[] {"bad\0name.txt"})).isFalse();
    }
}
