package org.sentigrid.journal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * A file of checksummed records after an 8-byte magic: each record is its payload's length (4 bytes),
 * the payload's CRC-32C (4 bytes), then the payload. Journals and saved sessions are such files.
 *
 * <p>Reading stops at the first record that is cut short or whose checksum does not match: a record
 * torn by a crash (or damaged later) is never taken for data, and neither is anything after it.
 * {@link #openForAppend} cuts such a tail off before writing after the last good record.
 */
public final class RecordFile {
    /** A record larger than this is taken for damage, not data (the largest journal record is a few MiB). */
    public static final int MAX_RECORD_BYTES = 256 << 20;
    private static final int HEADER_BYTES = 8;

    private RecordFile() {
    }

    /** Receives each good record: where it starts in the file, and its payload. */
    @FunctionalInterface
    public interface Visitor {
        void record(long offset, byte[] payload) throws IOException;
    }

    /**
     * What a scan found.
     *
     * @param records   the good records
     * @param goodEnd   where the last good record ends: the file's length when nothing was dropped
     * @param droppedBytes bytes after {@code goodEnd}: a torn or damaged tail
     */
    public record Scan(long records, long goodEnd, long droppedBytes) {
    }

    /** The file does not begin with the expected magic: it is not a file of this kind. */
    public static final class NotThisKind extends IOException {
        private static final long serialVersionUID = 1L;

        NotThisKind(Path file) {
            super(file + " is not a Sentigrid file of this kind");
        }
    }

    /** Reads every good record of {@code file} in order. */
    public static Scan scan(Path file, byte[] magic, Visitor visitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(channel, file, magic, visitor);
        }
    }

    /**
     * Reads every good record of the open {@code file} in order, from its start; the channel stays open (a
     * lock held on it stays too), its position somewhere after the last good record.
     */
    public static Scan scan(FileChannel channel, Path file, byte[] magic, Visitor visitor) throws IOException {
        channel.position(0);
        long length = channel.size();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        byte[] found = new byte[magic.length];
        if (length < magic.length || in.readNBytes(found, 0, found.length) != magic.length || !Arrays.equals(found, magic)) {
            throw new NotThisKind(file);
        }
        long at = magic.length;
        long records = 0;
        CRC32C crc = new CRC32C();
        while (length - at >= HEADER_BYTES) {
            int size = in.readInt();
            int expected = in.readInt();
            if (!fits(size, at, length)) {
                break;
            }
            byte[] payload = in.readNBytes(size);
            crc.reset();
            crc.update(payload);
            if (payload.length != size || (int) crc.getValue() != expected) {
                break;
            }
            visitor.record(at, payload);
            at += HEADER_BYTES + size;
            records++;
        }
        return new Scan(records, at, length - at);
    }

    /**
     * The payload of the record at {@code offset} (from a scan) of an open file. Its length is checked against
     * {@link #MAX_RECORD_BYTES} and the file's size before anything is allocated for it.
     */
    public static byte[] read(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        readFully(channel, header, offset);
        int size = header.getInt(0);
        if (!fits(size, offset, channel.size())) {
            throw new IOException("a damaged record at byte " + offset + ": a length of " + size);
        }
        ByteBuffer payload = ByteBuffer.allocate(size);
        readFully(channel, payload, offset + HEADER_BYTES);
        return payload.array();
    }

    /** Creates {@code file} (which must not exist; only its owner may read it) with the magic, ready for records. */
    public static Appender create(Path file, byte[] magic) throws IOException {
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly());
        try {
            return start(channel, magic);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Writes the magic into the empty file open as {@code channel}; records are appended to it by the appender. */
    public static Appender start(FileChannel channel, byte[] magic) throws IOException {
        channel.position(0);
        channel.write(ByteBuffer.wrap(magic));
        return new Appender(channel);
    }

    /** Opens {@code file} to add records after its last good one, dropping whatever follows it. */
    public static Appender openForAppend(Path file, Scan scan) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        try {
            return openForAppend(channel, scan);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** As {@link #openForAppend(Path, Scan)}, on the open file that was scanned. */
    public static Appender openForAppend(FileChannel channel, Scan scan) throws IOException {
        channel.truncate(scan.goodEnd());
        channel.position(scan.goodEnd());
        return new Appender(channel);
    }

    /**
     * The attributes of a file only its owner may read and write ({@code rw-------}), where the file system
     * has POSIX permissions; none elsewhere.
     */
    public static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /** Whether a record of {@code size} bytes at {@code offset} can be whole in a file of {@code length} bytes. */
    private static boolean fits(int size, long offset, long length) {
        return size >= 0 && size <= MAX_RECORD_BYTES && size <= length - offset - HEADER_BYTES;
    }

    /** Fills {@code header} with the record header of {@code payload} (its length and CRC-32C), ready to read. */
    private static void frame(ByteBuffer header, CRC32C crc, ByteBuffer payload) {
        crc.reset();
        crc.update(payload.duplicate());
        header.clear();
        header.putInt(payload.remaining()).putInt((int) crc.getValue()).flip();
    }

    /**
     * Writes a whole file of records to a stream (a file written at once and moved into place, as a saved
     * session): the magic, then each record framed as {@link Appender} frames it. The stream is not closed.
     */
    public static final class StreamWriter {
        private final OutputStream out;
        private final CRC32C crc = new CRC32C();
        private final ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);

        public StreamWriter(OutputStream out, byte[] magic) throws IOException {
            this.out = out;
            out.write(magic);
        }

        public void append(byte[] payload) throws IOException {
            append(ByteBuffer.wrap(payload));
        }

        /** Writes the bytes from {@code payload}'s position to its limit, which must have an array. */
        public void append(ByteBuffer payload) throws IOException {
            frame(header, crc, payload);
            out.write(header.array());
            out.write(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining());
            payload.position(payload.limit());
        }
    }

    /**
     * Writes records one after another, each with one write call, so a crash tears at most the last one.
     * Records are forced to the disk about once a second by a background thread, so a writer never waits
     * for the disk (on this VM a force of a second's records took up to a few hundred milliseconds).
     */
    public static final class Appender implements Closeable {
        /** How long a record may sit in the operating system's cache before it is forced to the disk. */
        private static final long FORCE_NANOS = 1_000_000_000L;
        private static final Executor FORCING = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sentigrid-journal-force");
            thread.setDaemon(true);
            return thread;
        });

        private final FileChannel channel;
        private final CRC32C crc = new CRC32C();
        private final ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        private final AtomicBoolean forcing = new AtomicBoolean();
        private long lastForce = System.nanoTime();

        private Appender(FileChannel channel) {
            this.channel = channel;
        }

        /**
         * Appends one record. Once this returns, the record survives the process being killed; it reaches
         * the disk (surviving a power cut) within about a second, or at {@link #close}.
         */
        public void append(byte[] payload) throws IOException {
            append(ByteBuffer.wrap(payload));
        }

        /** Appends the bytes from {@code payload}'s position to its limit (it is read to its limit). */
        public void append(ByteBuffer payload) throws IOException {
            int length = payload.remaining();
            frame(header, crc, payload);
            // One gathering write: the payload is not copied (a job journals about its input's size).
            ByteBuffer[] record = {header, payload};
            long left = HEADER_BYTES + (long) length;
            while (left > 0) {
                left -= channel.write(record);
            }
            long now = System.nanoTime();
            if (now - lastForce >= FORCE_NANOS && forcing.compareAndSet(false, true)) {
                lastForce = now;
                FORCING.execute(this::forceQuietly);
            }
        }

        private void forceQuietly() {
            try {
                channel.force(false);
            } catch (IOException e) {
                // Closed meanwhile (close forces itself), or the disk failed: the next write will say so.
            } finally {
                forcing.set(false);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                channel.force(false);
            } finally {
                channel.close();
            }
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long offset) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new EOFException("the file ended inside a record");
            }
        }
    }
}
