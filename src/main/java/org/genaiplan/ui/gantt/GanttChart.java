package org.genaiplan.ui.gantt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.Hit;
import org.genaiplan.ui.gantt.layout.HitKind;
import org.genaiplan.ui.gantt.layout.TimeScale;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.genaiplan.ui.wbs.TaskRowViewModel;
import org.genaiplan.ui.wbs.WbsColumn;
import org.genaiplan.ui.wbs.WbsTreeView;
import org.genaiplan.ui.wbs.WbsTreeViewModel;

/**
 * The Gantt chart: one {@link Canvas} the size of the view, redrawn from the WBS sheet's rows. It follows
 * the sheet's scroll position, expanded rows, row height and selection, and scrolls the sheet when the
 * wheel turns over the chart. Mouse gestures become undoable commands run through the sheet's view-model.
 * Colours and fonts are CSS properties ({@code -gantt-bar-fill}, {@code -gantt-label-font}...).
 */
public final class GanttChart extends Region {
    /** The row height the sheet gets when it has none fixed: the chart and the sheet must agree. */
    public static final double DEFAULT_ROW_HEIGHT = 26;
    private static final double DRAG_THRESHOLD = 3;

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
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(this, "labelFont", "-gantt-label-font", c -> c.labelFont, LIGHT.labelFont());
    private final StyleableProperty<Font> headerFont = CSS.createStyleableFontProperty(this, "headerFont", "-gantt-header-font", c -> c.headerFont, LIGHT.headerFont());

    private final WbsTreeView sheet;
    private final WbsTreeViewModel wbs;
    private final StringProperty message;
    /** False while the sheet is on the WBS tab and the chart is not shown: no drawing then. */
    private boolean active = true;
    private final PlanEditor editor;
    private final Canvas canvas = new Canvas();
    private final TreeRows rows;
    private final TimeScale scale;
    private final GanttLayout layout;
    private final GanttPainter painter = new GanttPainter();
    private final GanttPainter.Frame frame = new GanttPainter.Frame();
    private final GanttTips tips;
    private final BooleanProperty showCritical = new SimpleBooleanProperty(this, "showCritical", true);
    private final ObjectProperty<GanttPainter.LabelMode> labels = new SimpleObjectProperty<>(this, "labels", GanttPainter.LabelMode.NAME);
    private final ObjectProperty<ZoomLevel> zoom = new SimpleObjectProperty<>(this, "zoom", ZoomLevel.DAYS);
    private final ScrollBar hbar = new ScrollBar();
    private Clock clock = Clock.systemDefaultZone();
    private Plan shownPlan;
    /** The sheet's scrolling row container, found once its skin exists. */
    private VirtualFlow<?> flow;
    private boolean dirty = true;
    private double drawnScrollY = Double.NaN;
    private int drawnRowCount = -1;
    private long frames;

    // The gesture under way.
    private Hit pressed = Hit.NONE;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private final BarShape pressedBar = new BarShape();

