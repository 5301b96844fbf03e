package org.sentigrid.session;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.LexiconOverlay;
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
 * 1 header    int version (3), string engine, string split, double threshold, int arc window,
 *             string lexicon overlay (as its file has it; version 2 on), int documents, each: string name, string text (null for a file), string path (null for
 *             text), long size, long last-modified (epoch ms), string column, string field, string sheet (version 3 on)
 * 2 document  string name                      (the results' next document; the units that follow are its)
 * 3 units     int workers, each: string name; int units, each: varint unit number less the previous
 *             unit's (0 before the first) less 1, varint record, zig-zag varint start less the previous
 *             unit's end, varint end less start, int text length and UTF-8 bytes, double neg, neu, pos,
 *             compound, varint worker (index into the names). Varints as in Protocol Buffers: 7 bits a
 *             byte, low first; a unit takes about 40 bytes besides its text, usually one byte a number.
 * 4 end       long documents, long units       (counts of the records before it; nothing may follow)
 * </pre>
 */
final class SessionRecords {
    /** The format version this code writes; it reads this one and older. */
    static final int VERSION = 3;
    private static final int HEADER = 1;
    private static final int DOCUMENT = 2;
    private static final int UNITS = 3;
    private static final int END = 4;

    private SessionRecords() {
    }

    private static long getVarLong(ByteBuffer in) throws Damaged {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new Damaged("a number of more than ten bytes");
    }

    /** A length (-1 for null) and that many UTF-8 bytes. */
    private static String getString(ByteBuffer in) throws Damaged {
        int length = in.getInt();
        if (length < -1 || length > in.remaining()) {
            throw new Damaged("a text of " + length + " bytes");
        }
        if (length == -1) {
            return null;
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    static byte[] header(SessionHeader header) {
        SessionSettings settings = header.settings();
        long texts = header.documents().stream().mapToLong(d -> d.text() == null ? 0 : d.text().length()).sum();
        Payload.Writer out = new Payload.Writer(HEADER, (int) Math.min(Integer.MAX_VALUE - 8, texts + 4096)).putInt(VERSION).putString(settings.engine().name())
                .putString(settings.split().name()).putDouble(settings.threshold()).putInt(settings.arcWindow())
                .putString(settings.overlay().text()).putInt(header.documents().size());
        for (SessionDocument document : header.documents()) {
            out.putString(document.name()).putString(document.text()).putString(document.path())
                    .putLong(document.size()).putLong(document.lastModified()).putString(document.column())
                    .putString(document.field()).putString(document.sheet());
        }
        return out.bytes();
    }

    static byte[] document(String name) {
        return new Payload.Writer(DOCUMENT).putString(name).bytes();
    }

    /**
     * A chunk of units: the workers named once each, then each unit's place, text, scores and worker.
     * Written straight into {@code reuse} (or a larger buffer when it is too small), returned ready to
     * read: a job journals every unit it scores, on a thread that competes with the window's for the CPU.
     */
    static ByteBuffer units(ScoredChunk chunk, ByteBuffer reuse) {
        List<String> names = new ArrayList<>(1);
        long bound = 1 + 4 + 4;
        for (String worker : new LinkedHashSet<>(chunk.workers())) {
            names.add(worker);
            bound += 4 + (worker == null ? 0 : 3L * worker.length());
        }
        for (TextUnit unit : chunk.units()) {
            bound += UNIT_MAX_FIXED_BYTES + 3L * unit.text().length();
        }
        if (bound > RecordFile.MAX_RECORD_BYTES) {
            throw new IllegalArgumentException("a chunk of up to " + bound + " bytes is too large for one record");
        }
        ByteBuffer out = reuse != null && reuse.capacity() >= bound ? reuse.clear() : ByteBuffer.allocate((int) bound);
        out.put((byte) UNITS).putInt(names.size());
        names.forEach(name -> putBytes(out, bytes(name)));
        out.putInt(chunk.size());
        long previousUnit = 0;
        long previousEnd = 0;
        String lastWorker = null;
        int worker = -1;
        for (int i = 0; i < chunk.size(); i++) {
            TextUnit unit = chunk.units().get(i);
            SentimentScores scores = chunk.scores().get(i);
            String unitWorker = chunk.workers().get(i);
            if (worker < 0 || unitWorker != lastWorker) { // a chunk is mostly one batch: one worker name object
                worker = names.indexOf(unitWorker);
                lastWorker = unitWorker;
            }
            putVarLong(out, unit.unit() - previousUnit - 1);
            putVarLong(out, unit.record());
            long startDelta = unit.start() - previousEnd;
            putVarLong(out, (startDelta << 1) ^ (startDelta >> 63));
            putVarLong(out, unit.end() - unit.start());
            putUtf8(out, unit.text());
            out.putDouble(scores.neg()).putDouble(scores.neu()).putDouble(scores.pos()).putDouble(scores.compound());
            putVarLong(out, worker);
            previousUnit = unit.unit();
            previousEnd = unit.end();
        }
        return out.flip();
    }

    /** A unit's bytes besides its text, at most: four varints of 10 bytes, the text's length, four doubles, a varint. */
    private static final int UNIT_MAX_FIXED_BYTES = 4 * 10 + 4 + 4 * 8 + 10;

    private static void putVarLong(ByteBuffer out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.put((byte) value);
    }

    /** The text's UTF-8 length as an int, then its bytes (written in place: ASCII needs no encoder). */
    private static void putUtf8(ByteBuffer out, String text) {
        int lengthAt = out.position();
        out.position(lengthAt + 4);
        byte[] array = out.array();
        int at = out.arrayOffset() + out.position();
        int i = 0;
        for (int n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            array[at++] = (byte) c;
        }
        if (i < text.length()) { // not ASCII: the JDK's encoder, for the rare text that needs it
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            at = out.arrayOffset() + out.position();
            System.arraycopy(bytes, 0, array, at, bytes.length);
            at += bytes.length;
        }
        int length = at - out.arrayOffset() - out.position();
        out.position(out.position() + length);
        out.putInt(lengthAt, length);
    }

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
            if (payload.length > 0 && payload[0] == UNITS && header != null && !ended) {
                try {
                    units(ByteBuffer.wrap(payload, 1, payload.length - 1));
                } catch (BufferUnderflowException | IllegalArgumentException e) {
                    throw new Damaged("a record of units is cut short or garbled");
                }
                return;
            }
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
            EngineMode engine = constant(EngineMode.class, in.getString());
            SplitMode split = constant(SplitMode.class, in.getString());
            double threshold = in.getDouble();
            int arcWindow = in.getInt();
            LexiconOverlay overlay = version < 2 ? LexiconOverlay.empty() : overlay(in.getString());
            SessionSettings settings = new SessionSettings(engine, split, threshold, arcWindow, overlay);
            int count = in.getInt();
            List<SessionDocument> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = required(in.getString());
                String text = in.getString();
                String path = in.getString();
                long size = in.getLong();
                long modified = in.getLong();
                String column = in.getString();
                String field = in.getString();
                String sheet = version < 3 ? null : in.getString();
                list.add(valid(() -> new SessionDocument(name, text, path, size, modified, column, field, sheet)));
            }
            header = new SessionHeader(settings, list);
        }

        private void units(ByteBuffer in) throws IOException {
            if (documentName == null) {
                throw new Damaged("units come before any document");
            }
            int workerCount = in.getInt();
            if (workerCount < 0 || workerCount > in.remaining() / 4) {
                throw new Damaged("a record of " + workerCount + " workers");
            }
            List<String> workerNames = new ArrayList<>(workerCount);
            for (int i = 0; i < workerCount; i++) {
                workerNames.add(getString(in));
            }
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / 37) {
                throw new Damaged("a record of " + count + " units");
            }
            List<TextUnit> chunkUnits = new ArrayList<>(count);
            List<SentimentScores> scores = new ArrayList<>(count);
            List<String> workers = new ArrayList<>(count);
            long previousUnit = 0;
            long previousEnd = 0;
            for (int i = 0; i < count; i++) {
                long unit = previousUnit + 1 + getVarLong(in);
                long record = getVarLong(in);
                long zigzag = getVarLong(in);
                long start = previousEnd + ((zigzag >>> 1) ^ -(zigzag & 1));
                long end = start + getVarLong(in);
                String text = required(getString(in));
                chunkUnits.add(valid(() -> new TextUnit(documentName, unit, text, record, start, end)));
                scores.add(valid(() -> new SentimentScores(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble())));
                long worker = getVarLong(in);
                if (worker < 0 || worker >= workerNames.size()) {
                    throw new Damaged("a unit of an unknown worker");
                }
                workers.add(workerNames.get((int) worker));
                lastUnit = unit;
                previousUnit = unit;
                previousEnd = end;
            }
            if (in.hasRemaining()) {
                throw new Damaged("a record of units with bytes after its last unit");
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

        private static LexiconOverlay overlay(String text) throws Damaged {
            try {
                return LexiconOverlay.read("the lexicon overlay", new java.io.StringReader(required(text)));
            } catch (IOException e) {
                throw new Damaged(e.getMessage());
            }
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
