package org.sentigrid.desktop.workers;

import java.net.InetAddress;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** Binds the grid panel to its view model. */
public final class WorkersController {
    private final WorkersViewModel model;

    @FXML private Button addLocalButton;
    @FXML private Button stopLocalButton;
    @FXML private Button disconnectButton;
    @FXML private Label messageLabel;
    @FXML private TableView<WorkerRow> workerTable;
    @FXML private CheckBox lanToggle;
    @FXML private CheckBox announceToggle;
    @FXML private ChoiceBox<InetAddress> addressChoice;
    @FXML private Label listeningLabel;
    @FXML private TextField joinCommandField;
    @FXML private Button copyJoinButton;
    @FXML private Button addMachineButton;
    @FXML private javafx.scene.layout.StackPane addMachineHolder;
    @FXML private ComboBox<RemoteMachine> machineChoice;
    @FXML private Button stopMachineButton;
    @FXML private Button machineLogButton;

    public WorkersController(WorkersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        workerTable.setItems(model.workers());
        workerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        workerTable.getColumns().setAll(java.util.List.of(
                column("Name", WorkerRow::name, 80),
                column("Host", WorkerRow::host, 70),
                column("Cores", r -> r.cores() == 0 ? "—" : Integer.toString(r.cores()), 45),
                column("Status", WorkerRow::status, 118),
                column("Link", WorkerRow::link, 120),
                column("Batches", r -> String.format(Locale.ENGLISH, "%,d", r.batches()), 60),
                column("Sentences/s", r -> String.format(Locale.ENGLISH, "%,.0f", r.rate()), 92),
                column("Heartbeat", WorkerRow::heartbeat, 80)));
        addLocalButton.disableProperty().bind(model.busyProperty());
        stopLocalButton.disableProperty().bind(model.busyProperty());
        disconnectButton.disableProperty().bind(model.busyProperty()
                .or(workerTable.getSelectionModel().selectedItemProperty().isNull()));
        messageLabel.textProperty().bind(model.messageProperty());
        listeningLabel.textProperty().bind(model.listeningProperty());
        joinCommandField.textProperty().bind(model.joinCommandProperty());
        copyJoinButton.disableProperty().bind(model.joinCommandProperty().isEmpty());
        addressChoice.setItems(model.lanAddresses());
        addressChoice.valueProperty().bindBidirectional(model.lanAddressProperty());
        addressChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(InetAddress address) {
                return address == null ? "" : address.getHostAddress();
            }

            @Override
            public InetAddress fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        addressChoice.disableProperty().bind(model.lanEnabledProperty().or(model.busyProperty()));
        lanToggle.selectedProperty().bindBidirectional(model.lanEnabledProperty());
        lanToggle.disableProperty().bind(model.busyProperty());
        lanToggle.setOnAction(e -> model.applyLanAccess());
        MachinesViewModel machines = model.machines();
        addMachineButton.disableProperty().bind(model.lanEnabledProperty().not().or(model.busyProperty()));
        javafx.scene.control.Tooltip addMachineTip = new javafx.scene.control.Tooltip();
        addMachineTip.textProperty().bind(javafx.beans.binding.Bindings.when(model.lanEnabledProperty())
                .then("Start a worker on another machine over SSH")
                .otherwise("Turn on LAN access (below) first: a worker on another machine joins through it"));
        javafx.scene.control.Tooltip.install(addMachineHolder, addMachineTip);
        machineChoice.setItems(machines.machines());
        machines.machines().addListener((javafx.collections.ListChangeListener<RemoteMachine>) change -> {
            if (machineChoice.getValue() == null || !machines.machines().contains(machineChoice.getValue())) {
                machineChoice.setValue(machines.machines().isEmpty() ? null : machines.machines().get(machines.machines().size() - 1));
            }
        });
        stopMachineButton.disableProperty().bind(machineChoice.valueProperty().isNull());
        machineLogButton.disableProperty().bind(machineChoice.valueProperty().isNull());
        machines.hostKeyQuestionProperty().addListener((property, old, question) -> {
            if (question != null) {
                askAboutHostKey(machines, question.message(), question.fingerprint());
            }
        });
        machines.logProperty().addListener((property, old, lines) -> showLog(lines));
        announceToggle.selectedProperty().bindBidirectional(model.announceProperty());
        announceToggle.disableProperty().bind(model.lanEnabledProperty().not().or(model.busyProperty()));
        announceToggle.setOnAction(e -> model.applyAnnounce());
    }

    private static TableColumn<WorkerRow, String> column(String title, Function<WorkerRow, String> value, double width) {
        TableColumn<WorkerRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    @FXML
    private void addLocal() {
        model.addLocalWorker();
    }

    @FXML
    private void stopLocal() {
        model.stopLocalWorker();
    }

    @FXML
    private void disconnect() {
        model.disconnect(workerTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addMachine() {
        new AddMachineDialog(workerTable.getScene().getWindow()).showAndWait().ifPresent(model.machines()::launch);
    }

    @FXML
    private void stopMachine() {
        model.machines().stop(machineChoice.getValue());
    }

    @FXML
    private void machineLog() {
        model.machines().readLog(machineChoice.getValue());
    }

    private void askAboutHostKey(MachinesViewModel machines, String why, String fingerprint) {
        ButtonType trust = new ButtonType("Trust this key", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", trust, ButtonType.CANCEL);
        alert.initOwner(workerTable.getScene().getWindow());
        alert.setTitle("Unknown host key");
        alert.setHeaderText("This machine is new to you: its host key is " + fingerprint);
        alert.setContentText("Trust it only if it is the machine's key (on the machine, ssh-keygen -lf"
                + " /etc/ssh/ssh_host_ed25519_key.pub shows it). Trusted, it is remembered in known_hosts.");
        if (alert.showAndWait().filter(trust::equals).isPresent()) {
            machines.trustHostKey();
        } else {
            machines.distrustHostKey();
        }
    }

    private void showLog(String lines) {
        if (lines == null || lines.isEmpty()) {
            return;
        }
        TextArea text = new TextArea(lines);
        text.setEditable(false);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(20);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(workerTable.getScene().getWindow());
        alert.setTitle("Worker log");
        alert.setHeaderText("The last lines of the worker's log on " + machineChoice.getValue());
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    @FXML
    private void saveWorkerJar() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save the worker jar into a folder");
        java.io.File folder = chooser.showDialog(workerTable.getScene().getWindow());
        if (folder != null) {
            model.saveWorkerJar(folder.toPath());
        }
    }

    @FXML
    private void copyJoinCommand() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.joinCommandProperty().get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        model.joinCommandCopied();
        // The button itself says so for a moment: the message beside the buttons may be cut in a narrow window.
        copyJoinButton.setText("Copied \u2713");
        javafx.animation.PauseTransition back = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        back.setOnFinished(e -> copyJoinButton.setText("Copy join command"));
        back.play();
    }
}
