package org.genaiplan.ui.gantt;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import org.controlsfx.control.SegmentedButton;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.genaiplan.ui.wbs.WbsSheet;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Gantt tab: its own WBS sheet on the left (the main columns) and the chart on the right, over the
 * same rows, under a tool bar for zoom, critical path, labels and image export. Nothing moves between
 * tabs: the WBS tab has its own sheet, and both follow the shared rows, selection and scroll position.
 */
public final class GanttView extends BorderPane {
    private final WbsSheet sheet;
    private final GanttChart chart;
    private final SplitPane split = new SplitPane();

    private final Runnable exportVisible;
    private final PictureWriter pictures;

    /** Writes a painted picture of the chart to its file (in the window, in the background) and says so. */
    @FunctionalInterface
    public interface PictureWriter {
        void write(java.awt.image.BufferedImage picture, Path file);
    }

    /**
     * @param exportVisible asks where to write the visible chart as a picture, then writes it
     * @param pictures      writes the pictures {@link #exportVisibleImage} paints
     */
    public GanttView(WbsSheet sheet, GanttChart chart, Runnable exportVisible,
                     PictureWriter pictures) {
        this.exportVisible = exportVisible;
        this.pictures = pictures;
        this.sheet = sheet;
        this.chart = chart;
        getStyleClass().add("gantt-view");
        getStylesheets().add(GanttView.class.getResource("gantt.css").toExternalForm());
        split.setId("ganttSplit");
        split.getStyleClass().add("gantt-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(sheet, chart);
        split.setDividerPositions(0.42);
        setTop(toolBar());
        setCenter(split);
        chart.setActive(false);
    }

    public GanttChart chart() {
        return chart;
    }

    public WbsSheet sheet() {
        return sheet;
    }

    /** Whether the tab shows: only then does the chart draw and the sheet drive the shared scrolling. */
    public void setShown(boolean shown) {
        sheet.setShown(shown);
        chart.setActive(shown);
    }

    private ToolBar toolBar() {
        Button in = tool("mdi2m-magnify-plus-outline", "Zoom in (Ctrl+wheel up)", chart::zoomIn);
        in.setId("ganttZoomIn");
        Button out = tool("mdi2m-magnify-minus-outline", "Zoom out (Ctrl+wheel down)", chart::zoomOut);
        out.setId("ganttZoomOut");
        Button fit = tool("mdi2a-arrow-expand-horizontal", "Zoom to fit the whole plan", chart::zoomToFit);
        fit.setId("ganttZoomFit");
        Button today = tool("mdi2c-calendar-today", "Scroll to today",
                () -> chart.scrollToDate(java.time.LocalDate.now().minusDays(3)));
        SegmentedButton zoom = zoomLevels();
        ToggleButton critical = new ToggleButton("Critical path", new FontIcon("mdi2v-vector-polyline"));
        critical.selectedProperty().bindBidirectional(chart.model().showCriticalProperty());
        critical.setTooltip(new Tooltip("Show tasks without slack in a distinct colour"));
        critical.setFocusTraversable(false);
        ChoiceBox<GanttPainter.LabelMode> labels = new ChoiceBox<>();
        labels.getItems().setAll(GanttPainter.LabelMode.values());
        labels.valueProperty().bindBidirectional(chart.model().labelsProperty());
        labels.setConverter(new StringConverter<>() {
            @Override
            public String toString(GanttPainter.LabelMode m) {
                return m == null ? "" : switch (m) {
                    case NAME -> "Label: name";
                    case OWNER -> "Label: owner";
                    case NONE -> "No labels";
                };
            }

            @Override
            public GanttPainter.LabelMode fromString(String s) {
                return GanttPainter.LabelMode.NAME;
            }
        });
        labels.setTooltip(new Tooltip("What the text beside each bar shows"));
        Button image = tool("mdi2i-image-outline", "Export the chart as a PNG image", exportVisible);
        Label hint = new Label("Drag a bar to move it, its right end to change the duration, the notch below it for"
                + " % complete; drag up or down onto another bar to link them. Double-click a bar for its information.");
        hint.getStyleClass().add("gantt-hint");
        Button legend = tool("mdi2m-map-legend", "What the chart's colours and marks mean", () -> { });
        legend.setId("ganttLegend");
        legend.setOnAction(e -> showLegend(legend));
        ToolBar bar = new ToolBar(in, out, fit, zoom, today, new javafx.scene.control.Separator(), critical, labels,
                legend, new javafx.scene.control.Separator(), image, hint);
        bar.getStyleClass().add("gantt-tool-bar");
        return bar;
    }

    /** The time scale as a row of buttons, one per zoom level, kept in step with the chart's zoom. */
    private SegmentedButton zoomLevels() {
        SegmentedButton levels = new SegmentedButton();
        levels.setId("ganttZoom");
        for (ZoomLevel z : ZoomLevel.values()) {
            ToggleButton b = new ToggleButton(z.name().charAt(0) + z.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            b.setUserData(z);
            b.setId("ganttZoom" + b.getText());
            b.setTooltip(new Tooltip("Time scale: " + b.getText().toLowerCase(java.util.Locale.ROOT)));
            b.setFocusTraversable(false);
            levels.getButtons().add(b);
        }
        Runnable show = () -> levels.getButtons().forEach(b -> b.setSelected(b.getUserData() == chart.model().zoomProperty().get()));
        levels.getToggleGroup().selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                show.run(); // a second click on the shown level keeps it
            } else {
                chart.model().zoomProperty().set((ZoomLevel) n.getUserData());
            }
        });
        chart.model().zoomProperty().addListener((obs, o, n) -> show.run());
        show.run();
        levels.getStyleClass().add("zoom-levels");
        return levels;
    }

    /** The legend in a pop-over under its button, drawn with the chart's own colours and marks. */
    private void showLegend(Button anchor) {
        org.controlsfx.control.PopOver pop = new org.controlsfx.control.PopOver(GanttTips.legend(chart.theme()));
        pop.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.TOP_CENTER);
        pop.setDetachable(false);
        pop.setTitle("Legend");
        pop.setHeaderAlwaysVisible(true);
        pop.show(anchor);
    }

    private Button tool(String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * Paints what the chart shows and hands the picture to be written to {@code file} (".png" added when
     * missing). (The whole plan with its task names is drawn by the export layer: File > Export > Gantt image.)
     */
    public void exportVisibleImage(Path file) {
        pictures.write(GanttImage.visible(chart), GanttImage.pngPath(file));
    }
}
