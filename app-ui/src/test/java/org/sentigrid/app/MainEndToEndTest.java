package org.sentigrid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess.Result;

/** The entry point as a user starts it: usage, help, version, and unknown commands. */
@Tag("process")
class MainEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsWithoutADisplaySayHowToUseTheCommandLine() {
        Result result = SentigridProcess.run(dir, null).assertNoStackTrace();

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("sentigrid: there is no display to open the window on (DISPLAY is"
                + " not set); to analyze on the command line run: sentigrid analyze FILE... (see sentigrid --help)");
    }

    @Test
    void helpListsTheCommands() {
        Result result = SentigridProcess.run(dir, null, "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: sentigrid").contains("analyze", "--version");
        // Each command's summary is a whole sentence: picocli lists the first line of its description.
        String commands = result.out().substring(result.out().indexOf("Commands:"), result.out().indexOf("\n\n"));
        List<String> summaries = List.of(commands.replaceAll("\\n {3,}", " ").split("\\n")).subList(1, 9);
        assertThat(summaries).extracting(line -> line.strip().split(" ")[0])
                .containsExactly("analyze", "summarize", "evaluate", "terms", "kwic", "serve", "launch", "help");
        assertThat(summaries).allSatisfy(line -> assertThat(line).endsWith("."));
    }

    @Test
    void versionNamesTheProgramAndTheJava() {
        Result result = SentigridProcess.run(dir, null, "--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("sentigrid ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void analyzeHelpDocumentsEveryOptionTheFormatsAndTheExitStatus() {
        Result result = SentigridProcess.run(dir, null, "analyze", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: sentigrid analyze")
                .contains("--engine", "--split", "--format", "--output", "--threshold", "--column", "--field",
                        "--lexicon", "--explain", "--in-process", "no-grid baseline", "FILE|DIR|-")
                .contains("source", "compound", "RFC 4180", "\\t \\n \\r \\\\", "good(+1.9\u2192-1.623 booster negation)")
                .contains("Exit status:");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsTheCommandMeant() {
        Result result = SentigridProcess.run(dir, null, "analyse", "x.txt").assertNoStackTrace();

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(2).last().isEqualTo("Try 'sentigrid --help'.");
        assertThat(result.errLines().get(0)).startsWith("sentigrid: ").contains("'analyse'").endsWith("; did you mean analyze?");
    }

    @Test
    void aMistypedOptionIsAUsageErrorThatSuggestsTheOptionMeant() {
        Result result = SentigridProcess.run(dir, null, "analyze", "--colum", "text", "x.csv").assertNoStackTrace();

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("sentigrid: Unknown option: '--colum'; did you mean --column?",
                "Try 'sentigrid analyze --help'.");
    }
}
