package org.sentigrid.desktop.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.groups.GroupCounting;
import org.sentigrid.desktop.groups.GroupsViewModel;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.terms.Kwic;
import org.sentigrid.terms.TermRow;
import org.sentigrid.terms.TermTally;

/**
 * Words across the results: the top terms over every unit of the results, of one document, of one label or
 * of one group of the group column the Groups tab counts by ({@link TermsScope}; counted by the same
 * {@link TermTally} as {@code sentigrid terms}, so the numbers are the command line's), and every
 * occurrence of a word in context ({@link Kwic}, as {@code sentigrid kwic}). Counted in the background
 * when a job ends, when the overlay or the group column changes and on request.
 */
public final class TermsViewModel {
    /** As many rows as {@code sentigrid terms} writes by default. */
    public static final int TOP = 20;
    /** As many groups as the choice of scope offers (the first seen): a choice box of thousands would be no use. */
    public static final int GROUPS_OFFERED = 100;

    private final MainViewModel main;
    private final GroupsViewModel groups;
    private final Executor background;
    private final ObservableList<TermRow> terms = FXCollections.observableArrayList();
    private final ObservableList<KwicRow> occurrences = FXCollections.observableArrayList();
    private final StringProperty word = new SimpleStringProperty("");
    private final ObservableList<TermsScope> scopes = FXCollections.observableArrayList(TermsScope.ALL);
    private final ObjectProperty<TermsScope> scope = new SimpleObjectProperty<>(TermsScope.ALL);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long asked;
    /** Whether the Terms tab has been opened. */
    private boolean shown;

    /** @param groups the Groups tab's, whose group column the groups offered here are of */
    public TermsViewModel(MainViewModel main, GroupsViewModel groups, Executor background) {
        this.main = main;
        this.groups = groups;
        this.background = background;
        main.job().runningProperty().addListener((obs, was, now) -> {
            if (!now && shown) {
                count();
            }
        });
        main.settings().overlayProperty().addListener((obs, old, now) -> {
            if (shown) {
                count();
            }
        });
        groups.groupColumnProperty().addListener((obs, old, now) -> {
            if (shown) {
                count();
            }
        });
        scope.addListener((obs, old, now) -> {
            if (shown && now != null && !now.equals(old)) {
                count();
            }
        });
    }

    /**
     * The Terms tab was opened: counts now, and again after each job and lexicon change. Not before it is
     * first opened: counting explains every unit again over a copy of the results, which for a million
     * units is seconds of work and hundreds of megabytes that nobody asked for. The Groups tab counts
     * from now on too, for the columns to group by.
     */
    public void show() {
        if (!shown) {
            shown = true;
            groups.show();
            count();
        }
    }

    /** Counts the top terms (and finds the word again) over the results as they are now. */
    public void count() {
        long request = ++asked;
        ResultStore copy = main.results().store().copy();
        List<DocumentInput> documents = main.results().analyzedDocuments();
        String column = groups.groupColumnProperty().get();
        SentimentAnalyzer analyzer = main.settings().analyzer();
        double threshold = main.settings().thresholdProperty().get();
        TermsScope over = scope.get();
        inBackground(() -> {
            String[] groupOf = column == null ? null : GroupCounting.groups(copy, documents, column);
            List<TermsScope> offered = offered(copy, column, groupOf);
            List<TermRow> top = offered.contains(over) ? top(copy, analyzer, threshold, over, groupOf) : List.of();
            Platform.runLater(() -> {
                if (request == asked) {
                    offer(offered); // a scope no longer offered goes back to all, which counts again
                }
                if (request == asked) {
                    terms.setAll(top);
                }
            });
        });
        find();
    }

    /** The top terms of the units {@code over} holds ({@code groupOf}: each unit's group, null without a group column). */
    private static List<TermRow> top(ResultStore results, SentimentAnalyzer analyzer, double threshold, TermsScope over,
                                     String[] groupOf) {
        TermTally tally = new TermTally(threshold);
        int from = over.document() < 0 ? 0 : results.documentStart(over.document());
        int to = over.document() < 0 ? results.size() : from + results.documentSize(over.document());
        for (int i = from; i < to; i++) {
            if (over.group() != null && !over.group().equals(groupOf[i])) {
                continue;
            }
            Explanation explanation = analyzer.explain(results.text(i));
            if (over.label() == null || explanation.scores().label(threshold) == over.label()) {
                tally.add("", explanation);
            }
        }
        return tally.top(TOP);
    }

    /**
     * All documents, each document of the results, each label, and the groups of {@code column} in order of first
     * sight ({@code groupOf}: each unit's; null without a group column), the first {@value #GROUPS_OFFERED}.
     */
    private static List<TermsScope> offered(ResultStore results, String column, String[] groupOf) {
        List<TermsScope> offered = new ArrayList<>(List.of(TermsScope.ALL));
        for (int d = 0; d < results.documents(); d++) {
            offered.add(TermsScope.document(d, results.documentName(d)));
        }
        for (SentimentLabel label : SentimentLabel.values()) {
            offered.add(TermsScope.label(label));
        }
        if (groupOf != null) {
            Arrays.stream(groupOf).distinct().limit(GROUPS_OFFERED).forEach(group -> offered.add(TermsScope.group(column, group)));
        }
        return offered;
    }

    /** Offers these scopes; the scope stays if it is still offered. */
    private void offer(List<TermsScope> offered) {
        if (!offered.equals(scopes)) {
            scopes.setAll(offered);
        }
        if (!scopes.contains(scope.get())) {
            scope.set(TermsScope.ALL);
        }
    }

    /** Finds every occurrence of {@link #wordProperty()} in the results. */
    public void find() {
        String wanted = word.get();
        if (wanted == null || wanted.isBlank()) {
            occurrences.clear();
            return;
        }
        ResultStore copy = main.results().store().copy();
        Kwic kwic = new Kwic(wanted, Kwic.DEFAULT_WIDTH, main.settings().thresholdProperty().get());
        SentimentAnalyzer analyzer = main.settings().analyzer();
        inBackground(() -> {
            List<KwicRow> found = new ArrayList<>();
            for (int i = 0; i < copy.size(); i++) {
                int index = i;
                kwic.find(copy.textUnit(i), analyzer.explain(copy.text(i))).forEach(line -> found.add(new KwicRow(index, line)));
            }
            Platform.runLater(() -> {
                if (wanted.equals(word.get())) {
                    occurrences.setAll(found);
                    status.set(String.format(Locale.ENGLISH, "'%s': %,d %s", kwic.word(), found.size(), found.size() == 1 ? "occurrence" : "occurrences"));
                }
            });
        });
    }

    /** Runs a count; none once the window has closed (its job ends as it closes). */
    private void inBackground(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException closed) {
            // The window is closing: nobody will see the count.
        }
    }

    /** The columns of the results' table files, to group by (the Groups tab's). */
    public ObservableList<String> columns() {
        return groups.columns();
    }

    /** The group column, shared with the Groups and Time tabs; null: none (the documents are offered anyway). */
    public ObjectProperty<String> groupColumnProperty() {
        return groups.groupColumnProperty();
    }

    public ObservableList<TermRow> terms() {
        return terms;
    }

    /** What the top terms can be counted over. */
    public ObservableList<TermsScope> scopes() {
        return scopes;
    }

    /** What they are counted over; a change counts again. */
    public ObjectProperty<TermsScope> scopeProperty() {
        return scope;
    }

    public ObservableList<KwicRow> occurrences() {
        return occurrences;
    }

    public StringProperty wordProperty() {
        return word;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
