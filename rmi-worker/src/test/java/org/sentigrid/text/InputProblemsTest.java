package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read give one plain sentence naming the input as the user gave it. */
class InputProblemsTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        assertProblem(new Source("nope/reviews.txt", dir.resolve("nope/reviews.txt")),
                "nope/reviews.txt does not exist; check the path and try again.");
    }

    @Test
    void directoryWithoutTextFiles() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty/.git"));
        Files.writeString(empty.resolve("config"), "hidden, so not counted");
        Files.write(dir.resolve("empty/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        assertThat(TextInput.expand(List.of(dir.resolve("empty").toString())))
                .singleElement()
                .satisfies(source -> assertProblem(source, source.name()
                        + " is a directory with no text files in it (hidden and binary files are skipped);"
                        + " name a text file or a directory that holds some."));
    }

    @Test
    void aNameTheFileSystemCannotTakeIsReportedWhenRead() {
        // A NUL can never be in a path; a non-ASCII name under an ASCII locale fails the same way.
        assertThat(TextInput.expand(List.of("bad\0name.txt", "-")))
                .satisfies(sources -> assertThat(sources.get(1).isStdin()).isTrue())
                .first()
                .satisfies(source -> assertThat(source.isStdin()).isFalse())
                .satisfies(source -> assertProblem(source, "bad\0name.txt is not a file name this system can use (its"
                        + " characters do not fit the locale's charset); run with a UTF-8 locale, e.g. LANG=C.UTF-8, or rename the file."));
    }

    @Test
    void specialFile() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));

        assertProblem(new Source("/dev/null", device),
                "/dev/null is not a regular file (a device, pipe or socket); save the text to a file or pipe it to standard input.");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Private.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions do not apply here (running as root?)");

        assertProblem(new Source("secret.txt", file), "secret.txt cannot be read (permission denied); check the file's permissions.");
    }

    @Test
    void permissionDeniedWhileReadingIsThePermissionProblem() {
        // Also covers what unreadableFile() cannot check when the tests run as root.
        assertThat(InputFiles.problem("secret.txt", new AccessDeniedException("/home/me/secret.txt")))
                .hasMessage("secret.txt cannot be read (permission denied); check the file's permissions.");
        assertThat(InputFiles.problem("disk.txt", new IOException("Input/output error")))
                .hasMessage("disk.txt could not be read (Input/output error); check the file and try again.");
    }

    @Test
    void binaryFile() throws Exception {
        Path file = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10});

        assertProblem(new Source("pics/photo.jpg", file),
                "pics/photo.jpg looks like a binary file, not text; give Sentigrid plain text, CSV, TSV, JSON Lines, a spreadsheet or a document.");
    }

    @Test
    void noneModeRefusesASourceLongerThanTheCap() throws Exception {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "word ".repeat(UnitReader.MAX_UNIT / 5 + 1));

        assertThatThrownBy(() -> CollectingSink.read(file, SplitMode.NONE))
                .isInstanceOf(InputProblem.class)
                .hasMessage("huge.txt is longer than 16,777,216 characters, too long to score as one unit;"
                        + " use --split sentences or --split lines.");
    }

    private static void assertProblem(Source source, String message) {
        assertThatThrownBy(() -> TextInput.read(source, InputOptions.defaults(), new CollectingSink()))
                .isInstanceOf(InputProblem.class)
                .hasMessage(message)
                .hasMessageNotContaining("Exception");
    }
}
