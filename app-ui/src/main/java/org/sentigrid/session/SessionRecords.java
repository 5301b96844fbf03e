package org.sentigrid.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.journal.Payload;
import org.sentigrid.journal.RecordFile;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextUnit;

/**
 * The records of a saved session and of a job journal, which share them: a header (format version,
 * settings, documents), then for each document of the results a document record followed by its units
 * in chunks, and an end record that counts what came before it. One reader serves both kinds of file
 * (they differ in their magic: {@code SGSESS01}, {@code SGJRNL01}).
 *
 * <p>Each payload is a {@link Payload}: a type byte, then big-endian fields; a string is its UTF-8 length
 * (-1 for null) and bytes.
 * <pre>
 * 1 header    int version (1), string engine, string split, double threshold, int arc window,
 *             int documents, each: string name, string text (null for a file), string path (null for
 *             text), long size, long last-modified (epoch ms), string column, string field
 * 2 document  string name                      (the results' next document; the units that follow are its)
 * 3 units     int workers, each: string name; int units, each: long unit, long record, long start,
 *             long end, string text, double neg, neu, pos, compound, int worker (index into the names)
 * 4 end       long documents, long units       (counts of the records before it; nothing may follow)
 * </pre>
 */
final class SessionRecords {
    /** The format version this code writes; it reads this one and older. */
    static final int VERSION = 1;
    private static final int HEADER = 1;
    private static final int DOCUMENT = 2;
    private static final int UNITS = 3;
    private static final int END = 4;

    private SessionRecords() {
    }

    static byte[] header(SessionHeader header) {
        SessionSettings settings = header.settings();
        Payload.Writer out = new Payload.Writer(HEADER).putInt(VERSION).putString(settings.engine().name())
                .putString(settings.split().name()).putDouble(settings.threshold()).putInt(settings.arcWindow())
                .putInt(header.documents().size());
        for (SessionDocument document : header.documents()) {
            out.putString(document.name()).putString(document.text()).putString(document.path())
                    .putLong(document.size()).putLong(document.lastModified()).putString(document.column())
                    .putString(document.field());
        }
        return out.bytes();
    }

    static byte[] document(String name) {
        return new Payload.Writer(DOCUMENT).putString(name).bytes();
    }

    /**
     * A chunk of units: the workers named once each, then each unit's place, text, scores and worker.
     * Written straight into a buffer of the exact size (the fields {@link Payload} would write, in its
     * layout): a job journals every unit it scores, and this is three times faster than field by field.
     */
    static byte[] units(ScoredChunk chunk) {
        Map<String, Integer> workers = new HashMap<>();
        List<byte[]> names = new ArrayList<>();
        int size = chunk.size();
        int[] workerOf = new int[size];
        byte[][] texts = new byte[size][];
        long bytes = 1 + 4 + 4;
        String lastWorker = null;
        int known = -1;
        for (int i = 0; i < size; i++) {
            String worker = chunk.workers().get(i);
            if (known < 0 || worker != lastWorker) { // a chunk is mostly one batch: one worker, one name object
                Integer index = workers.get(worker);
                if (index == null) {
                    index = names.size();
                    workers.put(worker, index);
                    byte[] name = bytes(worker);
                    names.add(name);
                    bytes += 4 + (name == null ? 0 : name.length);
                }
                known = index;
                lastWorker = worker;
            }
            workerOf[i] = known;
            texts[i] = chunk.units().get(i).text().getBytes(StandardCharsets.UTF_8);
            bytes += UNIT_FIXED_BYTES + texts[i].length;
        }
        if (bytes > RecordFile.MAX_RECORD_BYTES) {
            throw new IllegalArgumentException("a chunk of " + bytes + " bytes is too large for one record");
        }
        ByteBuffer out = ByteBuffer.allocate((int) bytes).put((byte) UNITS).putInt(names.size());
        names.forEach(name -> putBytes(out, name));
        out.putInt(size);
        for (int i = 0; i < size; i++) {
            TextUnit unit = chunk.units().get(i);
            SentimentScores scores = chunk.scores().get(i);
            out.putLong(unit.unit()).putLong(unit.record()).putLong(unit.start()).putLong(unit.end());
            putBytes(out, texts[i]);
            out.putDouble(scores.neg()).putDouble(scores.neu()).putDouble(scores.pos()).putDouble(scores.compound())
                    .putInt(workerOf[i]);
        }
        return out.array();
    }

    /** A unit's bytes besides its text: four longs, the text's length, four doubles and the worker. */
    private static final int UNIT_FIXED_BYTES = 4 * 8 + 4 + 4 * 8 + 4;

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link Payload.Writer#putBytes}: the length (-1 for null), then the bytes. */
    private static void putBytes(ByteBuffer out, byte[] value) {
        out.putInt(value == null ? -1 : value.length);
        if (value != null) {
            out.put(value);
        }
    }

    static byte[] end(long documents, long units) {
        return new Payload.Writer(END).putLong(documents).putLong(units).bytes();
    }

