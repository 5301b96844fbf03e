package org.sentigrid.desktop.workers;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to start a worker over SSH: host, port, user, and a private key file or a password (the
 * password is used once and kept nowhere). The OK button waits until the answer can be used.
 */
final class AddMachineDialog extends Dialog<MachineRequest> {
    AddMachineDialog(Window owner) {
        initOwner(owner);
        setTitle("Add machine");
        setHeaderText("Start a worker on another machine over SSH. It needs Java 17 there; this grid's LAN access must be on.");
        TextField host = field("hostField", "192.168.1.30");
        TextField port = field("portField", "22");
        port.setText("22");
        TextField user = field("userField", "user name there");
        user.setText(System.getProperty("user.name", ""));
        TextField key = field("keyField", "a key file; or empty, for a password");
        Path defaultKey = Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519");
        if (defaultKey.toFile().isFile()) {
            key.setText(defaultKey.toString());
        }
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("The private key to log in with");
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                key.setText(chosen.getPath());
            }
        });
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        password.setPromptText("only without a key; never stored");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("Host"), host);
        form.addRow(1, new Label("Port"), port);
        form.addRow(2, new Label("User"), user);
        form.addRow(3, new Label("Private key"), key, browse);
        form.addRow(4, new Label("Password"), password);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(host.textProperty().isEmpty()
                .or(user.textProperty().isEmpty()).or(port.textProperty().isEmpty())
                .or(key.textProperty().isEmpty().and(password.textProperty().isEmpty())));
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            String hostText = host.getText().strip();
            String target = user.getText().strip() + "@" + (hostText.contains(":") ? "[" + hostText + "]" : hostText)
                    + ":" + port.getText().strip();
            return new MachineRequest(target, key.getText().isBlank() ? null : Path.of(key.getText().strip()),
                    password.getText().isEmpty() ? null : password.getText().toCharArray());
        });
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }
}
