package org.sentigrid.format;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
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
import java.util.Objects;
import java.util.Set;

/**
 * Where the results' bytes go, buffered: standard output, or a file. A file is written to a temporary file
 * beside it and moved into place by {@link #commit}; closing without a commit deletes the temporary
 * file, so a run that fails never leaves a half file behind under the name the user asked for. A file
 * written over keeps its permissions (a file only its owner may read stays so); a new one gets the usual.
 * A symbolic link stays, and the file it points to gets the results. A named pipe or a device
 * ({@code /dev/null}, {@code /dev/stdout}) is written into as it is: moved over, it would have been replaced
 * by a plain file (for root, even {@code /dev/null}).
 */
public final class Output implements Closeable {
    private final OutputStream stream;
    /** The temporary file's channel, forced to the disk before the move; null for a stream written into as it is. */
    private final FileChannel channel;
    private final Path temporary;
    private final Path target;
    /** Whether a stream written into as it is, is this output's to close: a pipe or device it opened, not standard output. */
    private final boolean closesStream;
    private boolean committed;

    private Output(OutputStream stream, FileChannel channel, Path temporary, Path target, boolean closesStream) {
        this.stream = stream;
        this.channel = channel;
        this.temporary = temporary;
        this.target = target;
        this.closesStream = closesStream;
    }

    /**
     * Standard output when {@code file} is null; a named pipe or a device as it is; else a temporary file beside
     * {@code file} (beside the file it links to, for a symbolic link).
     */
    public static Output open(Path file) throws IOException {
        if (file == null) {
            return new Output(buffered(new FileOutputStream(FileDescriptor.out)), null, null, null, false);
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (Files.exists(target)) {
            target = target.toRealPath();
            if (!Files.isRegularFile(target)) {  // opening a pipe waits for its reader, as any writer does
                return new Output(buffered(Files.newOutputStream(target, StandardOpenOption.WRITE)), null, null, null, true);
            }
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
            return new Output(new ChannelOutput(channel), channel, temporary, target, false);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /**
     * Flushes standard output, or a pipe or device and closes it (so that a pipe's reader sees its end); or writes
     * the temporary file to the disk and moves it into place, so that a crash at any moment leaves either the old
     * file or the whole new one under the target's name.
     */
    public void commit() throws IOException {
        if (temporary == null) {
            stream.flush();
            if (closesStream) {
                stream.close();  // a pipe's reader sees its end
            }
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
        if (temporary == null && closesStream && !committed) {
            stream.close();
        }
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

    /**
     * A file's channel, buffered in memory outside the heap: a channel copies a heap buffer into such memory
     * before it writes, so a {@link BufferedOutputStream} over it copied every byte twice. About 0.03 s of CPU
     * less for each 200 MB written (docs/PERFORMANCE.md).
     */
    private static final class ChannelOutput extends OutputStream {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);

        ChannelOutput(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.put((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            for (int at = offset, end = offset + length; at < end; ) {
                if (!buffer.hasRemaining()) {
                    flush();
                }
                int n = Math.min(end - at, buffer.remaining());
                buffer.put(bytes, at, n);
                at += n;
            }
        }

        @Override
        public void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            if (channel.isOpen()) {
                try {
                    flush();
                } finally {
                    channel.close();
                }
            }
        }
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
