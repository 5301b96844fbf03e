package org.sentigrid.desktop.explain;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.sentigrid.api.SentimentScores;

/**
 * Shows an {@link Explained}: the sentence with each scored word tinted by its contribution (green
 * positive, red negative, stronger for larger valences), a tooltip per word with its lexicon valence,
 * final valence and the rules that applied, and the four scores.
 */
public final class ExplanationView extends VBox {
    /** A valence this large (VADER's scale tops out near 4) gets the full tint. */
    private static final double FULL_TINT = 3.0;

    private final TextFlow sentence = new TextFlow();
    private final FlowPane scores = new FlowPane(18, 6);
    private final Label heading = new Label("Select a sentence to see which words drove its score.");

    public ExplanationView() {
        getStyleClass().add("explanation");
        setSpacing(10);
        heading.getStyleClass().add("explanation-heading");
        heading.setWrapText(true);
        sentence.getStyleClass().add("explanation-sentence");
        getChildren().addAll(heading, sentence, scores);
    }

    /** Shows this explanation; null shows the hint. */
    public void show(Explained explained) {
        sentence.getChildren().clear();
        scores.getChildren().clear();
        if (explained == null) {
            heading.setText("Select a sentence to see which words drove its score.");
            return;
        }
        heading.setText(explained.document() + ", #" + explained.unit());
        String text = explained.text();
        int at = 0;
        for (Explained.Word token : explained.words()) {
            if (token.start() < at || token.end() > text.length()) {
                continue; // emoji descriptions share their emoji's place: it is tinted once
            }
            if (token.start() > at) {
                sentence.getChildren().add(plain(text.substring(at, token.start())));
            }
            sentence.getChildren().add(word(text.substring(token.start(), token.end()), token));
            at = token.end();
        }
        if (at < text.length()) {
            sentence.getChildren().add(plain(text.substring(at)));
        }
        SentimentScores s = explained.scores();
        // The shares with VADER's own 3 decimals, as the table and the exports have them; compound with 4.
        scores.getChildren().addAll(score("compound", Explained.decimal(s.compound())), score("positive", share(s.pos())),
                score("neutral", share(s.neu())), score("negative", share(s.neg())));
        if (explained.punctuationEmphasis() != 0) {
            scores.getChildren().add(score("punctuation emphasis", Explained.decimal(explained.punctuationEmphasis())));
        }
    }

    /** Text between the scored words (spaces, punctuation the tokenizer dropped). */
    private static Text plain(String shown) {
        Text plain = new Text(shown);
        plain.getStyleClass().add("plain-text");
        return plain;
    }

    private static Label word(String shown, Explained.Word token) {
        Label word = new Label(shown);
        word.getStyleClass().add("explained-word");
        double valence = token.valence();
        if (valence != 0) {
            Color tint = valence > 0 ? Color.web("#2e7d32") : Color.web("#c62828");
            double alpha = 0.15 + 0.65 * Math.min(1, Math.abs(valence) / FULL_TINT);
            word.setStyle("-fx-background-color: " + rgba(tint, alpha) + ";");
        }
        Tooltip tip = new Tooltip(token.description());
        tip.setShowDelay(Duration.millis(150));
        word.setTooltip(tip);
        return word;
    }

    private static Label score(String name, String value) {
        Label label = new Label(name + " " + value);
        label.getStyleClass().add("explained-score");
        return label;
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String rgba(Color color, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255), alpha);
    }
}
