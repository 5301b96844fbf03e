package org.sentigrid.desktop.workers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.launch.LaunchFailed;
import org.sentigrid.launch.WorkerJar;

/**
 * The grid panel: the live table of workers (refreshed every second), local workers started and
 * stopped, and LAN access (off by default) with the join command for other machines.
 */
public final class WorkersViewModel {
    private final Executor background;
    private final CompletableFuture<GridService> grid;
    private final ObservableList<WorkerRow> workers = FXCollections.observableArrayList();
    private final ObservableList<InetAddress> lanAddresses = FXCollections.observableArrayList();
    private final ObjectProperty<InetAddress> lanAddress = new SimpleObjectProperty<>();
    private final BooleanProperty lanEnabled = new SimpleBooleanProperty(false);
    private final BooleanProperty announce = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper listening = new ReadOnlyStringWrapper("The grid is starting…");
    private final ReadOnlyStringWrapper joinCommand = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, Long> lastUnits = new HashMap<>();
    private final MachinesViewModel machines;
    private final Timeline poll = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> refresh()));
    private Instant lastLook = Instant.now();
    private boolean refreshing;

    public WorkersViewModel(Executor background, CompletableFuture<GridService> grid) {
        this.background = background;
        this.grid = grid;
        this.machines = new MachinesViewModel(background, grid, knownHosts(),
                System.getProperty("sentigrid.remoteFolder", org.sentigrid.launch.RemoteWorker.DEFAULT_FOLDER), message::set);
        grid.whenComplete((service, failure) -> Platform.runLater(() -> {
            busy.set(false);
            if (failure != null) {
                listening.set("The grid could not start; Analyze scores in this process instead.");
            } else {
                describe(service);
            }
        }));
        lanAddresses.setAll(machineAddresses());
        if (!lanAddresses.isEmpty()) {
            lanAddress.set(lanAddresses.get(0));
        }
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    /** Looks at the workers again (in the background; the table changes on the FX thread). */
    public void refresh() {
        GridService service = grid.getNow(null);
        if (service == null || refreshing) {
            return;
        }
        refreshing = true;
        background.execute(() -> {
            List<WorkerStatus> now = service.workers();
            Platform.runLater(() -> {
                refreshing = false;
                show(now);
            });
        });
    }

    private void show(List<WorkerStatus> statuses) {
        Instant look = Instant.now();
        double seconds = Math.max(0.001, Duration.between(lastLook, look).toMillis() / 1000.0);
        List<WorkerRow> rows = new ArrayList<>();
        Map<String, Long> units = new HashMap<>();
        for (WorkerStatus w : statuses) {
            double rate = 0;
            if (w.id() != null) {
                units.put(w.id(), w.unitsDone());
                rate = Math.max(0, (w.unitsDone() - lastUnits.getOrDefault(w.id(), w.unitsDone())) / seconds);
            }
            rows.add(new WorkerRow(w.id(), w.name(), w.host(), w.threads(), w.status(), w.link(), w.batchesDone(), rate,
                    heartbeat(w.lastHeartbeat(), look)));
        }
        lastUnits.clear();
        lastUnits.putAll(units);
        lastLook = look;
        workers.setAll(rows);
    }

    private static String heartbeat(Instant last, Instant now) {
        if (last == null) {
            return "—";
        }
        return String.format(Locale.ENGLISH, "%.1f s ago", Math.max(0, Duration.between(last, now).toMillis() / 1000.0));
    }

    public void addLocalWorker() {
        act("Started a local worker.", GridService::addLocalWorker);
    }

    public void stopLocalWorker() {
        actSaying(service -> {
            String name = service.stopLocalWorker();
            if (name == null) {
                throw new IOException("no local worker is running");
            }
            return "Stopped " + name + "; its batches go to the others.";
        });
    }

    public void disconnect(WorkerRow row) {
        if (row == null || row.id() == null) {
            message.set("Select a connected worker to disconnect.");
            return;
        }
        act("Disconnected " + row.name() + ".", service -> service.disconnect(row.id(), row.name()));
    }

    /** Copies the worker jar into {@code folder}, for the user to take to another machine (in the background). */
    public void saveWorkerJar(Path folder) {
        background.execute(() -> {
            String said;
            try {
                Path saved = Files.copy(WorkerJar.find(), folder.resolve(WorkerJar.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
                said = "Saved " + saved + "; on the other machine run it with the join code: java -jar "
                        + WorkerJar.FILE_NAME + " --join-code ...";
            } catch (LaunchFailed e) {
                said = "That did not work: " + e.getMessage() + ".";
            } catch (IOException e) {
                said = "Could not save the worker jar into " + folder + ": " + (e.getMessage() == null ? e : e.getMessage()) + ".";
            }
            String outcome = said;
            Platform.runLater(() -> message.set(outcome));
        });
    }

    /** Announces the coordinator on the LAN (when LAN access is on), or stops, as the Announce box says. */
    public void applyAnnounce() {
        boolean on = announce.get();
        act(on ? "Announcing on the LAN (without the token): other machines find this grid with sentigrid worker --discover."
                : "No longer announcing on the LAN.", service -> service.announce(on));
    }

    /** Listens on the chosen LAN address when LAN access is on, on loopback when it is off. */
    public void applyLanAccess() {
        announce.set(false); // listening elsewhere stops announcing
        InetAddress address = lanEnabled.get() ? lanAddress.get() : InetAddress.getLoopbackAddress();
        if (address == null) {
            message.set("This machine has no LAN address to listen on.");
            lanEnabled.set(false);
            return;
        }
        act(lanEnabled.get() ? "Workers on the LAN can now join with the command below."
                : "Listening on this machine only again.", service -> service.listenOn(address));
    }

    private interface GridAction {
        void run(GridService service) throws IOException;
    }

    /** A grid action that says what it did once done. */
    private interface SayingGridAction {
        String run(GridService service) throws IOException;
    }

    private void act(String done, GridAction action) {
        actSaying(service -> {
            action.run(service);
            return done;
        });
    }

    /** Runs the action in the background, the panel busy meanwhile; then shows what it said, or why it failed. */
    private void actSaying(SayingGridAction action) {
        GridService service = grid.getNow(null);
        if (service == null || busy.get()) {
            message.set("The grid is busy starting; try again in a moment.");
            return;
        }
        busy.set(true);
        background.execute(() -> {
            String said;
            try {
                said = action.run(service);
            } catch (IOException | RuntimeException e) {
                said = "That did not work: " + (e.getMessage() == null ? e : e.getMessage()) + ".";
            }
            String outcome = said;
            Platform.runLater(() -> {
                busy.set(false);
                message.set(outcome);
                describe(service);
                refresh();
            });
        });
    }

    private void describe(GridService service) {
        if (service.isLoopbackOnly()) {
            listening.set("Listening on " + service.joinAddress() + " (this machine only).");
            joinCommand.set("");
        } else {
            listening.set("Open to the LAN on " + service.joinAddress() + " over TLS; workers join with the code in the command.");
            joinCommand.set(service.joinCommand());
        }
    }

    /** This machine's non-loopback IPv4 and IPv6 addresses of interfaces that are up. */
    private static List<InetAddress> machineAddresses() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (nic.isUp() && !nic.isLoopback()) {
                    nic.inetAddresses().filter(a -> !a.isLinkLocalAddress()).forEach(found::add);
                }
            }
        } catch (SocketException e) {
            // No interfaces to offer: LAN access stays off.
        }
        found.sort((a, b) -> Boolean.compare(a.getAddress().length != 4, b.getAddress().length != 4));
        return found;
    }

    public void stop() {
        poll.stop();
        machines.close();
    }

    /**
     * The SSH host keys Add machine trusts: ~/.ssh/known_hosts, or the file {@code sentigrid.knownHosts} names
     * (tests; {@code sentigrid.remoteFolder} likewise names the folder on the other machine).
     */
    private static Path knownHosts() {
        String file = System.getProperty("sentigrid.knownHosts");
        return file != null ? Path.of(file) : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
    }

    /** Add machine: workers started on other machines over SSH. */
    public MachinesViewModel machines() {
        return machines;
    }

    public ObservableList<WorkerRow> workers() {
        return workers;
    }

    public ObservableList<InetAddress> lanAddresses() {
        return lanAddresses;
    }

    public ObjectProperty<InetAddress> lanAddressProperty() {
        return lanAddress;
    }

    public BooleanProperty lanEnabledProperty() {
        return lanEnabled;
    }

    /** Whether the coordinator announces itself on the LAN (only while LAN access is on). */
    public BooleanProperty announceProperty() {
        return announce;
    }

    /** True while the grid starts or carries out an action: the panel's buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listeningProperty() {
        return listening.getReadOnlyProperty();
    }

    /** The command for another machine; empty while the grid listens on loopback only. */
    public ReadOnlyStringProperty joinCommandProperty() {
        return joinCommand.getReadOnlyProperty();
    }

    /** The join command was copied to the clipboard: says so, and what to do with it. */
    public void joinCommandCopied() {
        message.set("Copied the join command: run it on the other machine.");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
