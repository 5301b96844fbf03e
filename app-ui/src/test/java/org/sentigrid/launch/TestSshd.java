package org.sentigrid.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sentigrid.grid.TestHosts;

/**
 * Debian's OpenSSH server for tests: keys made in a scratch folder (a host key, and a user key that root
 * may log in with), a configuration listening on one address and port only, and the command to run it
 * in the foreground. The tests start it where they need it (in a network namespace, or on loopback).
 */
public final class TestSshd {
    public static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path dir;

    private TestSshd(Path dir) {
        this.dir = dir;
    }

    /** Makes the keys and the configuration in {@code dir} for a server on {@code address}:{@code port}. */
    public static TestSshd prepare(Path dir, String address, int port) throws Exception {
        TestSshd sshd = new TestSshd(dir);
        sshd.keyPair("host_key");
        sshd.keyPair("user_key");
        Files.copy(dir.resolve("user_key.pub"), dir.resolve("authorized_keys"));
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress " + address,
                "HostKey " + dir.resolve("host_key"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "PidFile " + dir.resolve("sshd.pid"),
                "Subsystem sftp internal-sftp", ""));
        Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation directory
        return sshd;
    }

    /** Makes an ed25519 key pair without a passphrase: {@code dir/name} and {@code dir/name.pub}. */
    public Path keyPair(String name) throws Exception {
        Path key = dir.resolve(name);
        TestHosts.Result made = TestHosts.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        assertThat(made.ok()).as(made.output()).isTrue();
        return key;
    }

    /** The command that runs the server in the foreground, logging to standard error. */
    public List<String> command() {
        return List.of(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString());
    }

    /** The private key root logs in with. */
    public Path userKey() {
        return dir.resolve("user_key");
    }

    /** The server's host key fingerprint as OpenSSH shows it ({@code SHA256:...}). */
    public String hostKeyFingerprint() throws Exception {
        return TestHosts.run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", dir.resolve("host_key.pub").toString()))
                .output().split(" ")[1];
    }
}
