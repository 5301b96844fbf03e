package org.sentigrid.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The command a launch hands the remote sshd, which passes it to the login shell's command line, where
 * every user of that machine can read it while it runs: secrets are named in it, never written
 * ({@link LaunchOverSshTest} shows that the worker still gets them, over standard input).
 */
class RemoteWorkerTest {
    @Test
    void theStartCommandReadsSecretsFromStandardInputAndHoldsOnlyTheirNames() {
        String command = RemoteWorker.startCommand(".sentigrid-worker", List.of("--name", "lab 3"),
                Set.of("SENTIGRID_JOIN_CODE"));
        assertThat(command).contains("IFS= read -r SENTIGRID_JOIN_CODE || exit 5; export SENTIGRID_JOIN_CODE; nohup java -jar")
                .contains("'--name' 'lab 3'").doesNotContain("sg1:");
    }

    @Test
    void aNameThatIsNotAVariableIsRefused() {
        assertThatThrownBy(() -> RemoteWorker.startCommand("f", List.of(), Set.of("X; rm -rf ~")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