    public GanttChart(WbsTreeView sheet, PlanEditor editor, StringProperty message) {
        this.sheet = sheet;
        this.message = message;
        this.wbs = sheet.viewModel();
        this.editor = editor;
        getStyleClass().add("gantt-chart");
        setFocusTraversable(true);
        TreeTableView<TaskRowViewModel> table = sheet.table();
        if (table.getFixedCellSize() <= 0) {
            table.setFixedCellSize(DEFAULT_ROW_HEIGHT);
        }
        rows = new TreeRows(wbs.root(), wbs::plan);
        scale = new TimeScale(LocalDate.now(clock), ZoomLevel.DAYS, org.genaiplan.model.WorkingCalendar.standard());
        layout = new GanttLayout(scale);
        tips = new GanttTips(canvas);
        hbar.getStyleClass().add("gantt-hbar");
        hbar.valueProperty().addListener((obs, o, n) -> {
            scale.setScrollX(n.doubleValue());
            redraw();
        });
        getChildren().addAll(canvas, hbar);

        editor.revisionProperty().addListener((obs, o, n) -> {
            rows.markStale();
            redraw();
        });
        wbs.selection().versionProperty().addListener((obs, o, n) -> redraw());
        table.fixedCellSizeProperty().addListener((obs, o, n) -> redraw());
        table.expandedItemCountProperty().addListener((obs, o, n) -> {
            rows.markStale();
            redraw();
        });
        showCritical.addListener((obs, o, n) -> redraw());
        labels.addListener((obs, o, n) -> redraw());
        zoom.addListener((obs, o, n) -> {
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
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
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

    public ObjectProperty<ZoomLevel> zoomProperty() {
        return zoom;
    }

    public BooleanProperty showCriticalProperty() {
        return showCritical;
    }

    public ObjectProperty<GanttPainter.LabelMode> labelsProperty() {
        return labels;
    }

    public void zoomIn() {
        zoom.set(zoom.get().finer());
    }

    public void zoomOut() {
        zoom.set(zoom.get().coarser());
    }

    /** Fits the whole plan to the width (any day width, the header tiers to suit) and scrolls to its start. */
    public void zoomToFit() {
        Plan plan = wbs.plan();
        if (plan == null) {
            return;
        }
        LocalDate[] span = PlanSpan.of(plan);
        zoom.set(scale.fit(span[0], span[1], canvas.getWidth()).level());
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
        rows.refresh();
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
        if (!active) {
            return;
        }
        double sy = sheetScrollY();
        double header = sheetHeaderHeight();
        if (dirty || rows.isStale() || sy != drawnScrollY || header != frame.headerHeight
                || rows.rowCount() != drawnRowCount) {
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
        Plan plan = wbs.plan();
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
        rows.refresh();
        TreeTableView<TaskRowViewModel> table = sheet.table();
        layout.setRowHeight(table.getFixedCellSize() > 0 ? table.getFixedCellSize() : DEFAULT_ROW_HEIGHT);
        layout.setScrollY(sheetScrollY());
        frame.width = canvas.getWidth();
        frame.height = canvas.getHeight();
        frame.headerHeight = sheetHeaderHeight();
        frame.showCritical = showCritical.get();
        frame.labels = labels.get();
        frame.now = LocalDateTime.now(clock);
        List<Long> selected = wbs.selection().selectedIds();
        if (frame.selectedIds.length != selected.size()) {
            frame.selectedIds = new long[selected.size()];
        }
        for (int i = 0; i < selected.size(); i++) {
            frame.selectedIds[i] = selected.get(i);
        }
        painter.paint(canvas.getGraphicsContext2D(), layout, rows, plan, theme(), frame);
        drawnScrollY = layout.scrollY();
        drawnRowCount = rows.rowCount();
        dirty = false;
        frames++;
    }

    GanttTheme theme() {
        return new GanttTheme(background.getValue(), gridLine.getValue(), nonWorking.getValue(), headerBackground.getValue(),
                headerText.getValue(), barFill.getValue(), barStroke.getValue(), progressFill.getValue(), criticalFill.getValue(),
                criticalStroke.getValue(), summaryFill.getValue(), milestoneFill.getValue(), arrow.getValue(), today.getValue(),
                deadline.getValue(), label.getValue(), selectionFill.getValue(), preview.getValue(), labelFont.getValue(), headerFont.getValue());
    }

    private void updateScrollBar() {
        Plan plan = wbs.plan();
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

    // ---- following the sheet ----

    private VirtualFlow<?> flow() {
        if (flow == null || flow.getScene() == null || flow.getScene() != sheet.table().getScene()) {
            Node n = sheet.table().lookup(".virtual-flow");
            flow = n instanceof VirtualFlow<?> vf ? vf : null;
        }
        return flow;
    }

    /** How far the sheet's rows are scrolled up, in pixels. */
    private double sheetScrollY() {
        VirtualFlow<?> vf = flow();
        if (vf == null || vf.getCellCount() == 0) {
            return 0;
        }
        var cell = vf.getFirstVisibleCell();
        if (cell == null) {
            return 0;
        }
        return cell.getIndex() * layout.rowHeight() - cell.getLayoutY();
    }

    /**
     * The chart's header ends where the sheet's rows begin (below its column headers), so the rows line up;
     * the chart and the sheet share their top edge.
     */
    private double sheetHeaderHeight() {
        VirtualFlow<?> vf = flow();
        if (vf == null || vf.getScene() == null || getScene() == null) {
            return 2 * DEFAULT_ROW_HEIGHT;
        }
        double top = vf.localToScene(0, 0).getY() - canvas.localToScene(0, 0).getY();
        return top > 8 ? top : 2 * DEFAULT_ROW_HEIGHT;
    }

    // ---- mouse and keys ----

    private void onScroll(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                ZoomLevel z = e.getDeltaY() > 0 ? zoom.get().finer() : zoom.get().coarser();
                if (z != zoom.get()) {
                    scale.zoomAround(z, e.getX());
                    zoom.set(z);
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
            VirtualFlow<?> vf = flow();
            if (vf != null) {
                vf.scrollPixels(-e.getDeltaY());
            }
        }
        e.consume();
    }

    private Hit hitAt(double x, double y) {
        rows.refresh();
        return layout.hit(x, y - frame.headerHeight, rows);
    }

    private void onMoved(MouseEvent e) {
        Hit hit = hitAt(e.getX(), e.getY());
        canvas.setCursor(switch (hit.kind()) {
            case RESIZE, PROGRESS -> Cursor.H_RESIZE;
            case BAR, MILESTONE -> Cursor.MOVE;
            default -> Cursor.DEFAULT;
        });
        Plan plan = wbs.plan();
        tips.show(plan, hit.onTask() ? plan.task(hit.taskId()) : null);
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = hitAt(e.getX(), e.getY());
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        if (pressed.kind() != HitKind.NONE && pressed.taskId() != 0) {
            if (e.isShortcutDown()) {
                List<Long> ids = new java.util.ArrayList<>(wbs.selectedIds());
                if (!ids.remove(pressed.taskId())) {
                    ids.add(pressed.taskId());
                }
                wbs.select(ids);
            } else if (!wbs.selectedIds().contains(pressed.taskId()) || wbs.selectedIds().size() > 1) {
                wbs.select(List.of(pressed.taskId()));
            }
        }
        if (pressed.onTask()) {
            layout.bar(rows.task(pressed.row()), pressed.row(), pressedBar);
        }
    }

    private void onDragged(MouseEvent e) {
        if (pressed.kind() == HitKind.SUMMARY && !dragging) {
            dragging = true;
            message.set("A summary spans its subtasks; drag those to move it.");
            return;
        }
        if (!pressed.onTask() || pressed.kind() == HitKind.SUMMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.abs(dx) < DRAG_THRESHOLD && Math.abs(dy) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        tips.hide();
        DragPreview p = frame.preview;
        p.row = pressed.row();
        Task task = rows.task(pressed.row());
        boolean link = (pressed.kind() == HitKind.BAR || pressed.kind() == HitKind.MILESTONE)
                && Math.abs(dy) > layout.rowHeight() * 0.75;
        if (link) {
            p.kind = DragPreview.Kind.LINK;
            p.fromX = pressedBar.right();
            p.fromY = pressedBar.centerY();
            p.toX = e.getX();
            p.toY = e.getY() - frame.headerHeight;
            Hit target = hitAt(e.getX(), e.getY());
            p.text = target.onTask() && target.taskId() != task.id()
                    ? "Link to \u201c" + rows.task(target.row()).name() + "\u201d" : "Drop on a bar to link";
        } else {
            switch (pressed.kind()) {
                case BAR, MILESTONE -> {
                    p.kind = DragPreview.Kind.MOVE;
                    LocalDate day = moveTarget(pressedBar.x + dx, task);
                    p.x = scale.x(day) + (task.kind() == TaskKind.MILESTONE ? 0 : 0);
                    p.width = pressedBar.width;
                    p.text = "Start no earlier than " + day;
                }
                case RESIZE -> {
                    p.kind = DragPreview.Kind.RESIZE;
                    p.x = pressedBar.x;
                    p.width = Math.max(2, pressedBar.width + dx);
                    Plan plan = wbs.plan();
                    long minutes = GanttEdits.newDuration(plan, task, scale.timeAt(pressedBar.right() + dx), step());
                    p.text = tips.duration(plan, minutes);
                }
                case PROGRESS -> {
                    p.kind = DragPreview.Kind.PROGRESS;
                    p.x = pressedBar.x;
                    p.progressWidth = Math.clamp(e.getX() - pressedBar.x, 0, pressedBar.width);
                    p.text = percent(p.progressWidth) + "% complete";
                }
                default -> p.clear();
            }
        }
        draw();
    }

    private int percent(double progressWidth) {
        return pressedBar.width <= 0 ? 0 : (int) Math.round(progressWidth / pressedBar.width * 100);
    }

    /** The day a dragged bar would start on: the nearest day boundary to its left edge. */
    private LocalDate moveTarget(double leftX, Task task) {
        if (task.kind() == TaskKind.MILESTONE) {
            return scale.dateAt(leftX + pressedBar.width / 2);
        }
        return scale.nearestDayStart(leftX);
    }

    private long step() {
        Plan plan = wbs.plan();
        return scale.zoom().showsHours() ? 60 : plan.calendar().minutesPerDay();
    }

    private void onReleased(MouseEvent e) {
        DragPreview p = frame.preview;
        DragPreview.Kind kind = p.kind;
        Hit start = pressed;
        pressed = Hit.NONE;
        if (!dragging || kind == DragPreview.Kind.NONE) {
            p.clear();
            dragging = false;
            return;
        }
        dragging = false;
        Plan plan = wbs.plan();
        Task task = plan.task(start.taskId());
        double dx = e.getX() - pressX;
        PlanCommand command = null;
        try {
            switch (kind) {
                case MOVE -> {
                    LocalDate day = moveTarget(pressedBar.x + dx, task);
                    if (!day.equals(task.start().toLocalDate()) || task.constraintDate() == null) {
                        command = GanttEdits.move(task, day);
                    }
                }
                case RESIZE -> {
                    long minutes = GanttEdits.newDuration(plan, task, scale.timeAt(pressedBar.right() + dx), step());
                    if (minutes != task.durationMinutes()) {
                        command = GanttEdits.resize(plan, task, scale.timeAt(pressedBar.right() + dx), step());
                    }
                }
                case PROGRESS -> {
                    int pct = percent(Math.clamp(e.getX() - pressedBar.x, 0, pressedBar.width));
                    if (pct != task.percentComplete()) {
                        command = GanttEdits.progress(task, pct);
                    }
                }
                case LINK -> {
                    Hit target = hitAt(e.getX(), e.getY());
                    if (target.onTask() && target.taskId() != task.id()) {
                        command = GanttEdits.link(task, plan.task(target.taskId()));
                    }
                }
                default -> { }
            }
        } catch (ValidationException ex) {
            message.set(ex.getMessage());
        }
        p.clear();
        if (command != null) {
            wbs.run(command);
        }
        redraw();
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragging) {
            Hit hit = hitAt(e.getX(), e.getY());
            if (hit.taskId() != 0) {
                sheet.startEdit(hit.taskId(), WbsColumn.NAME);
            }
        }
    }

    private void onKey(KeyEvent e) {
        long focused = wbs.selection().focusedId();
        var item = focused == 0 ? null : wbs.itemOf(focused);
        if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            zoomIn();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            zoomOut();
            e.consume();
        } else if (item != null && !item.isLeaf() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            item.setExpanded(e.getCode() == KeyCode.RIGHT);
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && focused != 0) {
            sheet.startEdit(focused, WbsColumn.NAME);
            e.consume();
        }
    }

    Scene sceneOrNull() {
        return getScene();
    }
}
