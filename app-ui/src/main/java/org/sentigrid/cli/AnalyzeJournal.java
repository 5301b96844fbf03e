package org.sentigrid.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.format.Bytes;
import org.sentigrid.journal.Payload;
import org.sentigrid.journal.RecordFile;

/**
 * The journal of {@code analyze --journal FILE}: what a run has written so far, so that a run killed
 * halfway can be run again without scoring those units again. It begins with the run's
 * {@link JournalIdentity} (settings and inputs); each later record is one piece of output as it was
 * written: a run of units of one source (their records after the unit number), or a region's formatted
 * records. Pieces are found again by where they begin in their source: the first unit's number, or the
 * region's char offset. Output is deterministic for the same inputs and settings, so the bytes a piece
 * wrote before are the bytes it would write now.
 */
final class AnalyzeJournal implements Closeable {
    private static final byte[] MAGIC = "SGANJR01".getBytes(StandardCharsets.US_ASCII);
    private static final int IDENTITY = 1;
    private static final int UNITS = 2;
    private static final int REGION = 3;

    /** A piece already written: where its record is, how many units, and a check of its input. */
    record Piece(long offset, int units, long check) {
    }

    private record Key(int kind, String source, long start) {
    }

    /** A journal that cannot be used for this run, with a message saying why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Map<Key, Piece> pieces;
    private final RecordFile.Appender appender;
    /** The journal's one channel: the appender writes at its end, pieces are read by position. */
    private final FileChannel reader;
    private final long droppedBytes;

    private AnalyzeJournal(Map<Key, Piece> pieces, RecordFile.Appender appender, FileChannel reader, long droppedBytes) {
        this.pieces = pieces;
        this.appender = appender;
        this.reader = reader;
        this.droppedBytes = droppedBytes;
    }

