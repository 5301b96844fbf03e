package org.sentigrid.desktop.groups;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.sentigrid.desktop.charts.CanvasChart;
import org.sentigrid.desktop.charts.ChartOrTable;
import org.sentigrid.desktop.charts.GroupsChart;
import org.sentigrid.desktop.charts.ScoredPoints;

/** Binds the Groups tab to its view model: the group column, the order, and a click on a group. */
public final class GroupsController {
    private final GroupsViewModel model;
    private final GroupsChart chart;

    @FXML private ChoiceBox<String> groupChoice;
    @FXML private ChoiceBox<GroupsViewModel.Order> orderChoice;
    @FXML private Label groupsStatus;
    @FXML private StackPane groupsHolder;

    public GroupsController(GroupsViewModel model, ScoredPoints points) {
        this.model = model;
        this.chart = new GroupsChart(points);
    }

    @FXML
    private void initialize() {
        ColumnChoices.bind(groupChoice, model.columns(), model.groupColumnProperty(), "each document");
        orderChoice.getItems().setAll(GroupsViewModel.Order.values());
        orderChoice.valueProperty().bindBidirectional(model.orderProperty());
        groupsStatus.textProperty().bind(model.statusProperty());
        groupsHolder.getChildren().add(new ChartOrTable(chart));
        chart.follow(model.groupsProperty());
        chart.setOnPick(model::showGroup);
    }

    /** The chart, for its picture and its palette. */
    public CanvasChart chart() {
        return chart;
    }
}
