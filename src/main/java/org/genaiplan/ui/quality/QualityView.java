package org.genaiplan.ui.quality;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.genaiplan.ui.EditTarget;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Quality tab: the quality plan's metrics (group, how measured, target, warning, latest value, status, sample
 * size, measuring task, gate fed) above the trend chart of the chosen metric, with the import of evaluation results.
 */
public final class QualityView extends BorderPane implements EditTarget.WithoutClipboard {
    private final QualityViewModel model;
    private final TableView<MetricRow> table = new TableView<>();
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label empty = new Label("Choose a metric to see its trend; import evaluation results to add values.");

    /**
     * @param chooseFile asks for the CSV to import (empty: cancelled)
     * @param showProblems shows the rows an import could not read (title, lines)
     */
    public QualityView(QualityViewModel model, Supplier<Optional<Path>> chooseFile,
                       java.util.function.BiConsumer<String, List<String>> showProblems) {
        this.model = model;
        getStyleClass().add("quality-view");
        getStylesheets().add(QualityView.class.getResource("quality.css").toExternalForm());
        setId("qualityView");
        Button importButton = new Button("Import evaluation results\u2026", new FontIcon("mdi2f-file-import-outline"));
        importButton.setId("qualityImport");
        importButton.setTooltip(new Tooltip("Add measurements from a CSV file: metric, date, value, then optionally"
                + " sample size, source and note"));
        importButton.setOnAction(e -> chooseFile.get().ifPresent(file -> {
            List<String> problems = model.importEvaluation(file);
            if (problems != null) {
                showProblems.accept(file.getFileName() + " was not imported", problems);
            }
        }));
        Button addMetric = new Button("Add metric\u2026");
        addMetric.setId("qualityAddMetric");
        addMetric.setOnAction(e -> MetricDialog.ask(window(), model.metricInput(null), true)
                .ifPresent(in -> model.putMetric(in, true)));
        Button editMetric = new Button("Edit metric\u2026");
        editMetric.setId("qualityEditMetric");
        editMetric.setTooltip(new Tooltip("Change the chosen metric's target, warning threshold, unit or sample size"));
        editMetric.setOnAction(e -> editSelected());
        Button gate = new Button("Gates\u2026");
        gate.setId("qualityGate");
        gate.setTooltip(new Tooltip("Make a milestone a gate or change the chosen gate's criteria"));
        gate.setOnAction(e -> editGate());
        Label summary = new Label();
        summary.setId("qualitySummary");
        summary.getStyleClass().add("quality-summary");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, importButton, addMetric, editMetric, gate, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("quality-bar");
        setTop(bar);

        table.setId("qualityMetrics");
        table.setItems(model.rows());
        table.getColumns().setAll(List.of(column("Group", MetricRow::group, 130), column("Metric", MetricRow::name, 200),
                column("Target", MetricRow::target, 130), column("Warning", MetricRow::warning, 80),
                column("Latest", MetricRow::latest, 150), column("Status", MetricRow::status, 110),
                column("Sample", MetricRow::samples, 70), column("Measured by", MetricRow::measuredBy, 220),
                column("Gate", MetricRow::gate, 160), column("How it is measured", MetricRow::measure, 400)));
        table.setRowFactory(t -> {
            TableRow<MetricRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MetricRow item, boolean emptyRow) {
                    super.updateItem(item, emptyRow);
                    getStyleClass().removeIf(c -> c.startsWith("metric-"));
                    if (item != null && !emptyRow) {
                        getStyleClass().add("metric-" + item.statusKey());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showTrend(b));
        model.rows().addListener((javafx.collections.ListChangeListener<MetricRow>) c -> reselect());
        viewer.setId("qualityTrend");
        empty.getStyleClass().add("placeholder-text");
        StackPane chart = new StackPane(viewer, empty);
        gateList.setId("qualityGates");
        gateList.setItems(model.gateLines());
        gateList.setPlaceholder(new Label("No gates: make a milestone a gate with Gates\u2026"));
        gateList.setPrefWidth(380);
        Button removeGate = new Button("Remove gate");
        removeGate.setId("qualityRemoveGate");
        removeGate.disableProperty().bind(gateList.getSelectionModel().selectedItemProperty().isNull());
        removeGate.setOnAction(e -> {
            int i = gateList.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.gates().remove(model.gates().gateIds().get(i));
            }
        });
        BorderPane gatesPane = new BorderPane(gateList);
        gatesPane.setTop(new Label("Gates"));
        gatesPane.setBottom(removeGate);
        SplitPane lower = new SplitPane(chart, gatesPane);
        lower.setDividerPositions(0.68);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private String selectedId;
    private final javafx.scene.control.ListView<String> gateList = new javafx.scene.control.ListView<>();

    private void editGate() {
        int i = gateList.getSelectionModel().getSelectedIndex();
        long milestone = i >= 0 ? model.gates().gateIds().get(i) : 0;
        GateDialog.ask(window(), model.gates().milestones(), model.gates().metrics(), model.gates().input(milestone))
                .ifPresent(in -> model.gates().put(in));
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void editSelected() {
        MetricRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            MetricDialog.ask(window(), model.metricInput(row.id()), false).ifPresent(in -> model.putMetric(in, false));
        }
    }

    private void reselect() {
        if (selectedId == null && !model.rows().isEmpty()) {
            selectedId = model.rows().getFirst().id(); // the first metric's trend shows at once
        }
        String id = selectedId;
        MetricRow again = id == null ? null : model.row(id);
        if (again != null) {
            table.getSelectionModel().select(again);
            showTrend(again);
        }
    }

    private void showTrend(MetricRow row) {
        if (row == null) {
            return;
        }
        selectedId = row.id();
        viewer.setChart(TrendChart.of(row));
        viewer.setVisible(true);
        empty.setVisible(false);
    }

    /** Chooses the metric whose trend the chart shows. */
    public void select(String metricId) {
        MetricRow row = model.row(metricId);
        if (row != null) {
            table.getSelectionModel().select(row);
        }
    }

    public TableView<MetricRow> table() {
        return table;
    }

    public ChartViewer trend() {
        return viewer;
    }

    private static TableColumn<MetricRow, String> column(String title, Function<MetricRow, String> text, double width) {
        TableColumn<MetricRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    @Override
    public boolean isEditing() {
        return false;
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public void redo() {
        model.redo();
    }

    @Override
    public void say(String sentence) {
        model.tell(sentence);
    }

    @Override
    public void delete() {
        // metrics stay; their targets can be changed
    }

    @Override
    public void focus() {
        table.requestFocus();
    }
}
