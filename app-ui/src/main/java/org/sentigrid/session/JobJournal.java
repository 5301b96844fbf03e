package org.sentigrid.session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.sentigrid.journal.RecordFile;

/**
 * The journal of one desktop job: the header (documents and settings), then the results as each batch
 * is accepted, in the records of a saved session. A job that ends (or is cancelled) writes the end
 * record and deletes its journal; a journal without an end was left by a job the app did not finish
 * (it was killed), and can be resumed. While a journal is being written, it is locked, so another
 * Sentigrid window never offers to resume a job that is still running.
 */
public final class JobJournal implements ResultsSink, Closeable {
    public static final String EXTENSION = ".sgjournal";
    static final byte[] MAGIC = "SGJRNL01".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Journals this process writes (a lock is the process's, and closing any channel on the file may drop it). */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final RecordFile.Appender appender;
    private final FileChannel lockChannel;
    private long documents;
    private long units;
    private boolean closed;
    /** The last units record, its buffer reused for the next. */
    private java.nio.ByteBuffer encoded;

    private JobJournal(Path file, RecordFile.Appender appender, FileChannel lockChannel, long documents, long units) {
        this.file = file;
        this.appender = appender;
        this.lockChannel = lockChannel;
        this.documents = documents;
        this.units = units;
    }

    /** Starts a new journal in {@code folder} (made if need be) with this header. */
    public static JobJournal start(Path folder, SessionHeader header) throws IOException {
        createPrivately(folder);
        Path file = folder.resolve("job-" + LocalDateTime.now().format(STAMP) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16, 1 << 20)) + EXTENSION);
        RecordFile.Appender appender = RecordFile.create(file, MAGIC);
        JobJournal journal = locked(file, appender, 0, 0);
        try {
            journal.appender.append(SessionRecords.header(header));
            return journal;
        } catch (IOException e) {
            journal.finish();
            throw e;
        }
    }

    /** Opens a journal found unfinished to go on writing after its last good record (a torn tail is cut off). */
    public static JobJournal resume(Found found) throws IOException {
        RecordFile.Appender appender = RecordFile.openForAppend(found.file(), found.scan());
        return locked(found.file(), appender, found.documents(), found.units());
    }

    private static JobJournal locked(Path file, RecordFile.Appender appender, long documents, long units) throws IOException {
        Path key = file.toAbsolutePath();
        if (!WRITING.add(key)) {
            appender.close();
            throw new IOException(file.getFileName() + " is already being written");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                throw new IOException(file.getFileName() + " is in use by another Sentigrid");
            }
            return new JobJournal(file, appender, channel, documents, units);
        } catch (IOException | RuntimeException e) {
            WRITING.remove(key);
            appender.close();
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void document(String name) throws IOException {
        appender.append(SessionRecords.document(name));
        documents++;
    }

    @Override
    public void units(ScoredChunk chunk) throws IOException {
        encoded = SessionRecords.units(chunk, encoded);
        appender.append(encoded);
        units += chunk.size();
    }

    /**
     * The job is over: writes the end record and deletes the journal, which is no longer worth resuming.
     * Throws only when the journal could not be deleted (then its end, if written, still marks it as done).
     */
    public void finish() throws IOException {
        try {
            appender.append(SessionRecords.end(documents, units));
        } catch (IOException e) {
            // Say, the thread was interrupted as the app closed: deleting the journal is what matters.
        }
        try {
            close();
        } catch (IOException e) {
            // As above.
        }
        Files.deleteIfExists(file);
    }

    /** Stops writing, leaving the journal as it is (without an end, it is offered for resume later). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            appender.close();
        } finally {
            try {
                lockChannel.close(); // releases the lock
            } finally {
                WRITING.remove(file.toAbsolutePath());
            }
        }
    }

    /**
     * A journal as read: its header; how many documents of results it started and units it holds, and the
     * number of the last unit of the last document started, which is where a resumed job goes on; whether
     * it ended; where its good records end; when it was last written.
     */
    public record Found(Path file, SessionHeader header, int documents, long units, long lastUnit, boolean ended,
                        RecordFile.Scan scan, java.nio.file.attribute.FileTime lastWritten) {
    }

    /**
     * The journals in {@code folder} that no job is writing and that have no end, newest first. Journals
     * that ended (the app stopped between the end and the deletion) are deleted; files that are not
     * journals, or whose header cannot be read, are left alone.
     */
    public static List<Found> unfinished(Path folder) throws IOException {
        List<Found> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                if (WRITING.contains(file.toAbsolutePath()) || lockedElsewhere(file)) {
                    continue;
                }
                try {
                    Found journal = read(file, IGNORE);
                    if (journal.ended()) {
                        Files.deleteIfExists(file);
                    } else {
                        found.add(journal);
                    }
                } catch (IOException e) {
                    // Not a journal this version reads: not ours to delete.
                }
            }
        }
        found.sort(Comparator.comparing(Found::lastWritten).reversed());
        return found;
    }

    /** Reads a journal, handing its results to {@code sink}; a torn tail is left out. */
    public static Found read(Path file, ResultsSink sink) throws IOException {
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(file);
        SessionRecords.Contents contents = SessionRecords.read(file, MAGIC, sink);
        return new Found(file, contents.header(), contents.documents(), contents.units(), contents.lastUnit(),
                contents.ended(), contents.scan(), written);
    }

    /**
     * Journals hold the user's texts: their folder is the user's alone where the file system has POSIX
     * permissions. Made so, and set back to {@code rwx------} each time a journal starts, should anything
     * have opened it up since.
     */
    private static void createPrivately(Path folder) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            if (folder.getParent() != null) {
                Files.createDirectories(folder.getParent());
            }
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (posix && !Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        }
    }

    private static boolean lockedElsewhere(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot even open it for writing: nothing this app can resume
        }
    }

    private static final ResultsSink IGNORE = new ResultsSink() {
        @Override
        public void document(String name) {
        }

        @Override
        public void units(ScoredChunk chunk) {
        }
    };
}
