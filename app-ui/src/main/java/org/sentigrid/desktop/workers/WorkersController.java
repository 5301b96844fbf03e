package org.sentigrid.desktop.workers;

import java.net.InetAddress;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

    public WorkersController(WorkersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        workerTable.setItems(model.workers());
        workerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        workerTable.getColumns().setAll(java.util.List.of(
                column("Name", WorkerRow::name, 100),
                column("Host", WorkerRow::host, 100),
                column("Cores", r -> r.cores() == 0 ? "—" : Integer.toString(r.cores()), 55),
                column("Status", WorkerRow::status, 140),
                column("Batches", r -> String.format(Locale.ENGLISH, "%,d", r.batches()), 70),
                column("Sentences/s", r -> String.format(Locale.ENGLISH, "%,.0f", r.rate()), 95),
                column("Last heartbeat", WorkerRow::heartbeat, 110)));
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
    }
}
