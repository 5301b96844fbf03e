package org.sentigrid.cli;

import org.sentigrid.analysis.GridPieceScorer;
import org.sentigrid.analysis.PieceScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.grid.GridServer;
import org.sentigrid.text.TextUnit;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.serve.Protocol;
import org.sentigrid.serve.SentimentServer;
import org.sentigrid.serve.ServerSettings;
import org.sentigrid.serve.TextScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sentigrid serve}: a plain TCP front door that scores on the grid (or in process) for clients in any language. */
@Command(name = "serve",
        sortOptions = false,
        description = {
            "Serves sentiment scores over plain TCP to clients in any language, scoring on the "
                    + "compute grid (or in this process), until Ctrl+C or SIGTERM.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "Exit status 1: the port or the grid could not be set up. Stopped by Ctrl+C or",
            "SIGTERM, it exits 130 or 143, as any program does.",
            "",
            "Protocol compat (the original Python sentiment server's):",
            "  The client connects and sends one sentence in UTF-8. It ends at the first",
            "  newline (LF, or CR LF), when the client half-closes the connection, or when",
            "  nothing more arrives for 1 ms after whole characters (300 ms after bytes",
            "  that end inside a character), whichever comes first. The answer is the",
            "  compound score as Python's",
            "  str() prints it, without a newline (0.6696, 0.0, -0.5423; nothing sent:",
            "  0.0), then the server closes the connection.",
            "",
            "Protocol lines:",
            "  The client sends lines (LF or CR LF, UTF-8) and gets one line per line, in",
            "  order: neg neu pos compound, with 3, 3, 3 and 4 decimals separated by spaces",
            "  (an empty line: 0.000 0.000 0.000 0.0000). Lines may be sent ahead of their",
            "  answers; lines that arrive together are scored as one batch. A last line",
            "  without newline is answered too; the server closes when the client does.",
            "",
            "Errors are one line instead of the answer, never a dropped connection:",
            "  error: the sentence is longer than 1 MiB   (compat; lines: the line ...)",
            "  error: the request is not valid UTF-8",
            "  error: busy: too many requests are waiting to be scored; try again shortly",
            "  error: not scored: REASON                  (e.g. every worker failed)",
            "  error: not scored within 60 s (is a worker connected?)",
            "  error: busy: 32 connections from ADDRESS are open already; try again when",
            "    one ends",
            "  error: no sentence arrived within 10 s; closing the connection",
            "  error: the sentence did not end within 10 s; closing the connection",
            "  error: no line arrived within 60 s; closing the connection",
            "  error: the line did not end within 10 s; closing the connection",
            "  error: the server is shutting down",
            "The last six end the connection. After the others, compat closes it and",
            "lines goes on with the next line (the rest of an over-long line is skipped).",
            "",
            "Limits, so that no client or address takes the server over:",
            "  1 MiB (of UTF-8) per sentence or line.",
            "  10 s for a whole request to arrive (compat: from the connection to the",
            "  sentence's end; lines: from a line's first byte to its newline), however",
            "  slowly it trickles in; lines: 60 s for the next line to start.",
            "  lines: 10 s for each write of answers: a client that does not read is",
            "  closed and its queued work cancelled. 60 s for the scores of a request.",
            "  512 connections at once (more wait until one ends), 32 from one address",
            "  (more are answered busy): --max-connections, --max-connections-per-address.",
            "  64 MiB of requests held (read and not yet answered), a quarter of it for",
            "  one address (more are answered busy): --max-buffered-mib. With the default",
            "  limits the process stays under 1 GiB of memory.",
            "  Requests up to 4 KiB are scored at once, longer ones 256 KiB at a time and",
            "  shortest first: a sentence does not wait behind long requests.",
            "",
            "Try it: echo 'The food was great!' | nc 127.0.0.1 5000"
        })
