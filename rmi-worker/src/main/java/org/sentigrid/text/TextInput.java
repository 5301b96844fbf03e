package org.sentigrid.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The front door of text input, shared by the command line and the desktop app: which sources the
 * user's arguments name, and the units of each source, streamed in bounded memory.
 */
public final class TextInput {
    /** Regions of the warm-up's sample: small, so that a sample of a few dozen KB makes several. */
    private static final int WARM_UP_REGION_BYTES = 8 * 1024;

    private TextInput() {
    }

    /**
     * The sources named by command-line style arguments, in order: {@code -} is standard input, a
     * directory stands for the text files inside it (recursively, sorted by path), anything else is a
     * file. A path that does not exist still yields a source; reading it reports the problem.
     */
    public static List<Source> expand(List<String> arguments) {
        return expand(arguments, warning -> { });
    }

    /**
     * Like {@link #expand(List)}, and tells {@code warnings} about the files it leaves out of
     * directories: binary files and unreadable subdirectories (hidden ones are left out silently). A
     * directory without any text file stays a source of its own, so that reading it reports the problem.
     */
    public static List<Source> expand(List<String> arguments, Consumer<String> warnings) {
        List<Source> sources = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(Source.STDIN_NAME)) {
                sources.add(Source.stdin());
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                sources.add(Source.unusable(argument));
                continue;
            }
            List<Path> files = Files.isDirectory(path) ? DirectoryWalker.textFiles(path, warnings) : List.of();
            if (files.isEmpty()) {
                sources.add(new Source(argument, path));
            } else {
                files.forEach(file -> sources.add(new Source(file.toString(), file)));
            }
        }
        return sources;
    }

    /**
     * Reads one source and hands its units to the sink in order. Plain text of any extension, CSV/TSV
     * (by extension .csv/.tsv, needs {@code options.column()}) and JSON Lines (.jsonl/.ndjson, needs
     * {@code options.field()}).
     *
     * @throws InputProblem when the source cannot be read; units already handed over stay valid
     */
    public static void read(Source source, InputOptions options, UnitSink sink) throws InputProblem {
        read(source, options, sink, null);
    }

    /**
     * Like {@link #read(Source, InputOptions, UnitSink)}, but hands plain text over as regions of bytes
     * where it can (UTF-8 or windows-1252, split into sentences or lines), for the grid's workers to
     * split, score and format: then this side never decodes the text.
     */
    public static void read(Source source, InputOptions options, RegionSink sink) throws InputProblem {
        read(source, options, sink, sink);
    }

    /**
     * Runs over {@code text} what reading a large plain-text file runs before and while it hands regions
     * over (the whole-file UTF-8 check, the cutting into regions in both splits), for a coordinator warming
     * up while it waits for workers: its job then starts with that code compiled. Cold, the UTF-8 check of
     * a 120 MB file took half a second of a job in which nothing else could start (docs/PERFORMANCE.md).
     */
    public static void warmUpReading(byte[] text) {
        RegionSink discard = new RegionSink() {
            @Override
            public void region(byte[] bytes, Charset charset, long charOffset) {
            }

            @Override
            public long unitsSoFar() {
                return 0;
            }

            @Override
            public void unit(TextUnit unit) {
            }

            @Override
            public void warning(String message) {
            }
        };
        try {
            Utf8.isValid(new ByteArrayInputStream(text));
            for (SplitMode split : List.of(SplitMode.LINES, SplitMode.SENTENCES)) {
                SourceRegions.read(new ByteArrayInputStream(text), StandardCharsets.UTF_8, split, "warm-up", "warm-up",
                        discard, WARM_UP_REGION_BYTES);
            }
        } catch (IOException | InputProblem e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }

    /**
     * Like {@link #read(Source, InputOptions, UnitSink)}, but reads the source as {@code format} whatever its
     * extension says: a table in a {@code .txt} file as {@link Format#TAB_LINES}, say.
     */
    public static void readAs(Source source, Format format, InputOptions options, UnitSink sink) throws InputProblem {
        Objects.requireNonNull(format, "format");
        read(source, format, options, sink, null);
    }

    private static void read(Source source, InputOptions options, UnitSink sink, RegionSink regions) throws InputProblem {
        read(source, null, options, sink, regions);
    }

    /** @param format how to read the source; null: by its extension */
    private static void read(Source source, Format format, InputOptions options, UnitSink sink, RegionSink regions)
            throws InputProblem {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        if (source.isStdin()) {
            StdinSpool.read(System.in, spool -> readFile(source, format, spool, StdinSpool.NAME, options, sink, regions));
        } else if (source.path() == null) {
            throw unusableName(source);
        } else {
            readFile(source, format, source.path(), source.name(), options, sink, regions);
        }
    }

    private static InputProblem unusableName(Source source) {
        return new InputProblem(source.name() + " is not a file name this system can use (its characters do not fit"
                + " the locale's charset); run with a UTF-8 locale, e.g. LANG=C.UTF-8, or rename the file.");
    }

    /**
     * How a source is read, by its extension. {@code TAB_LINES} is never chosen by extension, only by
     * {@link #readAs}: tab-separated lines with no header row (columns are named by their numbers from 1) and
     * no quoting (a quote is a character of its field), as the VADER corpora are.
     */
    public enum Format {
        PLAIN, CSV, TSV, TAB_LINES, JSON_LINES, SPREADSHEET, DOCUMENT;

        /** Whether a person picks the column or field that holds the text. */
        public boolean isTable() {
            return this != PLAIN && this != DOCUMENT;
        }
    }

    public static Format format(Source source) {
        return source.path() == null ? Format.PLAIN : format(source.path());
    }

    /**
     * A file's format by its extension. Decided here, not by {@link Documents} and {@link Spreadsheets}:
     * loading those needs their libraries, which the worker jar and the Spark job leave out.
     */
    static Format format(Path file) {
        return switch (extension(file)) {
            case "docx", "odt", "rtf", "pdf", "html", "htm", "epub" -> Format.DOCUMENT;
            case "xlsx", "xls", "ods" -> Format.SPREADSHEET;
            case "csv" -> Format.CSV;
            case "tsv" -> Format.TSV;
            case "jsonl", "ndjson" -> Format.JSON_LINES;
            default -> Format.PLAIN;
        };
    }

    /**
     * Refuses at once a source that reading would refuse for what it is (missing, unreadable, a
     * directory, binary) without reading it all: for loading files before they are analyzed.
     */
    public static void check(Source source) throws InputProblem {
        if (source.isStdin()) {
            return;
        }
        if (source.path() == null) {
            throw unusableName(source);
        }
        InputFiles.requireReadableFile(source.path(), source.name());
        if (format(source) == Format.DOCUMENT || format(source) == Format.SPREADSHEET) {
            return; // not text: whether it can be read shows when it is
        }
        try {
            if (CharsetSniffer.looksBinary(source.path())) {
                throw CharsetSniffer.binary(source.name());
            }
        } catch (IOException e) {
            throw InputFiles.problem(source.name(), e);
        }
    }

    /**
     * Splits a region of a source into units, numbered from 1, with offsets from {@code offset} (where
     * the region begins in the decoded source). A region must begin and end where a block does (after a
     * line end for lines; after a blank line for sentences) to give the units a reading of the whole
     * source gives there. Units have an empty source name: the caller knows which source it is.
     */
    public static void splitRegion(Reader region, SplitMode split, long offset, UnitSink sink) throws IOException, InputProblem {
        new UnitReader(split, "", sink).read(region, 0, "the region", offset);
    }

    /**
     * @param chosen  how to read it; null: by its extension
     * @param name    the source as messages name it
     * @param regions where plain text goes as regions; null for units only
     */
    private static void readFile(Source source, Format chosen, Path file, String name, InputOptions options, UnitSink sink,
                                 RegionSink regions) throws InputProblem {
        InputFiles.requireReadableFile(file, name);
        Supplier<UnitReader> units = () -> new UnitReader(options.split(), source.name(), sink);
        Format format = chosen != null ? chosen : format(source);
        if (format == Format.DOCUMENT) {
            Document document = Documents.read(file, name, extension(file));
            try {
                units.get().read(new StringReader(document.text()), 0, name, options.keep().stream().map(document::metadata).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not fail
            }
            return;
        }
        if (format == Format.SPREADSHEET) {
            SheetUnits.read(file, name, extension(file), options, units.get(), sink);
            return;
        }
        try {
            CharsetSniffer.Encoding encoding = CharsetSniffer.sniff(file, name);
            if (encoding.fallback()) {
                sink.warning(name + " is not valid UTF-8; read as windows-1252.");
            }
            switch (format) {
                case CSV, TSV, TAB_LINES -> readUnits(file, encoding,
                        in -> CsvUnits.read(in, format, options.column(), options.keep(), name, units.get(), sink));
                case JSON_LINES -> readUnits(file, encoding, in -> JsonLinesUnits.read(in, options.field(), options.keep(), name, units.get(), sink));
                default -> {
                    if (options.split() == SplitMode.SENTENCES) {  // the file is read again only then
                        warnOfOneTextALine(name, startOf(file, encoding), options.split(), sink);
                    }
                    boolean empty;
                    if (regions != null && options.split() != SplitMode.NONE && SourceRegions.canCut(encoding)) {
                        empty = SourceRegions.read(file, encoding, options.split(), source.name(), name, regions);
                    } else {
                        UnitReader plain = units.get();
                        readUnits(file, encoding, in -> plain.read(in, 0, name));
                        empty = plain.count() == 0;
                    }
                    if (empty) {
                        sink.warning(name + " is empty.");
                    }
                }
            }
        } catch (IOException e) {
            throw InputFiles.problem(name, e);
        }
    }

    /**
     * Tells {@code sink} when {@code text}, split into sentences ({@code split}; other splits need no
     * warning), seems to hold one text a line that the splitting would join (a file of reviews or tweets
     * without full stops): then splitting into lines is what the user wants. Looks at the text's first lines only.
     */
    public static void warnOfOneTextALine(String name, CharSequence text, SplitMode split, UnitSink sink) {
        if (split == SplitMode.SENTENCES && LineShape.oneTextALine(text)) {
            sink.warning(LineShape.warning(name));
        }
    }

    /** The first chars of a plain text file, enough for {@link LineShape}. */
    private static String startOf(Path file, CharsetSniffer.Encoding encoding) throws IOException {
        try (Reader in = encoding.open(file)) {
            char[] chars = new char[LineShape.SAMPLE_CHARS + 1];
            return new String(chars, 0, fill(in, chars));
        }
    }

    /** Reads into {@code buffer} until it is full or {@code in} ends; returns how many chars it holds. */
    static int fill(Reader in, char[] buffer) throws IOException {
        int filled = 0;
        for (int n; filled < buffer.length && (n = in.read(buffer, filled, buffer.length - filled)) >= 0; ) {
            filled += n;
        }
        return filled;
    }

    /** Reads units from a decoded file. */
    private interface UnitsFrom {
        void read(Reader in) throws IOException, InputProblem;
    }

    private static void readUnits(Path file, CharsetSniffer.Encoding encoding, UnitsFrom units) throws IOException, InputProblem {
        try (Reader in = encoding.open(file)) {
            units.read(in);
        }
    }

    /** The lower-case extension that picks the format. */
    static String extension(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
