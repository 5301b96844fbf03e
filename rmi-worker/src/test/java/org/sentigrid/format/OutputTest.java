package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written through {@link Output}: moved into place whole, with the permissions it should have. */
class OutputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void writingOverAFileKeepsItsPermissions() throws IOException {
        for (String permissions : new String[] {"rw-------", "rw-r-----", "rw-rw-r--"}) {
            Path file = Files.writeString(dir.resolve("results-" + permissions + ".csv"), "old\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

            write(file, "new\n");

            assertThat(Files.readString(file)).isEqualTo("new\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
    }

    @Test
    void aNewFileGetsWhatAnyNewFileGets() throws IOException {
        Path file = dir.resolve("new.csv");
        Path plain = Files.createFile(dir.resolve("plain"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-rw-rw-")));  // as the umask leaves it

        write(file, "new\n");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    private static void write(Path file, String text) throws IOException {
        try (Output output = Output.open(file)) {
            output.stream().write(text.getBytes(StandardCharsets.UTF_8));
            output.commit();
        }
    }
}
