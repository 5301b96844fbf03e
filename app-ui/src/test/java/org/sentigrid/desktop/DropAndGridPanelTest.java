package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.desktop.main.DocumentItem;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.workers.WorkerRow;

/** Dropping files on the window, and the grid panel's live table of workers. */
@Tag("ui")
class DropAndGridPanelTest extends DesktopTest {
    @Test
    void filesAndFoldersDroppedAnywhereOnTheWindowAreAddedWithFeedback() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reviews"));
        Files.writeString(folder.resolve("a.txt"), "Good.");
        Files.writeString(folder.resolve("b.txt"), "Bad.");
        Path single = Files.writeString(dir.resolve("single.txt"), "Fine.");
        app = DesktopFixture.open();
        Node somewhere = app.lookup("#resultTable");
        Label overlay = app.lookup("#dropOverlay");
        Dragboard files = onFx(() -> DroppedFiles.of(List.of(folder.toFile(), single.toFile())));

        runFx(() -> Event.fireEvent(somewhere, drag(DragEvent.DRAG_OVER, files, somewhere)));
        assertThat(onFx(overlay::isVisible)).as("drop feedback while dragging over").isTrue();
        runFx(() -> Event.fireEvent(somewhere, drag(DragEvent.DRAG_DROPPED, files, somewhere)));
        assertThat(onFx(overlay::isVisible)).isFalse();

