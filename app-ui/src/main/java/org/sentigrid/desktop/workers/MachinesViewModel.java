package org.sentigrid.desktop.workers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.launch.LaunchFailed;
import org.sentigrid.launch.RemoteWorker;
import org.sentigrid.launch.SshTarget;
import org.sentigrid.launch.UnknownHostKey;
import org.sentigrid.launch.WorkerJar;
import org.sentigrid.worker.WorkerMain;

/**
 * Add machine: starts a worker on another machine over SSH (the host key checked against known_hosts; a
 * key seen for the first time is shown to the user by its fingerprint to trust or not), and keeps the
 * connection to stop the worker or read its log. The other machine joins with this grid's join code, so
 * LAN access must be on. Every SSH step runs in the background; results come back as messages.
 */
public final class MachinesViewModel {
    private static final long JOIN_WAIT_MILLIS = 30_000;

    private final Executor background;
    private final CompletableFuture<GridService> grid;
    private final Path knownHosts;
    private final String folder;
    private final Consumer<String> messages;
    private final ObservableList<RemoteMachine> machines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HostKeyQuestion> hostKeyQuestion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper log = new ReadOnlyStringWrapper("");
    /** The launch that waits for the user's answer about a host key. */
    private MachineRequest asking;

    /**
     * @param knownHosts the host keys to trust (the user's known_hosts)
     * @param folder     the folder for the worker on each machine, relative to the user's home there
     */
    public MachinesViewModel(Executor background, CompletableFuture<GridService> grid, Path knownHosts, String folder,
                             Consumer<String> messages) {
        this.background = background;
        this.grid = grid;
        this.knownHosts = knownHosts;
        this.folder = folder;
        this.messages = messages;
    }

    /** Starts a worker on the machine of {@code request}. */
    public void launch(MachineRequest request) {
        launch(request, null);
    }

    /** The user trusts the host key in question: the launch goes on with it. */
    public void trustHostKey() {
        HostKeyQuestion question = hostKeyQuestion.get();
        MachineRequest request = asking;
        hostKeyQuestion.set(null);
        asking = null;
        if (question != null && request != null) {
            launch(request, question.fingerprint());
        }
    }

    /** The user does not trust it: nothing is started. */
    public void distrustHostKey() {
        if (asking != null && asking.password() != null) {
            Arrays.fill(asking.password(), '\0');
        }
        hostKeyQuestion.set(null);
        asking = null;
        messages.accept("Nothing was started: the machine's host key was not trusted.");
    }

    private void launch(MachineRequest request, String acceptHostKey) {
        GridService service = grid.getNow(null);
        String code = service == null ? null : service.joinCode().orElse(null);
        if (code == null) {
            messages.accept("Turn on LAN access first: the other machine joins this one over the LAN.");
            return;
        }
        SshTarget target;
        try {
            target = SshTarget.parse(request.target());
        } catch (IllegalArgumentException e) {
            wipe(request);
            messages.accept("Nothing was started: " + e.getMessage() + ".");
            return;
        }
        String name = target.host();
        messages.accept("Connecting to " + target + "…");
        background.execute(() -> {
            RemoteWorker connection = null;
            try {
                connection = RemoteWorker.connect(target, request.identity(), request.password(), knownHosts,
                        acceptHostKey, folder);
                wipe(request);
                say("Checking Java and copying the worker to " + name + "…");
                connection.checkJava();
                connection.install(WorkerJar.find());
                connection.start(List.of("--name", name), Map.of(WorkerMain.JOIN_CODE_VARIABLE, code));
                RemoteMachine machine = new RemoteMachine(name, connection);
                Platform.runLater(() -> machines.add(machine));
                say(awaitJoin(connection, name));
            } catch (UnknownHostKey question) {
                Platform.runLater(() -> {
                    asking = request;
                    hostKeyQuestion.set(new HostKeyQuestion(question.getMessage(), question.fingerprint()));
                });
            } catch (LaunchFailed e) {
                wipe(request);
                if (connection != null) {
                    connection.close();
                }
                say("Could not start a worker on " + name + ": " + e.getMessage() + ".");
            }
        });
    }

    private static String awaitJoin(RemoteWorker connection, String name) throws LaunchFailed {
        return switch (connection.awaitJoin(JOIN_WAIT_MILLIS)) {
            case JOINED -> "The worker on " + name + " joined.";
            case STOPPED -> "The worker on " + name + " stopped before joining; see its log.";
            case NOT_YET -> "The worker on " + name + " runs but has not joined yet; see its log.";
        };
    }

    /** Stops the worker on {@code machine} over SSH (it finishes or hands back its batches first). */
    public void stop(RemoteMachine machine) {
        if (machine == null) {
            messages.accept("Choose a machine to stop.");
            return;
        }
        messages.accept("Stopping the worker on " + machine.name() + "…");
        background.execute(() -> {
            try {
                boolean stopped = machine.connection().stop();
                machine.connection().close();
                Platform.runLater(() -> machines.remove(machine));
                say(stopped ? "Stopped the worker on " + machine.name() + "." : "No worker was running on " + machine.name() + ".");
            } catch (LaunchFailed e) {
                say("Could not stop the worker on " + machine.name() + ": " + e.getMessage() + ".");
            }
        });
    }

    /** Reads the last lines of the worker's log on {@code machine} into {@link #logProperty}. */
    public void readLog(RemoteMachine machine) {
        if (machine == null) {
            messages.accept("Choose a machine to see its worker's log.");
            return;
        }
        background.execute(() -> {
            try {
                String lines = machine.connection().log(40);
                Platform.runLater(() -> {
                    log.set(""); // the same lines again are still shown again
                    log.set(lines.isEmpty() ? "(the log is empty)" : lines);
                });
            } catch (LaunchFailed e) {
                say("Could not read the log on " + machine.name() + ": " + e.getMessage() + ".");
            }
        });
    }

    /** Closes the SSH connections (the workers go on until their coordinator is gone). */
    public void close() {
        machines.forEach(machine -> machine.connection().close());
    }

    private void say(String message) {
        Platform.runLater(() -> messages.accept(message));
    }

    private static void wipe(MachineRequest request) {
        if (request.password() != null) {
            Arrays.fill(request.password(), '\0');
        }
    }

    public ObservableList<RemoteMachine> machines() {
        return machines;
    }

    /**
     * A machine's host key seen for the first time, for the user to trust or not.
     *
     * @param message     what happened, in words
     * @param fingerprint the key's fingerprint as OpenSSH shows it ({@code SHA256:...})
     */
    public record HostKeyQuestion(String message, String fingerprint) {
    }

    /** A host key seen for the first time, waiting for the user to trust it or not; null when none. */
    public ReadOnlyObjectProperty<HostKeyQuestion> hostKeyQuestionProperty() {
        return hostKeyQuestion.getReadOnlyProperty();
    }

    /** The last log lines read. */
    public ReadOnlyStringProperty logProperty() {
        return log.getReadOnlyProperty();
    }
}
