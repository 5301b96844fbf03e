package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Local workers and the command line run with the same JVM options (docs/PERFORMANCE.md), which live in
 * two places: {@link LocalWorkers#JVM_OPTIONS} and the launcher's {@code cli_jvm_options=(...)} line,
 * which the benchmarks and the packaging read. This keeps the two together.
 */
class WorkerJvmOptionsTest {
    private static final Pattern CLI_OPTIONS = Pattern.compile("(?m)^cli_jvm_options=\\((.*)\\)$");

    @Test
    void localWorkersRunWithTheLaunchersCommandLineOptionsAndASmallerThreadStack() throws IOException {
        // Surefire runs in the module's folder; the launcher is at the project's root.
        Matcher line = CLI_OPTIONS.matcher(Files.readString(Path.of("..", "sentigrid")));
        assertThat(line.find()).as("a cli_jvm_options=(...) line in ./sentigrid").isTrue();
        List<String> expected = new ArrayList<>(Arrays.asList(line.group(1).trim().split("\\s+")));
        expected.add("-Xss1m");
        assertThat(LocalWorkers.JVM_OPTIONS).containsExactlyElementsOf(expected);
    }
}
