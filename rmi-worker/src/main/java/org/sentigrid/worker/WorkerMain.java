package org.sentigrid.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.discovery.Announcement;
import org.sentigrid.api.grid.WireFilter;
import org.sentigrid.api.grid.auth.JoinSecret;
import org.sentigrid.api.grid.auth.TokenKey;
import org.sentigrid.api.grid.tls.CertificateFingerprint;
import org.sentigrid.api.grid.tls.JoinCode;
import org.sentigrid.engine.SentimentAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sentigrid-worker}: a process that scores text for a Sentigrid coordinator. It connects to the
 * coordinator (nothing listens on the worker's machine), pulls batches, and pushes the scores back.
 * Problems are reported as one plain line on standard error, with the exit statuses in {@link ExitStatus}.
 */
public final class WorkerMain {
    /** Where a local worker finds the join token, so that it never shows in the process list. */
    public static final String TOKEN_VARIABLE = "SENTIGRID_TOKEN";
    static final int DISCOVER_SECONDS = 5;
    /** Where a worker started over SSH finds its join code, which holds the token: off the process list too. */
    public static final String JOIN_CODE_VARIABLE = "SENTIGRID_JOIN_CODE";
    static final int MAX_THREADS = 1024;
    static final int MAX_NAME_CHARS = 256;

    private WorkerMain() {
    }

    @Command(name = "sentigrid-worker", sortOptions = false, usageHelpWidth = 100,
            customSynopsis = {
                "sentigrid-worker --join-code=CODE [--threads=N] [--name=NAME]",
                "   or: sentigrid-worker --join-code-file=FILE|- [--threads=N] [--name=NAME]",
                "   or: sentigrid-worker --join=HOST:PORT [--token=TOKEN] [--fingerprint=SHA256:...] [--threads=N] [--name=NAME]",
                ""},
            description = {
                "Scores text for a Sentigrid coordinator: joins it over Java RMI, pulls batches of text,",
                "scores them with the VADER engine and sends the scores back. Only the worker connects:",
                "nothing listens on this machine. Stop it with Ctrl-C or SIGTERM: batches being scored",
                "are finished (or handed back after 5 seconds) before it leaves the grid.",
                "",
                "A coordinator listening beyond loopback speaks only TLS 1.3 and prints a join code holding its",
                "address, the token and its certificate's SHA-256 fingerprint; the worker trusts that certificate",
                "and no other. On loopback, --join and the token are enough."},
            exitCodeListHeading = ExitStatus.HEADING,
            exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.REFUSED_HELP,
                ExitStatus.INTERNAL_ERROR_HELP},
            footer = {
                "Exit status 0: stopped (Ctrl-C, SIGTERM, or its parent went away); 1: the coordinator cannot be",
                "reached, or was gone for 10 minutes."})
    static final class Options {
        @Option(names = "--join-code", paramLabel = "CODE",
                description = "the join code the coordinator printed (sg1:...): its address, the token and its"
                        + " certificate fingerprint in one; default (without --join): the " + JOIN_CODE_VARIABLE
                        + " environment variable")
        String joinCode;

        @Option(names = "--join-code-file", paramLabel = "FILE",
                description = "read the join code from the first line of FILE, or of standard input for -: unlike"
                        + " --join-code, it then shows in no process list (echo is built into the shell:"
                        + " echo 'sg1:...' | sentigrid-worker --join-code-file -)")
        String joinCodeFile;

        @Option(names = "--join", paramLabel = "HOST:PORT",
                description = "the coordinator's address, as Sentigrid shows it (IPv6: [ADDR]:PORT)")
        String join;

        @Option(names = "--fingerprint", paramLabel = "SHA256:...",
                description = "with --join: the coordinator's certificate fingerprint, to join it over TLS")
        String fingerprint;

        @Option(names = "--discover", arity = "0..1", paramLabel = "NAME", fallbackValue = "",
                description = "find coordinators that announce themselves on this machine's networks (listens "
                        + DISCOVER_SECONDS + " s): without NAME, list them; with NAME, join that one, trusting the"
                        + " certificate it announced, with --token or " + TOKEN_VARIABLE)
        String discover;

        @Option(names = "--token", paramLabel = "TOKEN",
                description = "the grid's join token; default: the " + TOKEN_VARIABLE + " environment variable or"
                        + " --token-file, which keep it out of the process list (a command line is visible to every"
                        + " user of this machine)")
        String token;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "read the join token from the first line of FILE, or of standard input for -")
        String tokenFile;

        @Option(names = "--threads", paramLabel = "N",
                description = "batches scored at once (default: the number of processors)")
        Integer threads;

        @Option(names = "--name", paramLabel = "NAME",
                description = "the name Sentigrid shows for this worker (default: the host name)")
        String name;

        @Option(names = "--exit-with-parent", hidden = true)
        boolean exitWithParent;

        @Option(names = "--give-up-after", hidden = true, paramLabel = "SECONDS")
        long giveUpAfterSeconds = 600;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
        boolean help;

        @Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
        boolean version;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the worker until it stops; returns the exit status. Help and version go to standard output. */
    public static int run(String[] args, PrintStream err) {
        return run(args, System.out, err, System.getenv(), System.in);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
                   InputStream parent) {
        WireFilter.installProcessWide();
        Options options = new Options();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return usage(err, firstLine(e.getMessage()));
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            out.flush();
            return ExitStatus.OK;
        }
        if (commandLine.isVersionHelpRequested()) {
            out.println("sentigrid-worker " + SentigridVersion.current());
            out.println("engine fingerprints: vader " + SentimentAnalyzer.of(EngineMode.VADER).fingerprint()
                    + ", nltk " + SentimentAnalyzer.of(EngineMode.NLTK).fingerprint());
            out.flush();
            return ExitStatus.OK;
        }
        if (options.discover != null) {
            Integer status = discover(options, out, err);
            if (status != null) {
                return status;
            }
        }
        WorkerSettings settings;
        try {
            settings = settings(options, environment, options.exitWithParent ? InputStream.nullInputStream() : parent);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        return work(settings, err, parent);
    }

    private static int work(WorkerSettings settings, PrintStream err, InputStream parent) {
        WorkerLog log = new WorkerLog(err, settings.name());
        JoinSecret.install(new JoinSecret(TokenKey.of(settings.token()), settings.fingerprint()));
        JoinRequest request = new JoinRequest(SentigridVersion.current(),
                SentimentAnalyzer.of(EngineMode.VADER).fingerprint(),
                SentimentAnalyzer.of(EngineMode.NLTK).fingerprint(),
                settings.name(), settings.host(), settings.threads());
        GridWorker worker = new GridWorker(settings, request, log, parent);
        log.say(settings.name() + " (Sentigrid " + SentigridVersion.current() + ", " + settings.threads()
                + (settings.threads() == 1 ? " thread" : " threads") + ") joining the coordinator at "
                + settings.address());
        // SIGTERM and Ctrl-C: a clean stop, then status 0 (a JVM ended by a signal would otherwise exit 143).
        Thread hook = new WorkerThreads("sentigrid-worker-stop").newThread(() -> {
            worker.shutdown();
            int status = worker.awaitStatus();
            log.flush();
            Runtime.getRuntime().halt(status);
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int status = worker.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and ends the process itself.
        }
        return status;
    }

    static WorkerSettings settings(Options options, Map<String, String> environment) {
        return settings(options, environment, System.in);
    }

    static WorkerSettings settings(Options options, Map<String, String> environment, InputStream stdin) {
        if (options.joinCodeFile != null) {
            if (options.joinCode != null) {
                throw new IllegalArgumentException("give the join code once: --join-code or --join-code-file");
            }
            options.joinCode = firstLineOf(options.joinCodeFile, "--join-code-file", stdin);
        }
        if (options.tokenFile != null) {
            if (options.token != null) {
                throw new IllegalArgumentException("give the token once: --token or --token-file");
            }
            options.token = firstLineOf(options.tokenFile, "--token-file", stdin);
        }
        JoinAddress address;
        String token;
        CertificateFingerprint fingerprint;
        String joinCode = options.joinCode != null ? options.joinCode
                : options.join == null ? environment.get(JOIN_CODE_VARIABLE) : null;
        if (joinCode != null) {
            if (options.join != null || options.token != null || options.fingerprint != null) {
                throw new IllegalArgumentException("--join-code holds the address, token and fingerprint: pass it"
                        + " alone, without --join, --token or --fingerprint");
            }
            JoinCode code = JoinCode.parse(joinCode);
            address = JoinAddress.parse(code.address());
            token = code.token();
            fingerprint = code.fingerprint();
        } else {
            if (options.join == null) {
                throw new IllegalArgumentException("--join-code CODE or --join HOST:PORT is required: as the"
                        + " coordinator printed them");
            }
            address = JoinAddress.parse(options.join);
            token = options.token != null ? options.token : environment.get(TOKEN_VARIABLE);
            try {
                fingerprint = options.fingerprint == null ? null : CertificateFingerprint.parse(options.fingerprint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--fingerprint is not " + Reasons.oneLine(e.getMessage())
                        .replaceFirst("^a certificate fingerprint is ", "") + "; copy it again, whole");
            }
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("no join token: pass --token TOKEN or set " + TOKEN_VARIABLE
                    + " (Sentigrid shows the token next to its address)");
        }
        if (fingerprint == null && !isLoopback(address.host())) {
            throw new IllegalArgumentException("joining " + address + " needs the coordinator's certificate fingerprint"
                    + " (--fingerprint, or the whole --join-code it printed): without it, this worker would talk in plain"
                    + " text to whoever answers at that address");
        }
        if (token.length() > MAX_NAME_CHARS || token.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the join token is not one Sentigrid gives out; copy it again");
        }
        int threads = options.threads != null ? options.threads
                : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be 1 to " + MAX_THREADS + ", not " + threads);
        }
        String host = hostName();
        String name = options.name != null ? options.name.strip() : host;
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("--name must be 1 to " + MAX_NAME_CHARS + " printable characters");
        }
        if (options.giveUpAfterSeconds < 1) {
            throw new IllegalArgumentException("--give-up-after must be at least 1 second");
        }
        return new WorkerSettings(address, token, threads, name, host, options.exitWithParent,
                options.giveUpAfterSeconds * 1000, fingerprint);
    }

    /** The first line of {@code file} (standard input for {@code -}), stripped; the exception says what is wrong. */
    private static String firstLineOf(String file, String option, InputStream stdin) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                "-".equals(file) ? stdin : Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null || line.isBlank()) {
                throw new IllegalArgumentException(option + " " + file + " is empty; put the code or token on its first line");
            }
            return line.strip();
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(option + " " + file + " cannot be read (" + Reasons.oneLine(String.valueOf(
                    e instanceof NoSuchFileException ? "no such file" : e.getMessage())) + ")");
        }
    }

    /** Whether {@code host} names this machine's loopback, where a coordinator speaks no TLS. */
    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** This machine's host name as it sees itself, shortened to what the wire takes. */
    public static String hostName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", ""));
        }
        host = Reasons.oneLine(host);
        if (host.isEmpty()) {
            host = "unknown-host";
        }
        return host.length() > MAX_NAME_CHARS ? host.substring(0, MAX_NAME_CHARS) : host;
    }

    /**
     * {@code --discover}: lists the coordinators heard and returns the exit status, or, given a NAME, sets
     * {@code options} to join the one of that name (and returns null to go on joining).
     */
    private static Integer discover(Options options, PrintStream out, PrintStream err) {
        if (options.join != null || options.joinCode != null || options.fingerprint != null) {
            return usage(err, "--discover finds the coordinator's address and fingerprint: give it without --join,"
                    + " --join-code or --fingerprint");
        }
        String wanted = options.discover.isEmpty() ? null : options.discover;
        List<Announcement> heard;
        try {
            heard = Discovery.listen(DISCOVER_SECONDS * 1000L, wanted);
        } catch (IOException e) {
            err.println(WorkerLog.PREFIX + "cannot listen for coordinators: " + Reasons.oneLine(String.valueOf(e.getMessage())));
            return ExitStatus.FAILED;
        }
        String none = "no coordinator announced itself within " + DISCOVER_SECONDS + " s; on the coordinator, LAN access"
                + " must be on with announcing (analyze --announce, or Announce on LAN in the window), on a network this"
                + " machine is on. --join-code always works";
        if (wanted == null) {
            if (heard.isEmpty()) {
                err.println(WorkerLog.PREFIX + none);
                return ExitStatus.FAILED;
            }
            out.println("Coordinators announcing on this machine's networks (join one with --discover NAME --token TOKEN):");
            heard.forEach(a -> out.println("  " + a.name() + "  " + a.joinAddress() + "  " + a.fingerprint().text()));
            out.flush();
            return ExitStatus.OK;
        }
        List<Announcement> named = heard.stream().filter(a -> a.name().equals(wanted)).toList();
        if (named.stream().map(Announcement::fingerprint).distinct().count() > 1) {
            err.println(WorkerLog.PREFIX + "two or more machines announce the name \"" + wanted + "\" with different"
                    + " certificates (" + String.join(", ", named.stream().map(a -> a.joinAddress() + " "
                    + a.fingerprint().text()).toList()) + "); one may be impersonating the coordinator, so this worker"
                    + " joins neither: ask its user for the join code it printed (--join-code)");
            return ExitStatus.REFUSED;
        }
        if (!named.isEmpty()) {
            options.join = named.get(0).joinAddress();
            options.fingerprint = named.get(0).fingerprint().text();
            return null;
        }
        err.println(WorkerLog.PREFIX + (heard.isEmpty() ? none : "no coordinator named \"" + wanted + "\" announced itself within "
                + DISCOVER_SECONDS + " s; heard: " + String.join(", ", heard.stream().map(Announcement::name).toList())));
        return ExitStatus.FAILED;
    }

    private static int usage(PrintStream err, String message) {
        err.println(WorkerLog.PREFIX + Reasons.oneLine(message) + " (see --help)");
        err.flush();
        return ExitStatus.USAGE;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "bad arguments";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
