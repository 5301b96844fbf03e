package org.sentigrid.format;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the results' bytes go, buffered: standard output, or a file. A file is written to a temporary file
 * beside it and moved into place by {@link #commit}; closing without a commit deletes the temporary
 * file, so a run that fails never leaves a half file behind under the name the user asked for. A file
 * written over keeps its permissions (a file only its owner may read stays so); a new one gets the usual.
 */
public final class Output implements Closeable {
    private final OutputStream stream;
    /** The temporary file's channel, forced to the disk before the move; null for standard output. */
    private final FileChannel channel;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private Output(OutputStream stream, FileChannel channel, Path temporary, Path target) {
        this.stream = stream;
        this.channel = channel;
        this.temporary = temporary;
        this.target = target;
    }

    /** Standard output when {@code file} is null, else a temporary file beside {@code file}. */
    public static Output open(Path file) throws IOException {
        if (file == null) {
            return new Output(buffered(new FileOutputStream(FileDescriptor.out)), null, null, null);
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        removeLeftovers(target);
        Set<PosixFilePermission> kept = permissionsOf(target);
        // Written over: private (the temporary file's own default) until it has the target's permissions.
        Path temporary = Files.createTempFile(target.getParent(), temporaryPrefix(target, ProcessHandle.current().pid()),
                ".part", kept == null ? createdReadableByOthers() : new FileAttribute<?>[0]);
        try {
            if (kept != null) {
                Files.setPosixFilePermissions(temporary, kept);
            }
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            return new Output(buffered(Channels.newOutputStream(channel)), channel, temporary, target);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /**
     * Flushes standard output; or writes the temporary file to the disk and moves it into place, so that
     * a crash at any moment leaves either the old file or the whole new one under the target's name.
     */
    public void commit() throws IOException {
        if (temporary == null) {
            stream.flush();
        } else {
            stream.flush();
            channel.force(true);
            stream.close();
            move(temporary, target);
            forceDirectory(target.getParent());
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

    /** A temporary file's name begins with the target's name and the writing process's id. */
    private static String temporaryPrefix(Path target, long pid) {
        return "." + target.getFileName() + "." + pid + ".";
    }

    /**
     * Deletes temporary files for {@code target} left by processes that are gone (killed while writing):
     * they can be as large as the output. Those of running processes are theirs.
     */
    private static void removeLeftovers(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.getParent(), prefix + "*.part")) {
            for (Path part : parts) {
                String rest = part.getFileName().toString().substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0 && rest.substring(0, dot).chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(rest.substring(0, dot))).isEmpty()) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: a leftover that cannot be listed or deleted harms nothing.
        }
    }

    /** Makes the rename itself durable; where a directory cannot be opened to force it, the rename stays in the cache. */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every system; the file's own bytes are on the disk already.
        }
    }

    /** The permissions of the existing file {@code target}; null when it is new, or permissions are not POSIX. */
    private static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
        if (!Files.exists(target) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        return Files.getPosixFilePermissions(target);
    }

    /** Temporary files are private by default; a new result should get the usual permissions (umask). */
    private static FileAttribute<?>[] createdReadableByOthers() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))};
    }
}
