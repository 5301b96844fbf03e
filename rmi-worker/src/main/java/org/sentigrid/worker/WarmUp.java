package org.sentigrid.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.PackedRegion;
import org.sentigrid.api.grid.PackedRegionResult;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.engine.ShippedLists;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.TextInput;

/**
 * Scores sample regions before the worker joins, until the JIT has compiled the engine, so that the
 * first real work runs at full speed: a cold JVM scores its first seconds at a fraction of its speed
 * while its compiler threads take the cores, and a grid's job waits for its slowest piece. The samples
 * cover both engines, both splits and the formats, and sentences made of their words in many orders (one
 * text repeated teaches the JIT branches real text does not keep to, and it compiles again on the job).
 * A worker whose work comes over the network (TLS) warms up on regions sent through serialization as RMI
 * sends them, packed when its link wants them so. It stops once the JIT has been quiet for a while.
 */
public final class WarmUp {
    /** How work reaches the scorer, in the rounds as in the job. */
    public enum Route {
        /** Scored as it is, not sent through serialization: the coordinator's own threads, or a worker on loopback. */
        DIRECT,
        /** Through serialization as it is: a link fast enough for unpacked work. */
        SENT,
        /** Packed, through serialization, and its result packed back: a slower link. */
        PACKED
    }

    /** At least this long, then until the JIT has compiled nothing for {@link #QUIET_MILLIS}. */
    static final long MIN_MILLIS = 300;
    static final long QUIET_MILLIS = 250;
    /** At most this long, whatever the JIT does: a worker does not join before it is done. */
    static final long MAX_MILLIS = 3_000;
    /**
     * At most this long for a coordinator that waits for workers: it would be idle, and on one core the JIT
     * does not get the engine to C2 within 3 s (it compiles the JDK's own start-up code meanwhile): with 3 s,
     * the coordinator compiled for 0.74-0.85 s during the scale-out job; warming up until the worker joined
     * (about 6 s), 0.40-0.46 s, and the job ran 10% faster (docs/PERFORMANCE.md).
     */
    static final long WAITING_MAX_MILLIS = 15_000;
    /** How much sample text a region holds: about a tenth of a full region. */
    static final int SAMPLE_CHARS = 96 * 1024;
    /**
     * What a round checks for work taken back: never true, in three classes taken in turn. The job's own
     * check is of another class again; had the JIT seen only one class at that call, it would compile for it
     * and throw the code away when the job's came (JFR: the coordinator's {@code Collector.unit} deoptimized
     * as its job began, and compiled again). Seen three, it compiles a plain call.
     */
    private static final List<BooleanSupplier> NEVER_TAKEN_BACK = List.of(() -> false, () -> false, () -> false);
    /** How often a coordinator's round writes its records. */
    static final int WRITES_A_ROUND = 8;
    /** The splits and formats the rounds take in turn. */
    static final String[][] SHAPES = {{"lines", "tsv"}, {"sentences", "csv"}, {"lines", "jsonl"}, {"lines", "csv"}};

    private WarmUp() {
    }

