package org.sentigrid.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.worker.SentigridVersion;
import org.sentigrid.worker.WorkerMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The top-level {@code sentigrid} command: its subcommands, and how every outcome becomes one plain
 * line on standard error and an exit status ({@link ExitStatus}: the same meaning in every subcommand).
 */
@Command(name = "sentigrid",
        mixinStandardHelpOptions = true,
        versionProvider = SentigridCommand.Version.class,
        description = "Sentiment analysis with VADER, on this machine or on a compute grid.",
        subcommands = {AnalyzeCommand.class, SummarizeCommand.class, EvaluateCommand.class, TermsCommand.class,
            KwicCommand.class, ServeCommand.class, LaunchCommand.class, HelpCommand.class},
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.REFUSED_HELP,
            ExitStatus.INTERNAL_ERROR_HELP},
        footer = {"", "Without a command, sentigrid opens the desktop window;",
            "sentigrid FILE... opens it with those files loaded and analyzed.",
            "", "A worker for the grid, on this or another machine:",
            "  sentigrid worker --join-code CODE [--threads N] [--name NAME]",
            "  (CODE as analyze --listen prints it; on loopback: --join HOST:PORT)",
            "  (the same as java -jar sentigrid-worker.jar; see sentigrid worker --help)",
            "  sentigrid launch --ssh USER@HOST --identity KEYFILE --join-code CODE",
            "  (starts one there over SSH; see sentigrid launch --help)"})
public final class SentigridCommand {
    private SentigridCommand() {
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("worker")) {
            // The worker has its own command line, shared with the stand-alone sentigrid-worker.jar.
            return WorkerMain.run(Arrays.copyOfRange(args, 1, args.length), System.err);
        }
        CommandLine commandLine = commandLine();
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the execution exception handler.
            return internalError(e, commandLine.getErr());
        }
    }

    private static CommandLine commandLine() {
        return new CommandLine(new SentigridCommand())
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setParameterExceptionHandler(SentigridCommand::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) ->
                        internalError(e, commandLine.getErr()));
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("sentigrid: " + oneLine(e.getMessage()) + suggestion(e));
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitStatus.USAGE;
    }

    /** For a mistyped command or option, the one most like it ("; did you mean analyze?"), as picocli finds it. */
    private static String suggestion(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + unmatched.getSuggestions().get(0) + "?";
        }
        return "";
    }

    private static int internalError(Throwable e, PrintWriter err) {
        err.println("sentigrid: internal error: " + oneLine(e.toString()) + "; please report it");
        if ("1".equals(System.getenv("SENTIGRID_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.INTERNAL_ERROR;
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code --version}: the version in the jars' manifests (workers must match it), and the Java that runs it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "sentigrid " + SentigridVersion.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
