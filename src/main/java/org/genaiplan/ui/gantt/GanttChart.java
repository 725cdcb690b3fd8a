package org.genaiplan.ui.gantt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.Hit;
import org.genaiplan.ui.gantt.layout.TimeScale;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.genaiplan.ui.rows.TaskRow;
import org.genaiplan.ui.rows.VisibleRows;
import org.genaiplan.ui.wbs.WbsActions;

/**
 * The Gantt chart: one {@link Canvas} the size of the view, painted by {@link GanttPainter} from the shared
 * {@link VisibleRows}, so it shows the same rows, at the same scroll position, as the sheet beside it. The
 * wheel over the chart scrolls the rows; mouse gestures on bars ({@link GanttGestures}) become undoable
 * commands. Colours and fonts are CSS properties ({@code -gantt-bar-fill}, {@code -gantt-label-font}...).
 */
public final class GanttChart extends Region {

    private static final GanttTheme LIGHT = GanttTheme.light();
    private static final StyleablePropertyFactory<GanttChart> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> background = color("background", "-gantt-background", c -> c.background, LIGHT.background());
    private final StyleableProperty<Color> gridLine = color("gridLine", "-gantt-grid-line", c -> c.gridLine, LIGHT.gridLine());
    private final StyleableProperty<Color> nonWorking = color("nonWorking", "-gantt-non-working", c -> c.nonWorking, LIGHT.nonWorking());
    private final StyleableProperty<Color> headerBackground = color("headerBackground", "-gantt-header-background", c -> c.headerBackground, LIGHT.headerBackground());
    private final StyleableProperty<Color> headerText = color("headerText", "-gantt-header-text", c -> c.headerText, LIGHT.headerText());
    private final StyleableProperty<Color> barFill = color("barFill", "-gantt-bar-fill", c -> c.barFill, LIGHT.barFill());
    private final StyleableProperty<Color> barStroke = color("barStroke", "-gantt-bar-stroke", c -> c.barStroke, LIGHT.barStroke());
    private final StyleableProperty<Color> progressFill = color("progressFill", "-gantt-progress-fill", c -> c.progressFill, LIGHT.progressFill());
    private final StyleableProperty<Color> criticalFill = color("criticalFill", "-gantt-critical-fill", c -> c.criticalFill, LIGHT.criticalFill());
    private final StyleableProperty<Color> criticalStroke = color("criticalStroke", "-gantt-critical-stroke", c -> c.criticalStroke, LIGHT.criticalStroke());
    private final StyleableProperty<Color> summaryFill = color("summaryFill", "-gantt-summary-fill", c -> c.summaryFill, LIGHT.summaryFill());
    private final StyleableProperty<Color> milestoneFill = color("milestoneFill", "-gantt-milestone-fill", c -> c.milestoneFill, LIGHT.milestoneFill());
    private final StyleableProperty<Color> arrow = color("arrow", "-gantt-arrow", c -> c.arrow, LIGHT.arrow());
    private final StyleableProperty<Color> today = color("today", "-gantt-today", c -> c.today, LIGHT.today());
    private final StyleableProperty<Color> deadline = color("deadline", "-gantt-deadline", c -> c.deadline, LIGHT.deadline());
    private final StyleableProperty<Color> label = color("label", "-gantt-label", c -> c.label, LIGHT.label());
    private final StyleableProperty<Color> selectionFill = color("selection", "-gantt-selection", c -> c.selectionFill, LIGHT.selection());
    private final StyleableProperty<Color> preview = color("preview", "-gantt-preview", c -> c.preview, LIGHT.preview());
    private final StyleableProperty<Color> holiday = color("holiday", "-gantt-holiday", c -> c.holiday, GanttTheme.LIGHT_HOLIDAY);
    private final StyleableProperty<Color> constraint = color("constraint", "-gantt-constraint", c -> c.constraint, GanttTheme.LIGHT_CONSTRAINT);
    private final StyleableProperty<Color> late = color("late", "-gantt-late", c -> c.late, GanttTheme.LIGHT_LATE);
    private final StyleableProperty<Color> overAllocated = color("overAllocated", "-gantt-overallocated", c -> c.overAllocated, OverAllocationMarks.LIGHT);
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(this, "labelFont", "-gantt-label-font", c -> c.labelFont, LIGHT.labelFont());
    private final StyleableProperty<Font> headerFont = CSS.createStyleableFontProperty(this, "headerFont", "-gantt-header-font", c -> c.headerFont, LIGHT.headerFont());

    private final VisibleRows rows;
    private final PlanSelection selection;
    private final GanttViewModel model;
    /** False while the chart is not on screen: no drawing then. */
    private boolean active = true;
    private final Canvas canvas = new Canvas();
    private final TimeScale scale;
    private final GanttLayout layout;
    private final GanttPainter painter = new GanttPainter();
    private final GanttPainter.Frame frame = new GanttPainter.Frame();
    private final GanttGestures gestures;
    private final ScrollBar hbar = new ScrollBar();
    private Clock clock = Clock.systemDefaultZone();
    private Plan shownPlan;
    private boolean dirty = true;
    private long frames;