        waitUntil("the dropped files were added", Duration.ofSeconds(20),
                () -> app.window().main().documents().items().size() == 3);
        assertThat(onFx(() -> app.window().main().documents().items().stream().map(DocumentItem::name).toList()))
                .containsExactly("a.txt", "b.txt", "single.txt");
    }

    /**
     * Moving the grid to another address mid-job (LAN access turned on or off) closes the coordinator that holds
     * the job's pieces: they are reported as not scored, the rest go to the new one, and the job ends.
     */
    @Test
    void movingTheGridMidJobReportsThePiecesTheOldCoordinatorHeldAndTheJobEnds() throws Exception {
        int lines = 1_500_000;
        Path big = Files.writeString(dir.resolve("big.txt"), "Good.\nBad.\nFine.\n".repeat(lines / 3));
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(List.of(big), true));
        waitUntil("the job runs", Duration.ofSeconds(60), () -> model.results().store().size() > 0);

        app.window().grid().get(30, TimeUnit.SECONDS).listenOn(InetAddress.getLoopbackAddress());
        waitUntil("the job ended", Duration.ofSeconds(120), () -> !model.job().runningProperty().get());

        List<String> notices = onFx(() -> List.copyOf(model.status().notices()));
        long notScored = 0;
        Matcher units = Pattern.compile("Units (\\d+)–(\\d+) of big\\.txt could not be scored \\(batch \\d+ was not scored: "
                + "the grid stopped").matcher(String.join("\n", notices));
        while (units.find()) {
            notScored += Long.parseLong(units.group(2)) - Long.parseLong(units.group(1)) + 1;
        }
        assertThat(notScored).as("units the old coordinator held, reported: %s", notices).isPositive();
        assertThat(onFx(() -> model.results().store().size()) + notScored).as("every unit scored or reported").isEqualTo(lines);
    }

    @Test
    void theGridPanelListsTheLocalWorkersAndStartsAndStopsThem() throws Exception {
        app = DesktopFixture.open();
        app.robot.clickOn("Grid");
        TableView<WorkerRow> workers = app.lookup("#workerTable");
        waitUntil("local-1 is listed as connected", Duration.ofSeconds(30), () -> workers.getItems().stream()
                .anyMatch(w -> w.name().equals("local-1") && w.status().startsWith("connected") && w.cores() > 0));
        CheckBox lan = app.lookup("#lanToggle");
        TextField joinCommand = app.lookup("#joinCommandField");
        assertThat(onFx(lan::isSelected)).as("LAN access is off by default").isFalse();
        assertThat(DesktopFixture.<String>onFx(joinCommand::getText)).isEmpty();
        assertThat(DesktopFixture.<String>onFx(() -> ((Label) app.lookup("#listeningLabel")).getText())).contains("127.0.0.1", "this machine only");

        app.robot.clickOn("#addLocalButton");
        waitUntil("local-2 joined", Duration.ofSeconds(30), () -> workers.getItems().stream()
                .filter(w -> w.status().startsWith("connected")).map(WorkerRow::name).toList().equals(List.of("local-1", "local-2")));

        app.robot.clickOn("#stopLocalButton");
        waitUntil("local-2 left", Duration.ofSeconds(30), () -> workers.getItems().stream()
                .map(WorkerRow::name).toList().equals(List.of("local-1")));
        // A worker the user stopped is no failure: it is "stopped", by the name the panel shows.
        runFx(() -> { });
        assertThat(DesktopFixture.<String>onFx(() -> app.window().workers().messageProperty().get()))
                .isEqualTo("Stopped local-2; its batches go to the others.");
        assertThat(onFx(() -> List.copyOf(app.window().main().status().notices()))).noneMatch(notice -> notice.contains("gone"));
    }

    /**
     * LAN access on listens on this machine's own LAN address (the local worker joins again there; no
     * other host is involved), shows the join command with the token, and off goes back to loopback.
     */
    @Test
    void lanAccessListensOnTheChosenAddressAndShowsTheJoinCommand() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        var workersModel = app.window().workers();
        java.net.InetAddress address = onFx(() -> workersModel.lanAddressProperty().get());
        org.junit.jupiter.api.Assumptions.assumeTrue(address != null, "this machine has no LAN address");
        app.robot.clickOn("Grid");
        TableView<WorkerRow> workers = app.lookup("#workerTable");
        TextField joinCommand = app.lookup("#joinCommandField");

        // The coordinator's TLS key is made on first LAN use: in a scratch directory, not the user's.
        System.setProperty(org.sentigrid.grid.tls.CoordinatorKeys.DIRECTORY_PROPERTY,
                java.nio.file.Files.createTempDirectory("sentigrid-config").toString());
        app.robot.clickOn("#lanToggle");
        waitUntil("the join command shows", Duration.ofSeconds(30), () -> !joinCommand.getText().isEmpty());
        String command = onFx(joinCommand::getText);
        assertThat(command).startsWith("java -jar sentigrid-worker.jar --join-code sg1:");
        assertThat(org.sentigrid.api.grid.tls.JoinCode.parse(command.substring(command.lastIndexOf(' ') + 1)).address())
                .startsWith(address.getHostAddress() + ":");
        waitUntil("local-1 joined again on the LAN address", Duration.ofSeconds(30), () -> workers.getItems().stream()
                .anyMatch(w -> w.name().equals("local-1") && w.status().startsWith("connected")));

        // Announce: the coordinator is heard on that network, with its fingerprint and never its token.
        try (java.net.MulticastSocket socket = new java.net.MulticastSocket(null)) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(org.sentigrid.api.grid.discovery.Announcement.PORT));
            socket.joinGroup(new java.net.InetSocketAddress(java.net.InetAddress.getByName(
                    org.sentigrid.api.grid.discovery.Announcement.GROUP), 0), java.net.NetworkInterface.getByInetAddress(address));
            socket.setSoTimeout(10_000);
            app.robot.clickOn("#announceToggle");
            byte[] buffer = new byte[1024];
            java.net.DatagramPacket packet = new java.net.DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            var heard = org.sentigrid.api.grid.discovery.Announcement.decode(packet.getData(), packet.getLength());
            var code = org.sentigrid.api.grid.tls.JoinCode.parse(command.substring(command.lastIndexOf(' ') + 1));
            assertThat(heard).isNotNull();
            assertThat(heard.joinAddress()).isEqualTo(code.address());
            assertThat(heard.fingerprint()).isEqualTo(code.fingerprint());
            assertThat(new String(packet.getData(), 0, packet.getLength(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain(code.token());
        }

        app.robot.clickOn("#lanToggle");
        waitUntil("back on loopback", Duration.ofSeconds(30), () -> joinCommand.getText().isEmpty()
                && ((Label) app.lookup("#listeningLabel")).getText().contains("127.0.0.1"));
    }

    @Test
    void theWorkerJarIsSavedIntoAFolderForAnotherMachine() throws Exception {
        app = DesktopFixture.open();
        var workersModel = app.window().workers();
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("usb stick"));

        DesktopFixture.runFx(() -> workersModel.saveWorkerJar(folder));

        waitUntil("saved", Duration.ofSeconds(30), () -> workersModel.messageProperty().get().startsWith("Saved "));
        java.nio.file.Path saved = folder.resolve("sentigrid-worker.jar");
        assertThat(java.nio.file.Files.mismatch(saved, org.sentigrid.launch.WorkerJar.find())).isEqualTo(-1L);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(saved.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.sentigrid.worker.WorkerMain");
        }
    }

    @Test
    void aLocalWorkerKilledMidJobIsStartedAgainAndTheJobLosesNothing() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        var model = app.window().main();
        int paragraphs = 100_000;
        String text = "The room was lovely. The food was awful. We left early.\n\n".repeat(paragraphs);
        runFx(() -> {
            model.documents().paste(text);
            model.analyze();
        });
        waitUntil("some results came in", Duration.ofSeconds(60), () -> model.results().store().size() > 0);
        long pid = app.window().grid().get().localPids().get(0);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);

        app.awaitIdle(Duration.ofMinutes(3));
        assertThat(onFx(() -> model.results().store().size())).isEqualTo(3 * paragraphs);
        assertThat(onFx(() -> List.copyOf(model.status().notices()))).anySatisfy(notice ->
                assertThat(notice).startsWith("A local worker stopped").endsWith("it was started again."));
        assertThat(app.window().grid().get().localPids()).doesNotContain(pid);
    }

    @Test
    void aWorkerThatFallsSilentIsReportedGoneByItsShownName() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        long pid = app.window().grid().get().localPids().get(0);
        signal("STOP", pid);
        try {
            waitUntil("the worker is reported gone", Duration.ofSeconds(30),
                    () -> app.window().main().status().notices().stream().anyMatch(notice -> notice.contains("gone")));
            assertThat(onFx(() -> List.copyOf(app.window().main().status().notices()))).contains(
                    "Worker local-1 is gone (silent for 4 s); its batches run on the other workers.");
        } finally {
            signal("CONT", pid);
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board, Node target) {
        return new DragEvent(target, target, type, board, 10, 10, 10, 10, TransferMode.COPY, null, null, null);
    }

}
