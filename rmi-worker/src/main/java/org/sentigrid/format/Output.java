package org.sentigrid.format;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the results' bytes go, buffered: standard output, or a file. A file is written to a temporary file
 * beside it and moved into place by {@link #commit}; closing without a commit deletes the temporary
 * file, so a run that fails never leaves a half file behind under the name the user asked for.
 */
public final class Output implements Closeable {
    private final OutputStream stream;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private Output(OutputStream stream, Path temporary, Path target) {
        this.stream = stream;
        this.temporary = temporary;
        this.target = target;
    }

    /** Standard output when {@code file} is null, else a temporary file beside {@code file}. */
    public static Output open(Path file) throws IOException {
        if (file == null) {
            return new Output(buffered(new FileOutputStream(FileDescriptor.out)), null, null);
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part",
                createdReadableByOthers());
        try {
            return new Output(buffered(Files.newOutputStream(temporary)), temporary, target);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /** Flushes standard output, or closes the temporary file and moves it into place. */
    public void commit() throws IOException {
        if (temporary == null) {
            stream.flush();
        } else {
            stream.close();
            move(temporary, target);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (temporary != null && !committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static OutputStream buffered(OutputStream out) {
        return new BufferedOutputStream(out, 64 * 1024);
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