    /**
     * For a coordinator that waits for workers and will score too: warms up its engine on a daemon thread
     * until the JIT is quiet (at most {@link #WAITING_MAX_MILLIS}) or {@code stop} says so (checked between
     * rounds, each a tenth of a region), and returns at once.
     * With {@code beyondLoopback} (a coordinator whose workers may come over the network) half its rounds go
     * packed and half unpacked through serialization, as a worker's link decides, so that its own packing and
     * unpacking start compiled too. It also
     * reads the sample as it will read its input ({@link TextInput#warmUpReading}), and writes the results as
     * it will write its output: a cold reader took half a second at the start of a job in which nothing else could
     * start (docs/PERFORMANCE.md).
     */
    public static void inBackground(boolean beyondLoopback, BooleanSupplier stop) {
        IntFunction<Route> routes = beyondLoopback ? WarmUp::turnAbout : round -> Route.DIRECT;
        Thread thread = new Thread(() -> run(new BatchScorer(), true, stop, routes), "sentigrid-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Warms up a worker on regions that take {@code route}. */
    static void run(BatchScorer scorer, Route route) {
        run(scorer, false, () -> false, round -> route);
    }

    /** A coordinator's rounds beyond loopback: packed and unpacked in turn, each way for every shape and sample. */
    static Route turnAbout(int round) {
        return round / (2 * SHAPES.length) % 2 == 0 ? Route.PACKED : Route.SENT;
    }

    /**
     * With {@code coordinator}, also reads the sample as a coordinator reads its input and writes the results
     * as it writes its output. Round r takes {@code routes.apply(r)}.
     */
    private static void run(BatchScorer scorer, boolean coordinator, BooleanSupplier stop, IntFunction<Route> routes) {
        byte[] sample = sample();
        byte[] latin1 = latin1(sample);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(coordinator ? WAITING_MAX_MILLIS : MAX_MILLIS);
        long compiled = compilationMillis();
        long quietSince = start;
        for (int round = 0; ; round++) {
            long now = System.nanoTime();
            long compiledNow = compilationMillis();
            if (compiledNow != compiled) {
                compiled = compiledNow;
                quietSince = now;
            }
            if (stop.getAsBoolean() || now > deadline || (now - start > TimeUnit.MILLISECONDS.toNanos(MIN_MILLIS)
                    && now - quietSince > TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS))) {
                return;
            }
            try {
                round(scorer, round, round / SHAPES.length % 2 == 0 ? sample : latin1, routes.apply(round), coordinator);
            } catch (BatchScorer.ScoringFailure | IOException | ClassNotFoundException e) {
                return;  // not worth more: real work will say what is wrong
            }
        }
    }

    /**
     * One round: scores the sample as a region (its shape and engine chosen by {@code round}); returns the
     * result as the coordinator gets it. A round is never given up half-way, though it may end after the
     * deadline or the join: the JIT compiles the scoring code with the branch for work taken back as never
     * taken, and a warm-up that took it threw that code away just as the job began (JFR: the coordinator's
     * {@code Collector.unit} deoptimized at the join, and compiled again during the job).
     */
    static RegionResult round(BatchScorer scorer, int round, byte[] sample, Route route, boolean coordinator)
            throws BatchScorer.ScoringFailure, IOException, ClassNotFoundException {
        String[] shape = SHAPES[round % SHAPES.length];
        EngineMode mode = round % 5 == 4 ? EngineMode.NLTK : EngineMode.VADER;
        Work work = new Region(1, round + 1, JobSettings.plain(mode), "UTF-8", shape[0], shape[1], 0.05, 0, sample);
        if (coordinator) {
            TextInput.warmUpReading(sample);
        }
        Work sent = switch (route) {
            case DIRECT -> work;
            case SENT -> sentAndReceived(work);
            case PACKED -> sentAndReceived(PackedRegion.of((Region) work));
        };
        WorkResult result = scorer.score(sent, NEVER_TAKEN_BACK.get(round % NEVER_TAKEN_BACK.size()));
        if (route != Route.DIRECT) {
            result = sentAndReceived(result);
            if (result instanceof PackedRegionResult back) {
                result = back.unpack();  // as the coordinator does
            }
        }
        RegionResult records = (RegionResult) result;  // a region's result, never taken back
        if (coordinator) {
            // Written several times: a job writes each record once but in far longer regions, so written once a
            // round the writing loop was still C1 code when the job began, and C2 compiled it during the job.
            ResultWriter writer = new ResultWriter(OutputStream.nullOutputStream(),
                    RowFormat.valueOf(shape[1].toUpperCase(Locale.ROOT)), false);
            for (int i = 0; i < WRITES_A_ROUND; i++) {
                writer.writeFormatted("warm-up", 1, sample, records);
            }
        }
        return records;
    }

    /** Milliseconds the JIT has spent compiling so far; -1 where the JVM does not say (then warm-up stops after its shortest). */
    private static long compilationMillis() {
        try {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        } catch (LinkageError noManagement) {
            return -1;
        }
    }

    /** An object as the other end of an RMI call gets it: written and read back. */
    @SuppressWarnings("unchecked")
    private static <T> T sentAndReceived(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /**
     * The sample lines, then lines made at random (seeded: the same each time) of every kind of token the
     * engine and the formats treat apart: the lexicon's words and the emoji, boosters, negations, idioms,
     * "but" and "least", words in capitals, punctuation runs, numbers, links, tabs, quotes and backslashes.
     * A few dozen words would leave branches real text takes untaken; the JIT then compiles code that
     * traps on the job's first such sentence and compiles it all again (profiled: 43 such traps in a
     * coordinator's engine in the first second of a job, with a sample of 150 words).
     */
    static byte[] sample() {
        String text;
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> common = List.of(text.split("\\s+"));
        ShippedLists vader = ShippedLists.of(EngineMode.VADER);
        List<String> words = new ArrayList<>(vader.words().keySet());
        List<String> rules = new ArrayList<>(vader.boosters().keySet());
        rules.addAll(vader.idioms().keySet());
        rules.addAll(ShippedLists.of(EngineMode.NLTK).idioms().keySet());
        rules.addAll(List.of("not", "never", "isn't", "don't", "can't", "without", "nothing", "no", "least", "at least",
                "very least", "but", "BUT", "so", "this", "kind of", "never so", "never this", "no time or love",
                "no hope nor joy"));
        List<String> emoji = new ArrayList<>(vader.emoji().keySet());
        String[] marks = {"!", "!!", "!!!!", "?", "??", "?!", "...", ",", ";", ":", "\"", "'", ")", " :)", " :-(", " :D"};
        List<String> odd = List.of("2024", "3.5", "http://example.com/x?a=1", "@someone", "#great", "\t", "  ", "\\",
                "\"quoted\"", "O'Neil", "e-mail", "café", "naïve", "—", "...", "HAHA", "lol", "xoxo", "10/10", "$5");
        Random random = new Random(17);
        StringBuilder sample = new StringBuilder(text);
        while (sample.length() < SAMPLE_CHARS) {
            int length = 3 + random.nextInt(25);
            if (random.nextInt(8) == 0) {
                sample.append(' ');
            }
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(100);
                String word = kind < 35 ? pick(words, random) : kind < 70 ? pick(common, random)
                        : kind < 82 ? pick(rules, random) : kind < 87 ? pick(emoji, random) : pick(odd, random);
                int shape = random.nextInt(10);
                if (shape == 0) {
                    word = word.toUpperCase(Locale.ROOT);
                } else if (shape == 1 && !word.isEmpty()) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                sample.append(i == 0 ? "" : " ").append(word);
                if (random.nextInt(6) == 0) {
                    sample.append(marks[random.nextInt(marks.length)]);
                }
            }
            sample.append(random.nextInt(3) == 0 ? "." : random.nextInt(2) == 0 ? marks[random.nextInt(marks.length)] : "");
            sample.append(random.nextInt(10) == 0 ? " \r\n" : random.nextInt(15) == 0 ? "\n\n" : "\n");
        }
        return sample.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sample without its chars beyond U+00FF. Java holds such a text in one byte a char and any other in
     * two, and a String's methods branch on which; a job's regions come both ways, and warmed up on one way
     * only, the JIT's code for reading a region's text was thrown away on the job's first region of the other
     * (JFR: {@code Collector.byteAt}, compiled again during the job).
     */
    static byte[] latin1(byte[] sample) {
        String text = new String(sample, StandardCharsets.UTF_8);
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> c <= 0xFF).forEach(c -> kept.append((char) c));
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
