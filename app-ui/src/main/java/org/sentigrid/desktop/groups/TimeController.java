package org.sentigrid.desktop.groups;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.sentigrid.desktop.charts.CanvasChart;
import org.sentigrid.desktop.charts.ChartOrTable;
import org.sentigrid.desktop.charts.ScoredPoints;
import org.sentigrid.desktop.charts.TimeChart;
import org.sentigrid.summary.Period;

/** Binds the Time tab to its view model: the time column, the period, the group column, and a click on a point or bar. */
public final class TimeController {
    private final GroupsViewModel model;
    private final TimeChart chart;

    @FXML private ChoiceBox<String> timeChoice;
    @FXML private ChoiceBox<Period> everyChoice;
    @FXML private ChoiceBox<String> groupChoice;
    @FXML private Label timeStatus;
    @FXML private StackPane timeHolder;

    public TimeController(GroupsViewModel model, ScoredPoints points) {
        this.model = model;
        this.chart = new TimeChart(points);
    }

    @FXML
    private void initialize() {
        ColumnChoices.bind(timeChoice, model.columns(), model.timeColumnProperty(), "(choose a column)");
        ColumnChoices.bind(groupChoice, model.columns(), model.groupColumnProperty(), "each document");
        everyChoice.getItems().setAll(Period.values());
        everyChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Period period) {
                return period == null ? "" : period.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Period fromString(String text) {
                return Period.fromId(text);
            }
        });
        everyChoice.valueProperty().bindBidirectional(model.everyProperty());
        timeStatus.textProperty().bind(model.statusProperty());
        timeHolder.getChildren().add(new ChartOrTable(chart));
        chart.follow(model.periodsProperty());
        chart.setOnPick(model::showPeriod);
    }

    /** The chart, for its picture and its palette. */
    public CanvasChart chart() {
        return chart;
    }
}
