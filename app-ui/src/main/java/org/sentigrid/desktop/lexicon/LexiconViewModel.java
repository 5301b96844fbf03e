package org.sentigrid.desktop.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.engine.ShippedLists;

/**
 * The lexicon editor: the engine's lexicon, idioms, boosters and emoji with the user's overlay on top,
 * searchable; edits go into the overlay (the main view model's, so the next job, the session and the
 * journal carry it), and each edit is scored at once on the units of the results that contain the word
 * (the others cannot change), which the table and charts then show.
 */
public final class LexiconViewModel {
    private final MainViewModel main;
    private final Executor background;
    private final ObservableList<LexiconRow> all = FXCollections.observableArrayList();
    private final FilteredList<LexiconRow> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<ChangedUnit> changes = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ShippedLists shipped;
    private EngineMode shippedMode;

    public LexiconViewModel(MainViewModel main, Executor background) {
        this.main = main;
        this.background = background;
        search.addListener((obs, old, now) -> filter());
        main.settings().overlayProperty().addListener((obs, old, now) -> rebuild());
        main.settings().engineProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private ObjectProperty<LexiconOverlay> overlay() {
        return main.settings().overlayProperty();
    }

    /** Adds a word or phrase to the overlay, or changes it: {@code value} is a valence from -4 to 4, booster, dampener or remove. */
    public boolean set(String word, String value) {
        LexiconOverlay before = overlay().get();
        try {
            return edit(word, before.with(word, value));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    /**
     * Removes a word: an overlay word the shipped lists do not have is dropped from the overlay; a shipped
     * one gets a {@code remove} entry.
     */
    public boolean remove(String word) {
        String lower = Explanation.lowerCase(word.strip());
        boolean shippedWord = shipped.words().containsKey(lower) || shipped.idioms().containsKey(lower)
                || shipped.boosters().containsKey(lower);
        LexiconOverlay before = overlay().get();
        return edit(word, shippedWord ? before.with(word, "remove") : before.without(word));
    }

    /** Takes the overlay's entry for a word out, so the shipped one (if any) holds again. */
    public boolean revert(String word) {
        return edit(word, overlay().get().without(word));
    }

    private boolean edit(String word, LexiconOverlay after) {
        LexiconOverlay before = overlay().get();
        if (after.equals(before)) {
            status.set("'" + word.strip() + "' is like that already.");
            return false;
        }
        overlay().set(after);
        liveEffect(word);
        return true;
    }

    /** Scores again the units of the results that contain the word (or one of its emoji), and shows what changed. */
    private void liveEffect(String word) {
        changes.clear();
        if (main.job().runningProperty().get()) {
            status.set("The overlay changed; the results of the job that runs keep the old lexicon until you analyze again.");
            return;
        }
        ResultStore copy = main.results().store().copy();
        SentimentAnalyzer analyzer = main.settings().analyzer();
        double threshold = main.settings().thresholdProperty().get();
        List<String> needles = needles(word);
        background.execute(() -> {
            List<ChangedUnit> changed = new ArrayList<>();
            for (int i = 0; i < copy.size(); i++) {
                String text = copy.text(i);
                String lower = Explanation.lowerCase(text);
                if (needles.stream().noneMatch(lower::contains)) {
                    continue;
                }
                SentimentScores now = analyzer.score(text);
                SentimentScores was = copy.scores(i);
                if (!now.equals(was)) {
                    changed.add(new ChangedUnit(i, copy.documentName(copy.document(i)), copy.unit(i), text,
                            was.compound(), was.label(threshold), now, now.label(threshold)));
                }
            }
            Platform.runLater(() -> {
                if (analyzer != main.settings().analyzer() || main.results().store().size() != copy.size()) {
                    return; // another edit or another job came since
                }
                int[] indices = changed.stream().mapToInt(ChangedUnit::index).toArray();
                SentimentScores[] scores = changed.stream().map(ChangedUnit::newScores).toArray(SentimentScores[]::new);
                main.results().rescore(indices, scores);
                changes.setAll(changed);
                status.set(String.format(Locale.ENGLISH, "'%s': %,d of %,d units changed their score.", word.strip(),
                        changed.size(), copy.size()));
            });
        });
    }

    /** What a unit must contain for the word to count in it: the word (a phrase's first word), or an emoji described by it. */
    private List<String> needles(String word) {
        String lower = Explanation.lowerCase(word.strip());
        String first = lower.split("\\s+")[0];
        List<String> needles = new ArrayList<>(List.of(first));
        shipped.emoji().forEach((emoji, description) -> {
            if ((" " + description + " ").contains(" " + first + " ")) {
                needles.add(emoji);
            }
        });
        return needles;
    }

    /** Reads an overlay file in place of the overlay; the results are scored again where it differs. */
    public void load(Path file) {
        background.execute(() -> {
            try {
                LexiconOverlay read = LexiconOverlay.read(file);
                Platform.runLater(() -> {
                    overlay().set(read);
                    status.set(String.format(Locale.ENGLISH, "Loaded %,d entries from %s; analyze again to score every unit with them.",
                            read.entries().size(), file.getFileName()));
                });
            } catch (IOException e) {
                Platform.runLater(() -> status.set("The overlay was not loaded: " + e.getMessage()));
            }
        });
    }

    /** Saves the overlay in the --lexicon file format. */
    public void save(Path file) {
        String text = overlay().get().text();
        background.execute(() -> {
            try {
                Path part = file.resolveSibling("." + file.getFileName() + ".part");
                Files.writeString(part, text, StandardCharsets.UTF_8);
                Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Platform.runLater(() -> status.set("Saved the overlay to " + file.getFileName()
                        + "; use it on the command line with --lexicon " + file.getFileName() + "."));
            } catch (IOException e) {
                Platform.runLater(() -> status.set("The overlay was not saved: " + e.getMessage()));
            }
        });
    }

    /** Ranks words to add, from the rows the table shows (see {@link Suggestions}). */
    public void suggest() {
        ResultStore copy = main.results().store().copy();
        int[] shownRows = main.results().rows().indices();
        SentimentAnalyzer analyzer = main.settings().analyzer();
        background.execute(() -> {
            List<Suggestion> ranked = Suggestions.rank(copy, shownRows, analyzer, 50);
            Platform.runLater(() -> suggestions.setAll(ranked));
        });
    }

    private void rebuild() {
        EngineMode mode = main.settings().engineProperty().get();
        if (shippedMode != mode) {
            shipped = ShippedLists.of(mode);
            shippedMode = mode;
        }
        LexiconOverlay current = overlay().get();
        List<LexiconRow> rows = new ArrayList<>(shipped.words().size() + 64);
        current.entries().forEach((word, entry) -> rows.add(new LexiconRow(word, entry.valenceText(), LexiconRow.OVERLAY)));
        shipped.words().forEach((word, valence) -> add(rows, current, word, Double.toString(valence), LexiconRow.VADER));
        shipped.idioms().forEach((phrase, valence) -> add(rows, current, phrase, Double.toString(valence), LexiconRow.IDIOM));
        shipped.boosters().forEach((phrase, value) -> add(rows, current, phrase, value > 0 ? "booster" : "dampener", LexiconRow.BOOSTER));
        shipped.emoji().forEach((emoji, description) -> rows.add(new LexiconRow(emoji, description, LexiconRow.EMOJI)));
        all.setAll(rows);
        filter();
    }

    /** A shipped entry, unless the overlay replaces it (then the overlay's row stands for it). */
    private static void add(List<LexiconRow> rows, LexiconOverlay overlay, String word, String value, String source) {
        if (!overlay.entries().containsKey(word)) {
            rows.add(new LexiconRow(word, value, source));
        }
    }

    private void filter() {
        String wanted = search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(wanted.isEmpty() ? null
                : row -> row.word().contains(wanted) || (row.source().equals(LexiconRow.EMOJI) && row.value().contains(wanted)));
    }

    public ObservableList<LexiconRow> rows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ChangedUnit> changes() {
        return changes;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