    /**
     * @param actions  runs the commands that gestures make, on the shared selection
     * @param taskInfo opens the Task information of a task (a double-click on its bar)
     */
    public GanttChart(VisibleRows rows, WbsActions actions, GanttViewModel model, StringProperty message,
                      LongConsumer taskInfo) {
        this.rows = rows;
        this.selection = actions.selection();
        this.model = model;
        getStyleClass().add("gantt-chart");
        setFocusTraversable(true);
        scale = new TimeScale(LocalDate.now(clock), ZoomLevel.DAYS, org.genaiplan.model.WorkingCalendar.standard());
        layout = new GanttLayout(scale);
        layout.setRowHeight(rows.rowHeight());
        GanttTips tips = new GanttTips(canvas);
        tips.overAllocations(rows);
        gestures = new GanttGestures(this, actions, message, taskInfo, tips);
        hbar.getStyleClass().add("gantt-hbar");
        hbar.valueProperty().addListener((obs, o, n) -> {
            scale.setScrollX(n.doubleValue());
            redraw();
        });
        getChildren().addAll(canvas, hbar);

        rows.contentVersionProperty().addListener((obs, o, n) -> redraw());
        rows.structureVersionProperty().addListener((obs, o, n) -> redraw());
        rows.scrollYProperty().addListener((obs, o, n) -> redraw());
        rows.headerHeightProperty().addListener((obs, o, n) -> redraw());
        selection.versionProperty().addListener((obs, o, n) -> redraw());
        model.showCriticalProperty().addListener((obs, o, n) -> redraw());
        model.labelsProperty().addListener((obs, o, n) -> redraw());
        model.zoomProperty().addListener((obs, o, n) -> {
            scale.zoomAround(n, canvas.getWidth() / 2);
            updateScrollBar();
            redraw();
        });
        sceneProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.removePostLayoutPulseListener(this::afterLayout);
            }
            if (n != null) {
                n.addPostLayoutPulseListener(this::afterLayout);
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        gestures.install(canvas);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private StyleableProperty<Color> color(String name, String css,
                                                 java.util.function.Function<GanttChart, StyleableProperty<Color>> get,
                                                 Color initial) {
        return CSS.createStyleableColorProperty(this, name, css, get, initial);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    // ---- public API ----

    public GanttViewModel model() {
        return model;
    }

    public void zoomIn() {
        model.zoomIn();
    }

    public void zoomOut() {
        model.zoomOut();
    }

    /** Fits the whole plan to the width (any day width, the header tiers to suit) and scrolls to its start. */
    public void zoomToFit() {
        Plan plan = rows.plan();
        if (plan == null) {
            return;
        }
        LocalDate[] span = PlanSpan.of(plan);
        model.zoomProperty().set(scale.fit(span[0], span[1], canvas.getWidth()).level());
        updateScrollBar();
        redraw();
    }

    /** Scrolls the time axis so {@code date} is at the left edge. */
    public void scrollToDate(LocalDate date) {
        double x = scale.x(date) + scale.scrollX();
        updateScrollBar();
        hbar.setValue(Math.clamp(x, hbar.getMin(), hbar.getMax()));
        scale.setScrollX(hbar.getValue());
        redraw();
    }

    /** The clock the today line follows (tests pin it). */
    public void setClock(Clock clock) {
        this.clock = clock;
        redraw();
    }

    public TimeScale scale() {
        return scale;
    }

    public GanttLayout ganttLayout() {
        return layout;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The y of the first row's top within the canvas (below the two header tiers). */
    public double headerHeight() {
        return frame.headerHeight;
    }

    /** Frames drawn so far (tests and the benchmark check that scrolling redraws). */
    public long frames() {
        return frames;
    }

    /** Where the bar of a task is drawn now, in canvas coordinates, or null when its row is not shown. */
    public BarShape barOf(long taskId) {
        int row = rows.rowOf(taskId);
        BarShape b = new BarShape();
        if (row < 0 || !layout.bar(rows.task(row), row, b)) {
            return null;
        }
        b.y += frame.headerHeight;
        return b;
    }

    // ---- drawing ----

    public void redraw() {
        dirty = true;
        requestLayout();
    }

    /** Whether the chart is on screen; while not, it does not follow the sheet. */
    public void setActive(boolean active) {
        this.active = active;
        if (active) {
            redraw();
        }
    }

    private void afterLayout() {
        drawIfNeeded();
    }

    /** Draws a frame if something changed since the last one and the chart is on screen (what each pulse does). */
    public void drawIfNeeded() {
        if (active && dirty) {
            draw();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = hbar.prefHeight(-1);
        hbar.resizeRelocate(0, h - bar, w, bar);
        if (canvas.getWidth() != w || canvas.getHeight() != h - bar) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h - bar));
            updateScrollBar();
            dirty = true;
        }
    }

    /** Draws one full frame now. */
    public void draw() {
        Plan plan = rows.plan();
        if (plan != shownPlan) {
            shownPlan = plan;
            if (plan != null) {
                scale.setOrigin(PlanSpan.of(plan)[0].minusDays(14));
                scale.setScrollX(0);
                hbar.setValue(0);
                scrollToDate(PlanSpan.of(plan)[0].minusDays(2));
            }
        }
        if (plan != null && !plan.calendar().equals(scale.calendar())) {
            scale.setCalendar(plan.calendar());
        }
        layout.setScrollY(rows.scrollYProperty().get());
        frame.width = canvas.getWidth();
        frame.height = canvas.getHeight();
        frame.headerHeight = rows.headerHeightProperty().get();
        frame.showCritical = model.showCriticalProperty().get();
        frame.labels = model.labelsProperty().get();
        frame.now = LocalDateTime.now(clock);
        List<Long> selected = selection.selectedIds();
        if (frame.selectedIds.length != selected.size()) {
            frame.selectedIds = new long[selected.size()];
        }
        for (int i = 0; i < selected.size(); i++) {
            frame.selectedIds[i] = selected.get(i);
        }
        frame.overAllocated = overAllocated.getValue();
        painter.paint(canvas.getGraphicsContext2D(), layout, rows, plan, theme(), frame);
        dirty = false;
        frames++;
    }

    GanttTheme theme() {
        return new GanttTheme(background.getValue(), gridLine.getValue(), nonWorking.getValue(), headerBackground.getValue(),
                headerText.getValue(), barFill.getValue(), barStroke.getValue(), progressFill.getValue(), criticalFill.getValue(),
                criticalStroke.getValue(), summaryFill.getValue(), milestoneFill.getValue(), arrow.getValue(), today.getValue(),
                deadline.getValue(), label.getValue(), selectionFill.getValue(), preview.getValue(), labelFont.getValue(), headerFont.getValue(),
                holiday.getValue(), constraint.getValue(), late.getValue());
    }

    private void updateScrollBar() {
        Plan plan = rows.plan();
        double width = canvas.getWidth();
        if (plan == null) {
            hbar.setMax(0);
            return;
        }
        LocalDate[] span = PlanSpan.of(plan);
        double min = scale.x(scale.origin()) + scale.scrollX();
        double max = scale.x(span[1].plusDays(30)) + scale.scrollX() - width;
        hbar.setMin(Math.min(min, scale.scrollX()));
        hbar.setMax(Math.max(Math.max(min, max), scale.scrollX()));
        hbar.setVisibleAmount(Math.max(1, width));
        hbar.setUnitIncrement(scale.dayWidth());
        hbar.setBlockIncrement(Math.max(1, width * 0.8));
        if (hbar.getValue() != scale.scrollX()) {
            hbar.setValue(scale.scrollX());
        }
    }

    // ---- scrolling and keys ----

    private void onScroll(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                ZoomLevel z = e.getDeltaY() > 0 ? model.zoomProperty().get().finer() : model.zoomProperty().get().coarser();
                if (z != model.zoomProperty().get()) {
                    scale.zoomAround(z, e.getX());
                    model.zoomProperty().set(z);
                }
            }
            e.consume();
            return;
        }
        double dx = e.isShiftDown() ? e.getDeltaY() : e.getDeltaX();
        if (dx != 0) {
            hbar.setValue(Math.clamp(hbar.getValue() - dx, hbar.getMin(), hbar.getMax()));
        }
        if (!e.isShiftDown() && e.getDeltaY() != 0) {
            double body = Math.max(0, canvas.getHeight() - frame.headerHeight);
            double max = Math.max(0, rows.rowCount() * rows.rowHeight() - body);
            rows.scrollYProperty().set(Math.clamp(rows.scrollYProperty().get() - e.getDeltaY(), 0, max));
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        long focused = selection.focusedId();
        TaskRow row = focused == 0 ? null : rows.row(focused);
        if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            zoomIn();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            zoomOut();
            e.consume();
        } else if (row != null && row.hasChildren() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            row.setExpanded(e.getCode() == KeyCode.RIGHT);
            e.consume();
        }
    }

    // ---- what the gestures read ----

    VisibleRows rows() {
        return rows;
    }

    GanttLayout layoutOf() {
        return layout;
    }

    GanttPainter.Frame frame() {
        return frame;
    }

    /** The y where the rows begin on the canvas (the time scale's header is above). */
    double bodyTop() {
        return frame.headerHeight;
    }

    /** The hit under a point of the canvas. */
    Hit hitAt(double x, double y) {
        return layout.hit(x, y - frame.headerHeight, rows);
    }
}