public final class ServeCommand implements Callable<Integer> {
    /** The default front door: this machine only, the original server's port. */
    static final int DEFAULT_PORT = 5000;
    private static final int MIB = 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--listen", paramLabel = "ADDRESS:PORT", defaultValue = "127.0.0.1:" + DEFAULT_PORT,
            description = "Where clients connect. Default: ${DEFAULT-VALUE} (this machine only). "
                    + "0.0.0.0 or a LAN address opens it to other machines (there is no authentication); "
                    + "port 0 picks a free one.")
    private String listen;

    @Option(names = "--protocol", paramLabel = "compat|lines", defaultValue = "compat",
            description = "compat: one sentence per connection, its compound score back; lines: one line "
                    + "of scores per line (see below). Default: ${DEFAULT-VALUE}.")
    private String protocol;

    @Option(names = "--engine", paramLabel = "vader|nltk", defaultValue = "vader",
            description = "Which VADER to reproduce: vaderSentiment 3.3.2 (vader) or NLTK 3.8.1 (nltk). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--in-process", description = "Score inside this process, without the compute grid.")
    private boolean inProcess;

    @Mixin
    private GridWorkerOptions gridWorkers = new GridWorkerOptions();

    @Option(names = "--grid-listen", paramLabel = "ADDRESS[:PORT]", defaultValue = "127.0.0.1",
            description = "Where the coordinator listens for workers. Default: ${DEFAULT-VALUE} (this machine "
                    + "only), port 50505 (any free port if taken and none was given). An address of this machine "
                    + "on the LAN lets workers on other machines join, over TLS 1.3 only, with this machine's own "
                    + "key (made on first use in ~/.config/sentigrid); the join command printed carries a join code "
                    + "with the address, the token and the key's fingerprint.")
    private String gridListen;



    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_CONNECTIONS,
            description = "Connections served at once; more wait until one ends. Default: ${DEFAULT-VALUE}.")
    private int maxConnections;

    @Option(names = "--max-connections-per-address", paramLabel = "N",
            defaultValue = "" + ServerSettings.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
            description = "Connections from one client address at once; more are answered busy and closed. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int maxConnectionsPerAddress;

    @Option(names = "--max-buffered-mib", paramLabel = "MIB",
            defaultValue = "" + ServerSettings.DEFAULT_MAX_BUFFERED_BYTES / MIB,
            description = "MiB of requests held at once (read and not yet answered), a quarter of it for one "
                    + "address; a request over it is answered busy. At least 8. Default: ${DEFAULT-VALUE}.")
    private int maxBufferedMib;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() throws InterruptedException {
        Protocol chosen;
        EngineMode mode;
        InetSocketAddress address;
        GridOptions grid;
        ServerSettings settings;
        try {
            chosen = Protocol.fromId(protocol);
            mode = EngineMode.fromId(engine);
            address = frontDoor(listen);
            grid = inProcess ? null : gridWorkers.parse(gridListen);
            settings = limits(ServerSettings.defaults(chosen));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, false);

        SentimentServer server;
        try {
            server = SentimentServer.bind(address, settings);
        } catch (IOException e) {
            progress.println("sentigrid: cannot listen on " + hostPort(address) + " (" + IoErrors.reason(e)
                    + "); choose another address or port with --listen ADDRESS:PORT");
            return ExitStatus.FAILED;
        }
        AtomicReference<CliGrid> cliGrid = new AtomicReference<>();
        AtomicReference<ExecutorService> threads = new AtomicReference<>();
        AtomicBoolean serving = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            server.close();
            CliGrid running = cliGrid.get();
            if (running != null) {
                running.close();
            }
            ExecutorService pool = threads.get();
            if (pool != null) {
                pool.shutdownNow();
            }
            if (serving.get()) {
                progress.println("sentigrid: stopped serving on " + hostPort(server.address()));
            }
        }, "sentigrid-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);

        TextScorer scorer;
        if (grid == null) {
            ExecutorService pool = scorerThreads();
            threads.set(pool);
            scorer = TextScorer.inProcess(SentimentAnalyzer.of(mode), pool);
        } else {
            try {
                // Not killed on SIGTERM: the stop hook first lets requests in flight finish on the grid.
                cliGrid.set(CliGrid.start(grid, progress, false));
            } catch (GridUnavailable e) {
                progress.println("sentigrid: " + e.getMessage());
                Runtime.getRuntime().removeShutdownHook(stop);
                server.close();
                return ExitStatus.FAILED;
            }
            scorer = gridScorer(cliGrid.get().server(), JobSettings.plain(mode));
        }
        server.start(scorer);
        serving.set(true);
        progress.println("sentigrid: serving on " + hostPort(server.address()) + ", protocol " + chosen.id()
                + (chosen == Protocol.COMPAT ? " (a sentence per connection, its compound score back)"
                        : " (a line of neg neu pos compound per line)")
                + ", engine " + mode.id() + ", scoring " + where(grid)
                + "; Ctrl+C stops");
        server.awaitClosed();
        return ExitStatus.OK;
    }

    /** Where requests are scored, in words. */
    private static String where(GridOptions grid) {
        if (grid == null) {
            return "in this process";
        }
        String here = grid.threads() == 0 ? "" : "on " + grid.threads() + (grid.threads() == 1 ? " thread" : " threads")
                + " of this process";
        if (!grid.needsListening()) {
            return here;
        }
        return (here.isEmpty() ? "" : here + " and ") + "on the grid's workers";
    }

    /** The limits the options set, on {@code defaults}. */
    private ServerSettings limits(ServerSettings defaults) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("--max-connections must be at least 1");
        }
        if (maxConnectionsPerAddress < 1 || maxConnectionsPerAddress > maxConnections) {
            throw new IllegalArgumentException("--max-connections-per-address must be from 1 to --max-connections ("
                    + maxConnections + ")");
        }
        if (maxBufferedMib < 8 || maxBufferedMib > 1024 * 1024) {
            throw new IllegalArgumentException("--max-buffered-mib must be from 8 to 1048576");
        }
        long buffered = (long) maxBufferedMib * MIB;
        return defaults.withConnections(maxConnections, maxConnectionsPerAddress).withBuffered(buffered, buffered / 4);
    }

    /**
     * One request is one grid batch (lines that arrived together are one batch too), and one job of its own,
     * so that a request no one waits for any more (its future cancelled) is taken off the grid.
     */
    private static TextScorer gridScorer(GridServer grid, JobSettings settings) {
        AtomicLong jobs = new AtomicLong();
        return texts -> {
            PieceScorer job = new GridPieceScorer(() -> grid, jobs.incrementAndGet(), settings, SentimentLabel.DEFAULT_THRESHOLD);
            List<TextUnit> units = new ArrayList<>(texts.size());
            for (String text : texts) {
                units.add(new TextUnit("request", units.size() + 1, text, 0, 0, text.length()));
            }
            CompletableFuture<List<SentimentScores>> scores = job.submit(units)
                    .thenApply(scored -> scored.units().stream().map(ScoredUnit::scores).toList());
            scores.whenComplete((done, failure) -> {
                if (scores.isCancelled()) {
                    job.close();
                }
            });
            return scores;
        };
    }

    private static ExecutorService scorerThreads() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "sentigrid-scorer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Parses {@code ADDRESS}, {@code ADDRESS:PORT} or {@code [IPv6]:PORT}; any address this machine has, or 0.0.0.0. */
    static InetSocketAddress frontDoor(String listen) {
        String host = listen;
        int port = DEFAULT_PORT;
        int colon = listen.lastIndexOf(':');
        boolean bracketed = listen.startsWith("[");
        if (colon > 0 && (bracketed ? listen.charAt(colon - 1) == ']' : listen.indexOf(':') == colon)) {
            host = listen.substring(0, colon);
            try {
                port = Integer.parseInt(listen.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--listen " + listen + ": the port must be a number");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--listen " + listen + ": the port must be 0 to 65535");
            }
        }
        if (bracketed) {
            if (!host.endsWith("]")) {
                throw new IllegalArgumentException("--listen " + listen + ": expected [IPv6]:PORT");
            }
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("--listen " + listen + ": give an address, e.g. 127.0.0.1:" + DEFAULT_PORT);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen " + listen + ": unknown host " + host);
        }
    }

    private static String hostPort(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip.getHostAddress();
        return (ip instanceof Inet6Address ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
