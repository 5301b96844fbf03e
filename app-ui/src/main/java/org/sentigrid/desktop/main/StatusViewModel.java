package org.sentigrid.desktop.main;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the main screen's status bar shows (the progress bar, its text, the status line) and the notices
 * the window shows as notifications. Every part of the main screen tells the user through it. FX thread.
 */
public final class StatusViewModel {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Type or paste text, or open files (Ctrl+O), then Analyze (Ctrl+Enter).");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    /*
     * The read-only view handed out, made once: a view listens to its list only weakly, so a view made
     * per call, and the listeners put on it, would be collected, and the window would show no notice again.
     */
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices);

    /** Tells the user something in one plain sentence (the view shows it as a notification). */
    public void notice(String message) {
        notices.add(message);
        status.set(message);
    }

    /** Says something in the status line only. */
    void set(String message) {
        status.set(message);
    }

    /** The progress bar empties and its text goes. */
    void clearProgress() {
        progress.set(0);
        progressText.set("");
    }

    void progress(double share) {
        progress.set(share);
    }

    void progressText(String text) {
        progressText.set(text);
    }

    /** "3 documents", "1 document", "1,024 units": a count with its noun, in the window's number format. */
    static String plural(long count, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every notice so far, oldest first. */
    public ObservableList<String> notices() {
        return noticesView;
    }
}
