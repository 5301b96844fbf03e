package org.sentigrid.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where results go, in UTF-8: standard output, or a file. A file is written to a temporary file
 * beside it and moved into place by {@link #commit}; closing without a commit deletes the temporary
 * file, so a run that fails never leaves a half file behind under the name the user asked for.
 */
final class Output implements Closeable {
    private final Writer writer;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private Output(Writer writer, Path temporary, Path target) {
        this.writer = writer;
        this.temporary = temporary;
        this.target = target;
    }

    /** Standard output when {@code file} is null, else a temporary file beside {@code file}. */
    static Output open(Path file) throws IOException {
        if (file == null) {
            return new Output(utf8(new FileOutputStream(FileDescriptor.out)), null, null);
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part",
                createdReadableByOthers());
        try {
            return new Output(utf8(Files.newOutputStream(temporary)), temporary, target);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    Writer writer() {
        return writer;
    }

    /** Flushes standard output, or closes the temporary file and moves it into place. */
    void commit() throws IOException {
        if (temporary == null) {
            writer.flush();
        } else {
            writer.close();
            move(temporary, target);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (temporary != null && !committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are private by default; the result should get the usual permissions (umask). */
    private static FileAttribute<?>[] createdReadableByOthers() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))};
    }
}
