package org.sentigrid.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.grid.tls.CertificateFingerprint;
import org.sentigrid.api.grid.tls.JoinCode;
import org.sentigrid.engine.SentimentAnalyzer;

/** The command line, in process: everything that ends before the worker touches the network. */
class WorkerMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return WorkerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, new ByteArrayInputStream(new byte[0]));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedJoinAddressIsAUsageErrorOnOneLine() {
        assertThat(run(Map.of(), "--join", "10.0.0.5", "--token", "t")).isEqualTo(2);
        assertThat(err()).isEqualTo("sentigrid worker: --join '10.0.0.5' is not HOST:PORT (for example"
                + " 192.168.1.20:50505; an IPv6 address goes in brackets: [fe80::1]:50505): the port is missing"
                + " (see --help)" + System.lineSeparator());
    }

    @Test
    void joinIsRequired() {
        assertThat(run(Map.of(), "--token", "t")).isEqualTo(2);
        assertThat(err()).startsWith("sentigrid worker: --join-code CODE or --join HOST:PORT is required").hasLineCount(1);
    }

    @Test
    void aJoinCodeMayComeFromTheEnvironmentSoItIsNotInTheProcessList() {
        String code = new JoinCode("192.0.2.7:50505", "env-token-0123456789",
                CertificateFingerprint.parse("SHA256:StgGW3roXy+hdWG7dIWQbaEykue7hIrYK60HG9nR/K8")).text();

        WorkerSettings settings = WorkerMain.settings(new WorkerMain.Options(), Map.of(WorkerMain.JOIN_CODE_VARIABLE, code));

        assertThat(settings.address()).isEqualTo(new JoinAddress("192.0.2.7", 50505));
        assertThat(settings.token()).isEqualTo("env-token-0123456789");
        assertThat(settings.tls()).isTrue();
    }

    @Test
    void aJoinBeyondLoopbackWithoutAFingerprintIsRefusedBeforeItConnects() {
        assertThat(run(Map.of(), "--join", "192.0.2.7:50505", "--token", "t")).isEqualTo(2);
        assertThat(err()).isEqualTo("sentigrid worker: joining 192.0.2.7:50505 needs the coordinator's certificate"
                + " fingerprint (--fingerprint, or the whole --join-code it printed): without it, this worker would talk"
                + " in plain text to whoever answers at that address (see --help)\n");
    }

    @Test
    void theJoinCodeAndTheTokenMayComeFromAFileOrStandardInput(@TempDir Path dir) throws Exception {
        String code = new JoinCode("192.0.2.7:50505", "file-token-0123456789",
                CertificateFingerprint.parse("SHA256:StgGW3roXy+hdWG7dIWQbaEykue7hIrYK60HG9nR/K8")).text();
        WorkerMain.Options fromFile = new WorkerMain.Options();
        fromFile.joinCodeFile = Files.writeString(dir.resolve("code"), code + "\n").toString();
        assertThat(WorkerMain.settings(fromFile, Map.of()).token()).isEqualTo("file-token-0123456789");

        WorkerMain.Options fromStdin = new WorkerMain.Options();
        fromStdin.join = "127.0.0.1:50505";
        fromStdin.tokenFile = "-";
        WorkerSettings settings = WorkerMain.settings(fromStdin, Map.of(),
                new ByteArrayInputStream("piped-token-0123456789\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(settings.token()).isEqualTo("piped-token-0123456789");

        assertThat(run(Map.of(), "--join-code-file", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("sentigrid worker: --join-code-file " + dir.resolve("missing")
                + " cannot be read (no such file) (see --help)\n");
    }

    @Test
    void aJoinCodeGivesTheAddressTokenAndFingerprint() {
        String fingerprint = "SHA256:StgGW3roXy+hdWG7dIWQbaEykue7hIrYK60HG9nR/K8";
        WorkerMain.Options options = new WorkerMain.Options();
        options.joinCode = new JoinCode("[fe80::1]:50506", "code-token-0123456789",
                CertificateFingerprint.parse(fingerprint)).text();
        WorkerSettings settings = WorkerMain.settings(options, Map.of(WorkerMain.TOKEN_VARIABLE, "from-env"));
        assertThat(settings.address()).isEqualTo(new JoinAddress("fe80::1", 50506));
        assertThat(settings.token()).isEqualTo("code-token-0123456789");
        assertThat(settings.fingerprint().text()).isEqualTo(fingerprint);
        assertThat(settings.tls()).isTrue();
        assertThat(settings.toString()).doesNotContain("code-token");
    }

    @Test
    void aMalformedJoinCodeOrFingerprintIsAUsageErrorOnOneLine() {
        assertThat(run(Map.of(), "--join-code", "sg1:not-a-code")).isEqualTo(2);
        assertThat(err()).isEqualTo("sentigrid worker: the join code is not one Sentigrid printed (it starts with"
                + " sg1:); copy it again, whole (see --help)" + System.lineSeparator());
        err.reset();
        assertThat(run(Map.of(), "--join", "10.0.0.5:50505", "--token", "t", "--fingerprint", "ab:cd")).isEqualTo(2);
        assertThat(err()).startsWith("sentigrid worker: --fingerprint is not SHA256: followed by 43 base64"
                + " characters; copy it again, whole").hasLineCount(1);
        err.reset();
        assertThat(run(Map.of(), "--join-code", "sg1:x", "--token", "t")).isEqualTo(2);
        assertThat(err()).startsWith("sentigrid worker: --join-code holds the address, token and fingerprint")
                .hasLineCount(1);
    }

    @Test
    void theTokenComesFromTheEnvironmentWhenNotGiven() {
        assertThat(run(Map.of(), "--join", "127.0.0.1:1")).isEqualTo(2);
        assertThat(err()).startsWith("sentigrid worker: no join token: pass --token TOKEN or set SENTIGRID_TOKEN")
                .hasLineCount(1);

        WorkerMain.Options options = new WorkerMain.Options();
        options.join = "127.0.0.1:50505";
        WorkerSettings settings = WorkerMain.settings(options, Map.of(WorkerMain.TOKEN_VARIABLE, "from-env"));
        assertThat(settings.token()).isEqualTo("from-env");
        assertThat(settings.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings.name()).isEqualTo(settings.host()).isNotBlank();
        assertThat(settings.giveUpMillis()).isEqualTo(600_000);
        assertThat(settings.toString()).doesNotContain("from-env");

        options.token = "from-option";
        assertThat(WorkerMain.settings(options, Map.of(WorkerMain.TOKEN_VARIABLE, "from-env")).token())
                .isEqualTo("from-option");
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThat(run(Map.of(), "--join", "localhost:1", "--token", "t", "--threads", "0")).isEqualTo(2);
        assertThat(run(Map.of(), "--join", "localhost:1", "--token", "t", "--threads", "many")).isEqualTo(2);
        assertThat(run(Map.of(), "--join", "localhost:1", "--token", "t", "--name", " ")).isEqualTo(2);
        assertThat(run(Map.of(), "--join", "localhost:1", "--token", "t", "--frobnicate")).isEqualTo(2);
        assertThat(err().lines()).hasSize(4).allMatch(line -> line.startsWith("sentigrid worker: ")
                && line.endsWith(" (see --help)"));
        assertThat(err()).contains("--threads must be 1 to 1024, not 0").contains("'many' is not an int")
                .contains("unknown option: '--frobnicate'");
    }

    @Test
    void helpDocumentsTheOptionsButNotTheHiddenOnes() {
        assertThat(run(Map.of(), "--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).startsWith("Usage: sentigrid-worker --join-code=CODE [--threads=N] [--name=NAME]")
                .contains("or: sentigrid-worker --join=HOST:PORT [--token=TOKEN] [--fingerprint=SHA256:...]",
                        "--join-code=CODE", "--fingerprint=SHA256:...", "TLS 1.3", "--token=TOKEN", "SENTIGRID_TOKEN", "--threads=N", "--name=NAME", "Exit status:",
                        "3   refused: the coordinator refused this worker")
                .doesNotContain("--exit-with-parent", "--give-up-after");
        assertThat(err()).isEmpty();
    }

    @Test
    void versionNamesTheVersionAndTheEngineFingerprints() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("sentigrid-worker " + SentigridVersion.current())
                .contains(SentimentAnalyzer.of(EngineMode.VADER).fingerprint())
                .contains(SentimentAnalyzer.of(EngineMode.NLTK).fingerprint());
        assertThat(SentigridVersion.current()).isEqualTo("dev");
    }
}
