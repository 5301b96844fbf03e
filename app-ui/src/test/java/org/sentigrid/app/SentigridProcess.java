package org.sentigrid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sentigrid.testing.ChildJvm;

/**
 * Test helper: runs {@code sentigrid} as a real child process ({@link ChildJvm}: {@code java -cp <the test
 * class path> org.sentigrid.app.Main}) in a working directory, with the given standard input.
 */
public final class SentigridProcess {
    private static final long TIMEOUT_SECONDS = 120;

    /** What the process did; {@code out} and {@code err} decoded as UTF-8. */
    public record Result(int exit, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }

        /** Every error output is plain lines: no stack trace, no exception class names. */
        public Result assertNoStackTrace() {
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
            return this;
        }
    }

    private SentigridProcess() {
    }

    public static Result run(Path workingDirectory, String stdin, String... args) {
        try {
            Path io = Files.createTempDirectory("sentigrid-process");
            Path in = Files.writeString(io.resolve("stdin"), stdin == null ? "" : stdin, StandardCharsets.UTF_8);
            Path out = io.resolve("stdout");
            Path err = io.resolve("stderr");
            Process process = builder(workingDirectory, args)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("sentigrid " + String.join(" ", args) + " ran for over "
                        + TIMEOUT_SECONDS + " s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    withoutJvmNotices(Files.readString(err, StandardCharsets.UTF_8)));
            for (Path file : List.of(in, out, err, io)) {
                Files.delete(file);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Starts {@code sentigrid args} and returns at once, standard input empty, standard output thrown away
     * and standard error to {@code err}: for tests that stop it their own way.
     */
    public static Process start(Path workingDirectory, Path err, String... args) {
        try {
            return builder(workingDirectory, args)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessBuilder builder(Path workingDirectory, String... args) {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(Main.class, args))
                .directory(workingDirectory.toFile());
        // No display: a run without arguments must not open a window here.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder;
    }

    /** The JVM's own "Picked up JAVA_TOOL_OPTIONS: ..." lines are not sentigrid's output. */
    private static String withoutJvmNotices(String err) {
        return err.replaceAll("(?m)^Picked up \\w+: .*\\R", "");
    }
}