    /**
     * Opens the journal {@code file} for a run of {@code identity}: a new one if there is none (only its
     * owner may read it: it holds the results), else the one there, whose pieces this run will not score
     * again. The file stays locked until {@link #close}. Refused when another run has it open, when it was
     * written by a run with other settings or inputs, or is no journal.
     */
    static AnalyzeJournal open(Path file, JournalIdentity identity) throws IOException, Refused {
        // One channel for all: on Linux, closing any channel of a file drops this process's lock on it.
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), RecordFile.ownerOnly());
        try {
            lock(channel, file);
            return open(channel, file, identity);
        } catch (IOException | Refused | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Locks the journal for this run, so that two runs never write it at once. */
    private static void lock(FileChannel channel, Path file) throws IOException, Refused {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new Refused("the journal " + file + " is in use by another run; wait for it to finish, or name another"
                    + " journal file");
        }
    }

    private static AnalyzeJournal open(FileChannel channel, Path file, JournalIdentity identity) throws IOException, Refused {
        if (channel.size() == 0) { // new, or made by a run killed at once
            RecordFile.Appender appender = RecordFile.start(channel, MAGIC);
            appender.append(identity.write(new Payload.Writer(IDENTITY)).bytes());
            return new AnalyzeJournal(new HashMap<>(), appender, channel, 0);
        }
        Map<Key, Piece> pieces = new HashMap<>();
        List<JournalIdentity> found = new ArrayList<>(1);
        RecordFile.Scan scan;
        try {
            scan = RecordFile.scan(channel, file, MAGIC, (offset, payload) -> {
                Payload.Reader record = new Payload.Reader(payload);
                switch (record.type()) {
                    case IDENTITY -> found.add(JournalIdentity.read(record));
                    case UNITS, REGION -> {
                        String source = record.getString();
                        long start = record.getLong();
                        int units = record.getInt();
                        pieces.put(new Key(record.type(), source, start), new Piece(offset, units, record.getLong()));
                    }
                    default -> throw new IOException("a record of unknown kind " + record.type());
                }
            });
        } catch (RecordFile.NotThisKind e) {
            throw new Refused(file + " is not a Sentigrid journal; name a new file for --journal, or that of an earlier run");
        }
        if (found.isEmpty()) {
            throw new Refused("the journal " + file + " is empty or damaged at its start; delete it to start afresh");
        }
        String changed = found.get(0).differenceFrom(identity);
        if (changed != null) {
            throw new Refused("the journal " + file + " is from another run: " + changed
                    + ". Run with the same settings and inputs to resume, or name a new journal file to start afresh");
        }
        RecordFile.Appender appender = RecordFile.openForAppend(channel, scan);
        return new AnalyzeJournal(pieces, appender, channel, scan.droppedBytes());
    }

    /** Bytes of a torn or damaged last record that were dropped (the run before stopped while writing it). */
    long droppedBytes() {
        return droppedBytes;
    }

    /** The journaled run of units of {@code source} that begins with unit number {@code unit}, or null. */
    Piece unitsAt(String source, long unit) {
        return pieces.get(new Key(UNITS, source, unit));
    }

    /** The journaled region of {@code source} that begins at char {@code charOffset}, or null. */
    Piece regionAt(String source, long charOffset) {
        return pieces.get(new Key(REGION, source, charOffset));
    }

    /** The check of a run of units' texts, as stored in a units piece. */
    static long textsCheck(long check, String text) {
        return 31 * check + text.hashCode();
    }

    /** The check of a region's bytes, as stored in a region piece. */
    static long regionCheck(byte[] region) {
        CRC32C crc = new CRC32C();
        crc.update(region);
        return ((long) region.length << 32) | crc.getValue();
    }

    /**
     * Journals units {@code first}.. of {@code source}: {@code tails} holds each unit's record after its
     * number, unit i's ending at {@code ends[i]}.
     */
    void addUnits(String source, long first, long textsCheck, Bytes tails, int[] ends) throws IOException {
        appender.append(new Payload.Writer(UNITS).putString(source).putLong(first).putInt(ends.length)
                .putLong(textsCheck).putInts(ends).putBytes(tails.toByteArray()).bytes());
    }

    /** Journals the records of the region of {@code source} at char {@code charOffset}. */
    void addRegion(String source, long charOffset, byte[] region, RegionResult result) throws IOException {
        Bytes records = new Bytes();
        result.records(0, result.ends().length == 0 ? 0 : result.ends()[result.ends().length - 1], records::append);
        appender.append(new Payload.Writer(REGION).putString(source).putLong(charOffset).putInt(result.units())
                .putLong(regionCheck(region)).putInts(result.ends()).putInts(result.texts())
                .putBytes(records.toByteArray()).bytes());
    }

    /** A journaled units piece: each unit's record after its number, unit i's ending at {@code ends[i]}. */
    record Units(int[] ends, byte[] tails) {
    }

    Units units(Piece piece) throws IOException {
        Payload.Reader record = skipKey(piece);
        return new Units(record.getInts(), record.getBytes());
    }

    /** A journaled region piece, as the worker's result it was written from. */
    RegionResult region(Piece piece) throws IOException {
        Payload.Reader record = skipKey(piece);
        int[] ends = record.getInts();
        int[] texts = record.getInts();
        byte[] bytes = record.getBytes();
        int chunkBytes = RegionResult.CHUNK_BYTES;
        byte[][] chunks = new byte[(bytes.length + chunkBytes - 1) / chunkBytes][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = java.util.Arrays.copyOfRange(bytes, i * chunkBytes, Math.min(bytes.length, (i + 1) * chunkBytes));
        }
        return new RegionResult(1, 1, chunks, ends, texts);
    }

    private Payload.Reader skipKey(Piece piece) throws IOException {
        Payload.Reader record = new Payload.Reader(RecordFile.read(reader, piece.offset()));
        record.getString();
        record.getLong();
        record.getInt();
        record.getLong();
        return record;
    }

    /** Forces the journal to the disk, closes it and lets the next run have it. */
    @Override
    public void close() throws IOException {
        appender.close();
    }
}
