package org.sentigrid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.launch.LaunchFailed;
import org.sentigrid.launch.RemoteWorker;
import org.sentigrid.launch.SshTarget;
import org.sentigrid.launch.WorkerJar;
import org.sentigrid.worker.WorkerMain;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sentigrid launch}: starts, stops or shows a worker on another machine over SSH. */
@Command(name = "launch",
        sortOptions = false,
        description = {
            "Starts a grid worker on another machine over SSH.",
            "It checks that the machine has Java 17 or newer, copies the worker jar there",
            "(into ~/" + RemoteWorker.DEFAULT_FOLDER + ", once), starts the worker detached and waits until it",
            "has joined. --stop ends it (it finishes or hands back its batches first); --log",
            "shows its last log lines. The host's key must be in --known-hosts, or named with",
            "--accept-host-key.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "Exit status 0: launched and joined, stopped, or log shown; 1: the machine could",
            "not be reached, refused the key or the host key, lacks Java 17, or the worker",
            "did not start or join (its last log lines are shown)."
        })
public final class LaunchCommand implements Callable<Integer> {
    private static final long JOIN_WAIT_MILLIS = 30_000;
    private static final int LOG_LINES = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--ssh", required = true, paramLabel = "USER@HOST[:PORT]", description = "The machine and its SSH user.")
    private String ssh;

    @Option(names = "--identity", required = true, paramLabel = "KEYFILE",
            description = "The private key to log in with (without a passphrase), for example ~/.ssh/id_ed25519.")
    private Path identity;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "Host keys to trust. Default: ~/.ssh/known_hosts.")
    private Path knownHosts;

    @Option(names = "--accept-host-key", paramLabel = "SHA256:...",
            description = "Trust the machine's host key if it has this fingerprint (it is then added to --known-hosts).")
    private String acceptHostKey;

    @ArgGroup(exclusive = true)
    private Action action = new Action();

    static final class Action {
        @Option(names = "--stop", description = "Stop the worker launched there before.")
        boolean stop;

        @Option(names = "--log", description = "Show the last lines of the worker's log there.")
        boolean log;
    }

    @Option(names = "--join-code", paramLabel = "CODE",
            description = "How the worker joins: the join code the coordinator shows.")
    private String joinCode;

    @Option(names = "--join", paramLabel = "HOST:PORT", description = "How the worker joins, instead of --join-code: "
            + "the coordinator's address as the machine reaches it, with --token.")
    private String join;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The join token with --join; default: the SENTIGRID_TOKEN environment variable.")
    private String token;

    @Option(names = "--fingerprint", paramLabel = "SHA256:...",
            description = "With --join: the coordinator's certificate fingerprint, when it listens with TLS.")
    private String fingerprint;

    @Option(names = "--threads", paramLabel = "N", description = "Batches the worker scores at once (default: its cores).")
    private Integer threads;

    @Option(names = "--name", paramLabel = "NAME", description = "How the worker is shown (default: the machine's name).")
    private String name;

    @Option(names = "--worker-jar", paramLabel = "JAR",
            description = "The worker jar to copy. Default: the one built with this Sentigrid.")
    private Path workerJar;

    @Option(names = "--folder", paramLabel = "DIR", defaultValue = RemoteWorker.DEFAULT_FOLDER,
            description = "The folder on the machine for the jar, the process id and the log, relative to the "
                    + "user's home. Default: ${DEFAULT-VALUE}.")
    private String folder;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SshTarget target = target();
        Path known = knownHosts != null ? knownHosts : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        try (RemoteWorker worker = RemoteWorker.connect(target, identity, known, acceptHostKey, folder)) {
            if (action.stop) {
                err.println("sentigrid: " + (worker.stop() ? "stopped the worker on " : "no worker was running on ") + target);
                return ExitStatus.OK;
            }
            if (action.log) {
                err.print(worker.log(LOG_LINES));
                err.flush();
                return ExitStatus.OK;
            }
            return launch(worker, target, err);
        } catch (LaunchFailed e) {
            err.println("sentigrid: " + e.getMessage());
            return ExitStatus.FAILED;
        }
    }

    private int launch(RemoteWorker worker, SshTarget target, PrintWriter err) throws LaunchFailed {
        List<String> arguments = joinArguments();
        Path jar = workerJar != null ? workerJar : WorkerJar.find();
        err.println("sentigrid: " + target.host() + " has " + worker.checkJava());
        err.println("sentigrid: " + (worker.install(jar) ? "copied the worker to " : "the worker is already on ") + target
                + " in ~/" + folder);
        long pid = worker.start(arguments, joinCode != null ? Map.of(WorkerMain.JOIN_CODE_VARIABLE, joinCode)
                : Map.of(WorkerMain.TOKEN_VARIABLE, token()));
        err.println("sentigrid: started the worker on " + target + " (process " + pid + "); waiting for it to join...");
        switch (worker.awaitJoin(JOIN_WAIT_MILLIS)) {
            case JOINED -> {
                err.println("sentigrid: the worker on " + target.host() + " joined the grid; stop it with: sentigrid launch "
                        + "--stop --ssh " + target + " --identity " + identity);
                return ExitStatus.OK;
            }
            case STOPPED -> err.println("sentigrid: the worker on " + target.host() + " stopped before joining; its log:");
            default -> err.println("sentigrid: the worker on " + target.host() + " runs but has not joined after "
                    + JOIN_WAIT_MILLIS / 1000 + " s (can it reach the coordinator?); its log:");
        }
        err.print(worker.log(LOG_LINES));
        return ExitStatus.FAILED;
    }

    private SshTarget target() {
        try {
            return SshTarget.parse(ssh);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ssh: " + e.getMessage(), e);
        }
    }

    /** The worker's options: how it joins, threads, name. The join code or token travels in its environment, not here. */
    private List<String> joinArguments() {
        if (action.stop || action.log) {
            return List.of();
        }
        if ((joinCode == null) == (join == null)) {
            throw new ParameterException(spec.commandLine(), "say how the worker joins: --join-code CODE, or --join HOST:PORT"
                    + " with --token");
        }
        List<String> arguments = new ArrayList<>();
        if (joinCode == null) {
            token();
            arguments.addAll(List.of("--join", join));
            if (fingerprint != null) {
                arguments.addAll(List.of("--fingerprint", fingerprint));
            }
        }
        if (threads != null) {
            arguments.addAll(List.of("--threads", threads.toString()));
        }
        if (name != null) {
            arguments.addAll(List.of("--name", name));
        }
        return arguments;
    }

    private String token() {
        String value = token != null ? token : System.getenv(WorkerMain.TOKEN_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--join needs the join token: --token TOKEN, or SENTIGRID_TOKEN");
        }
        return value;
    }
}
