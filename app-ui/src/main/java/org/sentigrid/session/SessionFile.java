package org.sentigrid.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sentigrid.format.Output;
import org.sentigrid.journal.RecordFile;

/**
 * A saved session ({@code .sentigrid}): the documents, the settings and every result, so that opening it
 * shows the same analysis without scoring again. Written whole to a temporary file beside the target
 * and moved into place, so a crash leaves either the old session or the new one.
 */
public final class SessionFile {
    public static final String EXTENSION = ".sentigrid";
    static final byte[] MAGIC = "SGSESS01".getBytes(StandardCharsets.US_ASCII);
    /** Units per result record. */
    public static final int CHUNK_UNITS = 4_096;

    private SessionFile() {
    }

    /** Something that hands its results to a sink, in order (a copy of the results in view). */
    @FunctionalInterface
    public interface Results {
        void replay(ResultsSink sink) throws IOException;
    }

    /** What a session file held besides its results. */
    public record Opened(SessionHeader header, int documents, long units) {
    }

    /** A file that cannot be opened as a session; its message is one plain sentence for the user. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The file, with the session's extension added when its name has none of its own (as a file chooser may leave it). */
    public static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.contains(".") ? file : file.resolveSibling(name + EXTENSION);
    }

    /** Writes the session: the header, each document of the results and its units, the end. */
    public static void write(Path file, SessionHeader header, Results results) throws IOException {
        try (Output output = Output.open(file)) {
            RecordFile.StreamWriter out = new RecordFile.StreamWriter(output.stream(), MAGIC);
            out.append(SessionRecords.header(header));
            long[] counts = new long[2];
            results.replay(new ResultsSink() {
                /** The last units record, its buffer reused for the next. */
                private ByteBuffer encoded;

                @Override
                public void document(String name) throws IOException {
                    out.append(SessionRecords.document(name));
                    counts[0]++;
                }

                @Override
                public void units(ScoredChunk chunk) throws IOException {
                    encoded = SessionRecords.units(chunk, encoded);
                    out.append(encoded);
                    counts[1] += chunk.size();
                }
            });
            out.append(SessionRecords.end(counts[0], counts[1]));
            output.commit();
        }
    }

    /**
     * Reads a session, handing its results to {@code sink} as they come; throws {@link Unreadable} for a
     * file that is not a session, is damaged or incomplete, or is too new (the sink may have had some
     * results by then: collect them apart from what is shown until this returns).
     */
    public static Opened read(Path file, ResultsSink sink) throws IOException {
        String name = String.valueOf(file.getFileName());
        SessionRecords.Contents contents;
        try {
            contents = SessionRecords.read(file, MAGIC, sink);
        } catch (RecordFile.NotThisKind e) {
            throw new Unreadable(name + " is not a Sentigrid session.", e);
        } catch (SessionRecords.TooNew e) {
            throw new Unreadable(name + " was saved by a newer Sentigrid (" + e.getMessage() + ").", e);
        } catch (SessionRecords.Damaged e) {
            throw new Unreadable(name + " is damaged (" + e.getMessage() + ") and was not opened.", e);
        }
        if (contents.scan().droppedBytes() > 0 || !contents.ended()) {
            throw new Unreadable(name + " is damaged or incomplete (its end is missing) and was not opened.", null);
        }
        return new Opened(contents.header(), contents.documents(), contents.units());
    }
}
