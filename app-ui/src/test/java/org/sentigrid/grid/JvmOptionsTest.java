package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options are defined once, in {@code jvm-options.properties}, and every reader sees the same:
 * the local workers (from the class path, as {@link JvmOptions} reads it), the launcher {@code ./sentigrid},
 * {@code packaging/package.sh} and {@code bench/lib.sh}. The scripts run for real, each in a copy of the
 * tree with a stand-in {@code java} (and {@code jpackage}) that writes down the arguments it was given.
 */
@Tag("process")
class JvmOptionsTest {
    /** Surefire runs in the module's folder; the scripts are at the project's top. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String OPTIONS = "app-ui/src/main/resources/org/sentigrid/jvm-options.properties";

    @TempDir
    Path dir;

    @Test
    void localWorkersRunWithTheWorkerLineAndItIsTheCommandLinesWithASmallerThreadStack() {
        assertThat(LocalWorkers.JVM_OPTIONS).containsExactlyElementsOf(JvmOptions.of("worker"));
        List<String> cliAndStack = new ArrayList<>(JvmOptions.of("cli"));
        cliAndStack.add("-Xss1m");
        assertThat(JvmOptions.of("worker")).isEqualTo(cliAndStack);
    }

    @Test
    void theLauncherGivesTheCommandLineTheWindowAndSparkTheirLines() throws Exception {
        Path tree = copyOfTree("sentigrid");
        Path jar = touchLater(tree.resolve("app-ui/target/sentigrid.jar"));
        touchLater(tree.resolve("spark/target/sentigrid-spark.jar"));
        Path launcher = tree.resolve("sentigrid");

        assertThat(run(launcher.toString(), "analyze", "-")).isEqualTo(
                concat(JvmOptions.of("cli"), List.of("-jar", jar.toString(), "analyze", "-")));
        assertThat(run(launcher.toString())).isEqualTo(concat(JvmOptions.of("window"), List.of("-jar", jar.toString())));
        assertThat(run(launcher.toString(), "spark", "--help")).isEqualTo(concat(JvmOptions.of("spark"),
                List.of("@" + tree.resolve("spark/target/launch/spark.args"), "org.sentigrid.spark.AnalyzeJob", "--help")));
    }

    @Test
    void theBenchmarksReadTheSameLines() throws Exception {
        for (String key : List.of("cli", "worker")) {
            assertThat(run("bash", "-c", "source \"$0/bench/lib.sh\" && jvm_options_of \"$0\" " + key
                    + " && printf '%s\\n' \"${jvm_options[@]}\"", ROOT.toString()))
                    .as(key).isEqualTo(JvmOptions.of(key));
        }
    }

    @Test
    void thePackagesTwoLaunchersGetTheCommandLinesAndTheWindowsLines() throws Exception {
        Path tree = copyOfTree("packaging/package.sh");
        Files.writeString(tree.resolve("pom.xml"), "  <version>0.1.0-SNAPSHOT</version>\n");
        touchLater(tree.resolve("app-ui/target/sentigrid.jar"));
        touchLater(tree.resolve("app-ui/target/lib/picocli.jar"));
        touchLater(tree.resolve("rmi-worker/target/sentigrid-worker.jar"));
        // jpackage writes down its arguments, and what the second launcher's properties file holds.
        script("jpackage", "while [ $# -gt 0 ]; do",
                "  printf '%s\\n' \"$1\"",
                "  case \"$1\" in sentigrid=*) cat \"${1#sentigrid=}\" ;; --dest) mkdir -p \"$2\" && touch \"$2/s.deb\" ;; esac",
                "  shift",
                "done >>\"$0.log\"");
        script("jdeps", "echo java.base");
        script("fakeroot", "exit 0");
        script("objcopy", "exit 0");

        run(Map.of("SKIP_BUILD", "1"), tree.resolve("packaging/package.sh").toString());

        List<String> jpackage = Files.readAllLines(dir.resolve("jdk/bin/jpackage.log"));
        List<String> windowOptions = new ArrayList<>();
        for (int i = 0; i < jpackage.size() - 1; i++) {
            if (jpackage.get(i).equals("--java-options")) {
                windowOptions.add(jpackage.get(i + 1));
            }
        }
        assertThat(windowOptions).as("bin/Sentigrid").isEqualTo(JvmOptions.of("window"));
        assertThat(jpackage).as("bin/sentigrid").contains("java-options=" + String.join(" ", JvmOptions.of("cli")));
    }

    /** A copy of {@code script} and the options file at their places under a new root. */
    private Path copyOfTree(String script) throws IOException {
        Path tree = dir.resolve("tree");
        for (String file : List.of(script, OPTIONS)) {
            Path copy = tree.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(ROOT.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(60)));
        }
        script("java", "if [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.15\" 2025-04-15' >&2; exit 0; fi",
                "printf '%s\\n' \"$@\"");
        return tree;
    }

    /** An empty file, newer than the sources copied (the launcher builds a jar older than its sources). */
    private static Path touchLater(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);
        return file;
    }

    /** An executable {@code jdk/bin/name} running {@code lines} in bash. */
    private void script(String name, String... lines) throws IOException {
        Path file = dir.resolve("jdk/bin").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/usr/bin/env bash\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> run(String... command) throws Exception {
        return run(Map.of(), command);
    }

    /** Runs {@code command} with the stand-ins first on the PATH and as JAVA_HOME; its output lines. */
    private List<String> run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Path bin = dir.resolve("jdk/bin");
        builder.environment().put("JAVA_HOME", bin.getParent().toString());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().putAll(environment);
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(err)).isZero();
        return out.lines().toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
