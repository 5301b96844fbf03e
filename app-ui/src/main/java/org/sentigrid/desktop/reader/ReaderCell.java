package org.sentigrid.desktop.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * One run of the reader: its text in a text flow, each sentence's tint drawn behind it and each counted
 * word's underline beneath it (shapes of the flow's character ranges and of its words' boxes, so they follow its wrapping).
 * A click selects the sentence under the pointer; the selected one is outlined.
 */
final class ReaderCell extends ListCell<ReaderRun> {
    private static final Color OUTLINE = Color.web("#1565c0");

    private final ReaderViewModel model;
    private final RunView view = new RunView();

    ReaderCell(ReaderViewModel model, ListView<ReaderRun> list) {
        this.model = model;
        setPrefWidth(0); // the list's width, not the text's: no sideways scrolling
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        view.prefWidthProperty().bind(list.widthProperty().subtract(28));
        view.setOnMouseClicked(this::clicked);
        getStyleClass().add("reader-cell");
    }

    @Override
    protected void updateItem(ReaderRun run, boolean empty) {
        super.updateItem(run, empty);
        if (empty || run == null) {
            setGraphic(null);
            return;
        }
        view.show(run);
        setGraphic(view);
    }

    private void clicked(MouseEvent e) {
        int at = view.flow.hitTest(view.flow.sceneToLocal(new Point2D(e.getSceneX(), e.getSceneY()))).getCharIndex();
        int index = view.indexAt(at);
        if (index >= 0) {
            model.select(index);
        }
    }

    /** The run's text and its shapes; laid out to the width the cell gives it. */
    private final class RunView extends Region {
        private final TextFlow flow = new TextFlow();
        private final Group tints = new Group();
        private final Group underlines = new Group();
        private ReaderRun run;
        /** Where each piece begins in the flow's text. */
        private int[] starts = new int[0];
        private final List<Text> words = new ArrayList<>();

        RunView() {
            tints.setManaged(false);
            underlines.setManaged(false);
            underlines.setMouseTransparent(true);
            flow.getStyleClass().add("reader-text");
            getChildren().addAll(tints, flow, underlines);
        }

        void show(ReaderRun shown) {
            run = shown;
            flow.getChildren().clear();
            words.clear();
            starts = new int[shown.size()];
            setPadding(new Insets(0, 6, shown.breakAfter() ? 10 : 0, 6));
            int at = 0;
            for (int k = 0; k < shown.size(); k++) {
                if (shown.startsUnit(k)) {
                    flow.getChildren().add(plain(" "));
                    at++;
                }
                starts[k] = at;
                int index = shown.index(k);
                int from = shown.from(k);
                String text = model.text(index);
                int cursor = from;
                for (CountedWord counted : CountedWord.in(model.explanation(index), from, shown.to(k))) {
                    if (counted.start() > cursor) {
                        flow.getChildren().add(plain(text.substring(cursor, counted.start())));
                    }
                    Text word = plain(text.substring(counted.start(), counted.end()));
                    word.getStyleClass().add("reader-word");
                    word.setUserData(counted);
                    Tooltip.install(word, tooltip(counted.describe()));
                    flow.getChildren().add(word);
                    words.add(word);
                    cursor = counted.end();
                }
                if (shown.to(k) > cursor) {
                    flow.getChildren().add(plain(text.substring(cursor, shown.to(k))));
                }
                at += shown.to(k) - from;
            }
            flow.applyCss(); // the text's font, before anything is measured
            requestLayout();
        }

        /** The index of the unit at character {@code at} of the flow (a space between two units is the first's). */
        int indexAt(int at) {
            for (int k = starts.length - 1; k >= 0; k--) {
                if (at >= starts[k]) {
                    return run.index(k);
                }
            }
            return starts.length == 0 ? -1 : run.index(0);
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = (width < 0 ? getPrefWidth() : width) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + flow.prefHeight(Math.max(1, w)) + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            flow.applyCss(); // the first time in a scene, the text had no style yet: shapes must fit the styled text
            flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, flow.prefHeight(w));
            flow.layout();
            for (Group shapes : List.of(tints, underlines)) {
                shapes.setLayoutX(snappedLeftInset()); // not relocate(), which goes by the shapes' bounds
                shapes.setLayoutY(snappedTopInset());
                shapes.getChildren().clear();
            }
            if (run == null) {
                return;
            }
            double threshold = model.thresholdProperty().get();
            int selected = model.selectedIndexProperty().get();
            for (int k = 0; k < run.size(); k++) {
                int index = run.index(k);
                int end = starts[k] + run.to(k) - run.from(k);
                Path tint = new Path(flow.rangeShape(starts[k], end));
                tint.setFill(Tints.sentence(model.compound(index), threshold));
                tint.setStroke(index == selected ? OUTLINE : null);
                tint.setStrokeWidth(2);
                tint.setUserData(index);
                tint.getStyleClass().add(index == selected ? "reader-selected" : "reader-sentence");
                tints.getChildren().add(tint);
            }
            // A word is one text node, never wrapped: its box is the word's (the flow's underline shapes are
            // misplaced on wrapped lines in JavaFX 21).
            for (Text word : words) {
                double valence = ((CountedWord) word.getUserData()).valence();
                var box = word.getBoundsInParent();
                double thickness = Tints.underline(valence);
                Rectangle line = new Rectangle(box.getMinX(), box.getMaxY() - 2, box.getWidth(), thickness);
                line.setFill(Tints.word(valence));
                line.setUserData(valence);
                line.getStyleClass().add("reader-underline");
                underlines.getChildren().add(line);
            }
        }

        private static Text plain(String shown) {
            Text text = new Text(shown);
            text.getStyleClass().add("plain-text");
            return text;
        }

        private static Tooltip tooltip(String text) {
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(150));
            return tip;
        }
    }
}
