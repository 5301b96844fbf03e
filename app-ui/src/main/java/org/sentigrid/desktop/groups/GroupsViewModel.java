package org.sentigrid.desktop.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.summary.DateReader;
import org.sentigrid.summary.Period;
import org.sentigrid.summary.Tally;

/**
 * The Groups and Time tabs: the results counted by a column of their table files (or by document) and by
 * period of a date column, as {@code sentigrid summarize --group-by COL --time COL --every P} counts them
 * ({@link GroupCounting}). Counted in the background once either tab is opened, and again when the results,
 * the threshold or a choice here change. A group, or a group's period, picked here limits the main table to
 * its units.
 */
public final class GroupsViewModel {
    /** How the Groups chart orders its groups. */
    public enum Order {
        MEAN("by mean"), NAME("by name"), COUNT("by count");

        private final String text;

        Order(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final MainViewModel main;
    private final Executor background;
    /** The group column; null: by document. */
    private final ObjectProperty<String> groupColumn = new SimpleObjectProperty<>(this, "groupColumn");
    /** The time column; null: none (the Time chart asks for one). */
    private final ObjectProperty<String> timeColumn = new SimpleObjectProperty<>(this, "timeColumn");
    private final ObjectProperty<Period> every = new SimpleObjectProperty<>(this, "every", Period.MONTH);
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.MEAN);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Tally.Row>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());
    private final ReadOnlyObjectWrapper<List<Tally.Row>> periods = new ReadOnlyObjectWrapper<>(this, "periods", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private GroupCounting.Counted byGroup = GroupCounting.Counted.NONE;
    private GroupCounting.Counted byPeriod = GroupCounting.Counted.NONE;
    private boolean shown;
    private boolean countAsked;
    private long asked;
    /** The last notice about dates that are none, so that a count again (a new threshold) does not repeat it. */
    private String lastDatesNotice;

    public GroupsViewModel(MainViewModel main, Executor background) {
        this.main = main;
        this.background = background;
        // The results changed (a job ended, a session opened, the threshold or the lexicon changed): count again.
        main.results().resultsVersionProperty().addListener(observable -> {
            if (!main.job().runningProperty().get()) {
                countSoon();
            }
        });
        groupColumn.addListener(observable -> countSoon());
        timeColumn.addListener(observable -> countSoon());
        every.addListener(observable -> countSoon());
        order.addListener(observable -> groups.set(sorted(byGroup.rows())));
    }

    /** The Groups or the Time tab was opened: counts now, and from then on whenever the results change. */
    public void show() {
        if (!shown) {
            shown = true;
            countSoon();
        }
    }

    /** Counts once this pulse, however many changes asked for it. */
    private void countSoon() {
        if (shown && !countAsked) {
            countAsked = true;
            Platform.runLater(this::count);
        }
    }

    /** Counts the results as they are now, in the background. */
    public void count() {
        countAsked = false;
        long request = ++asked;
        ResultStore copy = main.results().store().copy();
        List<DocumentInput> documents = main.results().analyzedDocuments();
        double threshold = main.settings().thresholdProperty().get();
        String group = groupColumn.get();
        String time = timeColumn.get();
        Period period = every.get();
        status.set(String.format(Locale.ENGLISH, "Counting %,d units…", copy.size()));
        try {
            background.execute(() -> {
                List<String> found = GroupCounting.columns(documents);
                DateReader dates = new DateReader(null);
                GroupCounting.Counted counted = GroupCounting.count(copy, documents, threshold, group, null, period, dates);
                GroupCounting.Counted timed = time == null ? GroupCounting.Counted.NONE
                        : GroupCounting.count(copy, documents, threshold, group, time, period, dates);
                Platform.runLater(() -> {
                    if (request == asked) {
                        show(found, counted, timed, group, time);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            // The window is closing.
        }
    }

    private void show(List<String> found, GroupCounting.Counted counted, GroupCounting.Counted timed, String group, String time) {
        List<String> offered = new ArrayList<>(found);
        for (String chosen : new String[] {group, time}) {
            if (chosen != null && !offered.contains(chosen)) {
                offered.add(chosen); // still chosen, though no file has it now
            }
        }
        if (!columns.equals(offered)) {
            columns.setAll(offered);
        }
        byGroup = counted;
        byPeriod = timed;
        groups.set(sorted(counted.rows()));
        periods.set(timed.rows());
        status.set(String.format(Locale.ENGLISH, "%,d group%s%s.", counted.rows().size(), counted.rows().size() == 1 ? "" : "s",
                time == null ? "" : String.format(Locale.ENGLISH, "; %,d period%s of %s", distinctPeriods(timed.rows()),
                        distinctPeriods(timed.rows()) == 1 ? "" : "s", time)));
        List<String> problems = new ArrayList<>(counted.problems());
        if (timed.undated() > 0) {
            problems.add(String.format(Locale.ENGLISH, "%,d unit%s had a \"%s\" that is not a date Sentigrid reads (the first: %s);"
                    + " the Time chart leaves them out.", timed.undated(), timed.undated() == 1 ? "" : "s", time, timed.firstUndated()));
        }
        String notice = problems.isEmpty() ? null : String.join("\n", problems);
        if (notice != null && !notice.equals(lastDatesNotice)) {
            main.notice(notice);
        }
        lastDatesNotice = notice;
    }

    private static long distinctPeriods(List<Tally.Row> rows) {
        return rows.stream().map(Tally.Row::period).distinct().count();
    }

    private List<Tally.Row> sorted(List<Tally.Row> rows) {
        Comparator<Tally.Row> by = switch (order.get()) {
            case MEAN -> Comparator.comparingDouble(Tally.Row::meanCompound).reversed();
            case NAME -> Comparator.comparing(Tally.Row::group, String.CASE_INSENSITIVE_ORDER);
            case COUNT -> Comparator.comparingLong(Tally.Row::units).reversed();
        };
        return rows.stream().sorted(by).toList();
    }

    /** The main table shows the units of this group. */
    public void showGroup(Tally.Row group) {
        main.results().showOnly(byGroup.units(row -> row.group().equals(group.group())), "group " + name(group.group()));
    }

    /** The main table shows the units of this period: of one group, or of every group ({@code group} null). */
    public void showPeriod(String group, LocalDate period) {
        main.results().showOnly(byPeriod.units(row -> row.period().equals(period) && (group == null || row.group().equals(group))),
                (group == null ? "" : "group " + name(group) + ", ") + every.get().name().toLowerCase(Locale.ROOT) + " of " + period);
    }

    /** How a group is named where people read it: the empty group as "(no value)". */
    public static String name(String group) {
        return group.isEmpty() ? "(no value)" : "\"" + group + "\"";
    }

    public ObjectProperty<String> groupColumnProperty() {
        return groupColumn;
    }

    public ObjectProperty<String> timeColumnProperty() {
        return timeColumn;
    }

    public ObjectProperty<Period> everyProperty() {
        return every;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** The columns of the results' table files, to group or date by. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** Each group's row ({@code summarize --group-by}'s), in the order chosen. */
    public ReadOnlyObjectProperty<List<Tally.Row>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** Each group's row per period ({@code summarize --group-by --time --every}'s), in summarize's order; empty without a time column. */
    public ReadOnlyObjectProperty<List<Tally.Row>> periodsProperty() {
        return periods.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
