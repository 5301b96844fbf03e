package org.sentigrid.grid.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorKeysTest {
    @TempDir
    Path dir;

    @Test
    void theKeyIsMadeOwnerOnlyInTheConfiguredDirectoryAndReusedOnTheNextStart() throws Exception {
        Path config = dir.resolve("config").resolve("sentigrid");
        CoordinatorKeys first = CoordinatorKeys.loadOrCreate(config);

        assertThat(first.directory()).isEqualTo(config);
        assertThat(first.fingerprint().text()).startsWith("SHA256:");
        assertThat(first.context().getProtocol()).isEqualTo("TLSv1.3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
        for (String file : new String[] {CoordinatorKeys.KEY_STORE, CoordinatorKeys.PASSWORD}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        byte[] store = Files.readAllBytes(config.resolve(CoordinatorKeys.KEY_STORE));

        CoordinatorKeys second = CoordinatorKeys.loadOrCreate(config);
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(Files.readAllBytes(config.resolve(CoordinatorKeys.KEY_STORE))).isEqualTo(store);

        CoordinatorKeys elsewhere = CoordinatorKeys.loadOrCreate(dir.resolve("other"));
        assertThat(elsewhere.fingerprint()).isNotEqualTo(first.fingerprint());
    }

    @Test
    void aDirectoryThatCannotBeMadeIsOnePlainSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        Path config = file.resolve("sentigrid");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoordinatorKeys.loadOrCreate(config))
                .isInstanceOf(CoordinatorKeys.Unavailable.class)
                .hasMessageStartingWith("cannot make or read the coordinator's TLS key in " + config + " (")
                .hasMessageEndingWith("); set XDG_CONFIG_HOME to a directory of yours, or listen on loopback only");
    }

    @Test
    void theDirectoryPropertyOverridesTheDefault() {
        String before = System.getProperty(CoordinatorKeys.DIRECTORY_PROPERTY);
        try {
            System.setProperty(CoordinatorKeys.DIRECTORY_PROPERTY, dir.toString());
            assertThat(CoordinatorKeys.defaultDirectory()).isEqualTo(dir);
            System.clearProperty(CoordinatorKeys.DIRECTORY_PROPERTY);
            assertThat(CoordinatorKeys.defaultDirectory().toString()).endsWith("sentigrid");
        } finally {
            if (before != null) {
                System.setProperty(CoordinatorKeys.DIRECTORY_PROPERTY, before);
            }
        }
    }
}
