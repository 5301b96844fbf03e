package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written through {@link Output}: moved into place whole, with the permissions it should have; a named
 * pipe or a device written into as it is, and a symbolic link followed.
 */
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

    @Test
    void bytesWrittenOneAtATimeInSmallPiecesAndInPiecesLargerThanTheBufferArriveInOrder() throws IOException {
        byte[] large = new byte[700 * 1024];
        new java.util.Random(7).nextBytes(large);
        Path file = dir.resolve("mixed.bin");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Output output = Output.open(file)) {
            for (OutputStream out : List.of(output.stream(), expected)) {
                out.write('a');
                out.write(large, 3, 100);
                out.write(large);
                out.write('z');
                out.write(large, 0, 0);
            }
            output.commit();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    }

    @Test
    void aNamedPipeIsWrittenIntoAndStaysAPipe() throws Exception {
        Path pipe = dir.resolve("results.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);  // blocks until a writer opens the pipe, then reads to its end
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        write(pipe, "new\n");

        assertThat(read.get(10, TimeUnit.SECONDS)).as("what a reader of the pipe got").isEqualTo("new\n");
        assertThat(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("still a pipe, not replaced by a file").isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left beside it").containsExactly(pipe);
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItPointsToGetsTheResults() throws IOException {
        Path target = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("results.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), target);

        write(link, "new\n");

        assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
        assertThat(Files.readString(target)).isEqualTo("new\n");
    }

    private static void write(Path file, String text) throws IOException {
        try (Output output = Output.open(file)) {
            output.stream().write(text.getBytes(StandardCharsets.UTF_8));
            output.commit();
        }
    }
}