    /**
     * What a file held.
     *
     * @param documents how many documents of results it started
     * @param units     how many units it held
     * @param lastUnit  the number of the last unit of the last document started (0 when it has none)
     * @param ended     whether it ended with an end record that agrees with what came before
     * @param scan      where its good records end, and how many bytes after them were dropped
     */
    record Contents(SessionHeader header, int documents, long units, long lastUnit, boolean ended, RecordFile.Scan scan) {
    }

    /** Reads a file's records in order, handing the results to {@code sink}. */
    static Contents read(java.nio.file.Path file, byte[] magic, ResultsSink sink) throws IOException {
        Reading reading = new Reading(sink);
        RecordFile.Scan scan = RecordFile.scan(file, magic, (offset, payload) -> reading.record(payload));
        if (reading.header == null) {
            throw new Damaged("it has no header");
        }
        return new Contents(reading.header, reading.documents, reading.units, reading.lastUnit, reading.ended, scan);
    }

    /** A record that is whole but makes no sense where it is: the file was not written by this format. */
    static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    /** A file of a later format version than this code reads. */
    static final class TooNew extends IOException {
        private static final long serialVersionUID = 1L;

        TooNew(int version) {
            super("it is of format version " + version + "; this Sentigrid reads up to " + VERSION);
        }
    }

    private static final class Reading {
        private final ResultsSink sink;
        SessionHeader header;
        int documents;
        long units;
        long lastUnit;
        boolean ended;
        private String documentName;

        Reading(ResultsSink sink) {
            this.sink = sink;
        }

        void record(byte[] payload) throws IOException {
            Payload.Reader in = new Payload.Reader(payload);
            if (ended) {
                throw new Damaged("records follow its end");
            }
            if (header == null && in.type() != HEADER) {
                throw new Damaged("it does not begin with a header");
            }
            switch (in.type()) {
                case HEADER -> header(in);
                case DOCUMENT -> {
                    documentName = required(in.getString());
                    documents++;
                    lastUnit = 0;
                    sink.document(documentName);
                }
                case UNITS -> units(in);
                case END -> ended = in.getLong() == documents && in.getLong() == units;
                default -> throw new Damaged("a record of unknown type " + in.type());
            }
        }

        private void header(Payload.Reader in) throws IOException {
            if (header != null) {
                throw new Damaged("it has two headers");
            }
            int version = in.getInt();
            if (version > VERSION || version < 1) {
                throw new TooNew(version);
            }
            SessionSettings settings = new SessionSettings(constant(EngineMode.class, in.getString()),
                    constant(SplitMode.class, in.getString()), in.getDouble(), in.getInt());
            int count = in.getInt();
            List<SessionDocument> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = required(in.getString());
                String text = in.getString();
                String path = in.getString();
                long size = in.getLong();
                long modified = in.getLong();
                list.add(valid(() -> new SessionDocument(name, text, path, size, modified, in.getString(), in.getString())));
            }
            header = new SessionHeader(settings, list);
        }

        private void units(Payload.Reader in) throws IOException {
            if (documentName == null) {
                throw new Damaged("units come before any document");
            }
            int workerCount = in.getInt();
            if (workerCount < 0 || workerCount > RecordFile.MAX_RECORD_BYTES / 4) {
                throw new Damaged("a record of " + workerCount + " workers");
            }
            List<String> workerNames = new ArrayList<>(workerCount);
            for (int i = 0; i < workerCount; i++) {
                workerNames.add(in.getString());
            }
            int count = in.getInt();
            if (count < 0 || count > RecordFile.MAX_RECORD_BYTES / 64) {
                throw new Damaged("a record of " + count + " units");
            }
            List<TextUnit> chunkUnits = new ArrayList<>(count);
            List<SentimentScores> scores = new ArrayList<>(count);
            List<String> workers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long unit = in.getLong();
                long record = in.getLong();
                long start = in.getLong();
                long end = in.getLong();
                String text = required(in.getString());
                chunkUnits.add(valid(() -> new TextUnit(documentName, unit, text, record, start, end)));
                scores.add(valid(() -> new SentimentScores(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble())));
                int worker = in.getInt();
                if (worker < 0 || worker >= workerNames.size()) {
                    throw new Damaged("a unit of an unknown worker");
                }
                workers.add(workerNames.get(worker));
                lastUnit = unit;
            }
            units += count;
            sink.units(new ScoredChunk(chunkUnits, scores, workers));
        }

        private static String required(String value) throws Damaged {
            if (value == null) {
                throw new Damaged("a name or text is missing");
            }
            return value;
        }

        private static <E extends Enum<E>> E constant(Class<E> type, String name) throws Damaged {
            try {
                return Enum.valueOf(type, required(name));
            } catch (IllegalArgumentException e) {
                throw new Damaged("an unknown setting " + name);
            }
        }

        private static <T> T valid(IoSupplier<T> make) throws IOException {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Damaged("a value out of range (" + e.getMessage() + ")");
            }
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
