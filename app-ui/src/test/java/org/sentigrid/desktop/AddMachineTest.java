package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.workers.WorkerRow;
import org.sentigrid.grid.TestHosts;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.launch.TestSshd;

/**
 * Add machine, through the real window: Debian's OpenSSH server runs on this machine's loopback on a key
 * made for the test; the window is open to the LAN; the user fills Add machine, is asked about the unknown
 * host key and trusts it; the worker is copied, started and joins; its log is shown; Stop there ends it.
 * Needs root and openssh-server; skipped with a message otherwise.
 */
@Tag("ssh")
class AddMachineTest extends DesktopTest {
    private Process sshd;

    @AfterEach
    void stopSshd() throws Exception {
        if (sshd != null) {
            sshd.descendants().forEach(ProcessHandle::destroyForcibly);
            sshd.destroyForcibly();
            sshd.waitFor(10, TimeUnit.SECONDS);
        }
        System.clearProperty("sentigrid.knownHosts");
        System.clearProperty("sentigrid.remoteFolder");
    }

    @Test
    void aWorkerIsStartedOnAMachineOverSshFromTheGridPanelAndStoppedThere() throws Exception {
        assumeTrue(Files.isExecutable(TestSshd.SSHD), "AddMachineTest skipped: no " + TestSshd.SSHD + " (apt-get install openssh-server)");
        assumeTrue(TestHosts.run(List.of("id", "-u")).output().strip().equals("0"), "AddMachineTest skipped: sshd needs root");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        TestSshd server = TestSshd.prepare(dir, "127.0.0.1", port);
        sshd = new ProcessBuilder(server.command()).redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        System.setProperty("sentigrid.knownHosts", dir.resolve("known_hosts").toString());
        System.setProperty("sentigrid.remoteFolder", dir.resolve("remote").toString());
        System.setProperty(CoordinatorKeys.DIRECTORY_PROPERTY, Files.createDirectories(dir.resolve("config")).toString());
        app = DesktopFixture.open().withWorkerReady();
        var workersModel = app.window().workers();
        assumeTrue(onFx(() -> workersModel.lanAddressProperty().get()) != null, "AddMachineTest skipped: no LAN address");
        app.robot.clickOn("Grid");
        TableView<WorkerRow> workers = app.lookup("#workerTable");
        TextField joinCommand = app.lookup("#joinCommandField");
        app.robot.clickOn("#lanToggle");
        waitUntil("open to the LAN", Duration.ofSeconds(30), () -> !joinCommand.getText().isEmpty());

        app.robot.clickOn("#addMachineButton");
        fill("#hostField", "127.0.0.1");
        fill("#portField", Integer.toString(port));
        fill("#userField", "root");
        fill("#keyField", server.userKey().toString());
        app.robot.clickOn("OK");
        String fingerprint = server.hostKeyFingerprint();
        waitUntil("asked about the host key", Duration.ofSeconds(30), () -> app.robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(pane -> ((DialogPane) pane).getHeaderText() != null && ((DialogPane) pane).getHeaderText().contains(fingerprint)));
        app.robot.clickOn("Trust this key");

        waitUntil("the worker on 127.0.0.1 joined", Duration.ofSeconds(60), () -> workers.getItems().stream()
                .anyMatch(w -> w.name().equals("127.0.0.1") && w.status().startsWith("connected")));
        assertThat(workers.getItems()).as("the worker's row says how fast its link was and how its work goes")
                .anyMatch(w -> w.name().equals("127.0.0.1") && w.link().matches("([\\d]+ Mbit/s|[\\d.]+ Gbit/s)(, packed)?"));
        assertThat(Files.readString(dir.resolve("known_hosts"))).as("the trusted key is remembered").contains("127.0.0.1");
        app.robot.clickOn("#machineLogButton");
        waitUntil("the log shows", Duration.ofSeconds(30), () -> app.robot.lookup(".text-area").queryAll().stream()
                .anyMatch(area -> ((TextArea) area).getText().contains("joined the coordinator at")));
        app.robot.clickOn("OK");

        app.robot.clickOn("#stopMachineButton");
        waitUntil("the machine is gone from the list", Duration.ofSeconds(30),
                () -> workersModel.machines().machines().isEmpty());
        waitUntil("its worker left the grid", Duration.ofSeconds(30), () -> workers.getItems().stream()
                .noneMatch(w -> w.name().equals("127.0.0.1") && w.status().startsWith("connected")));
        assertThat(Files.exists(dir.resolve("remote/worker.pid"))).as("no worker process is recorded there").isFalse();
    }

    private void fill(String field, String text) throws Exception {
        TextField node = app.lookup(field);
        DesktopFixture.runFx(() -> node.setText(text));
    }
}
