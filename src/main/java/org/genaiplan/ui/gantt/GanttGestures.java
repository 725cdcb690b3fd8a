package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.Hit;
import org.genaiplan.ui.gantt.layout.HitKind;
import org.genaiplan.ui.wbs.WbsActions;

/**
 * The mouse on the Gantt chart: pressing a bar selects its task; dragging it shows a preview of the move,
 * the new duration, the % complete or the link it would make; releasing runs that as one command. A
 * double-click opens the task's information. The chart paints the preview; this class decides.
 */
final class GanttGestures {
    private static final double DRAG_THRESHOLD = 3;

    private final GanttChart chart;
    private final WbsActions actions;
    private final StringProperty message;
    private final LongConsumer taskInfo;
    private final GanttTips tips;
    private Canvas canvas;
    private Hit pressed = Hit.NONE;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private final BarShape pressedBar = new BarShape();

    GanttGestures(GanttChart chart, WbsActions actions, StringProperty message, LongConsumer taskInfo, GanttTips tips) {
        this.chart = chart;
        this.actions = actions;
        this.message = message;
        this.taskInfo = taskInfo;
        this.tips = tips;
    }

    void install(Canvas on) {
        this.canvas = on;
        on.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        on.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        on.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        on.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        on.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        // the bars move under a still pointer: a tooltip would go on naming the bar that was there
        on.addEventHandler(ScrollEvent.SCROLL, e -> tips.hide());
    }

    private Canvas canvas() {
        return canvas;
    }

    private void onMoved(MouseEvent e) {
        Hit hit = chart.hitAt(e.getX(), e.getY());
        canvas().setCursor(switch (hit.kind()) {
            case RESIZE, PROGRESS -> Cursor.H_RESIZE;
            case BAR, MILESTONE -> Cursor.MOVE;
            default -> Cursor.DEFAULT;
        });
        Plan plan = chart.rows().plan();
        if (plan != null && e.getY() < chart.bodyTop()) {
            tips.showDay(plan, chart.scale().dateAt(e.getX()));
            return;
        }
        tips.show(plan, plan != null && hit.onTask() ? plan.task(hit.taskId()) : null);
    }

    private void onPressed(MouseEvent e) {
        chart.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = chart.hitAt(e.getX(), e.getY());
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        if (pressed.kind() != HitKind.NONE && pressed.taskId() != 0) {
            if (e.isShortcutDown()) {
                List<Long> ids = new java.util.ArrayList<>(actions.selectedIds());
                if (!ids.remove(pressed.taskId())) {
                    ids.add(pressed.taskId());
                }
                actions.select(ids);
            } else if (!actions.selectedIds().contains(pressed.taskId()) || actions.selectedIds().size() > 1) {
                actions.select(List.of(pressed.taskId()));
            }
        }
        if (pressed.onTask()) {
            chart.layoutOf().bar(chart.rows().task(pressed.row()), pressed.row(), pressedBar);
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
        DragPreview p = chart.frame().preview;
        p.row = pressed.row();
        Task task = chart.rows().task(pressed.row());
        boolean link = (pressed.kind() == HitKind.BAR || pressed.kind() == HitKind.MILESTONE)
                && Math.abs(dy) > chart.layoutOf().rowHeight() * 0.75;
        if (link) {
            p.kind = DragPreview.Kind.LINK;
            p.fromX = pressedBar.right();
            p.fromY = pressedBar.centerY();
            p.toX = e.getX();
            p.toY = e.getY() - chart.frame().headerHeight;
            Hit target = chart.hitAt(e.getX(), e.getY());
            p.text = target.onTask() && target.taskId() != task.id()
                    ? "Link to \u201c" + chart.rows().task(target.row()).name() + "\u201d" : "Drop on a bar to link";
        } else {
            switch (pressed.kind()) {
                case BAR, MILESTONE -> {
                    p.kind = DragPreview.Kind.MOVE;
                    LocalDate day = moveTarget(pressedBar.x + dx, task);
                    p.x = chart.scale().x(day);
                    p.width = pressedBar.width;
                    p.text = "Start no earlier than " + day;
                }
                case RESIZE -> {
                    p.kind = DragPreview.Kind.RESIZE;
                    p.x = pressedBar.x;
                    p.width = Math.max(2, pressedBar.width + dx);
                    Plan plan = chart.rows().plan();
                    long minutes = GanttEdits.newDuration(plan, task, chart.scale().timeAt(pressedBar.right() + dx), step());
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
        chart.draw();
    }

    private int percent(double progressWidth) {
        return pressedBar.width <= 0 ? 0 : (int) Math.round(progressWidth / pressedBar.width * 100);
    }

    /** The day a dragged bar would start on: the nearest day boundary to its left edge. */
    private LocalDate moveTarget(double leftX, Task task) {
        if (task.kind() == TaskKind.MILESTONE) {
            return chart.scale().dateAt(leftX + pressedBar.width / 2);
        }
        return chart.scale().nearestDayStart(leftX);
    }

    private long step() {
        Plan plan = chart.rows().plan();
        return chart.scale().zoom().showsHours() ? 60 : plan.calendar().minutesPerDay();
    }

    private void onReleased(MouseEvent e) {
        DragPreview p = chart.frame().preview;
        DragPreview.Kind kind = p.kind;
        Hit start = pressed;
        pressed = Hit.NONE;
        if (!dragging || kind == DragPreview.Kind.NONE) {
            p.clear();
            dragging = false;
            return;
        }
        dragging = false;
        Plan plan = chart.rows().plan();
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
                    long minutes = GanttEdits.newDuration(plan, task, chart.scale().timeAt(pressedBar.right() + dx), step());
                    if (minutes != task.durationMinutes()) {
                        command = GanttEdits.resize(plan, task, chart.scale().timeAt(pressedBar.right() + dx), step());
                    }
                }
                case PROGRESS -> {
                    int pct = percent(Math.clamp(e.getX() - pressedBar.x, 0, pressedBar.width));
                    if (pct != task.percentComplete()) {
                        command = GanttEdits.progress(task, pct);
                    }
                }
                case LINK -> {
                    Hit target = chart.hitAt(e.getX(), e.getY());
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
            actions.run(command);
        }
        chart.redraw();
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragging) {
            Hit hit = chart.hitAt(e.getX(), e.getY());
            if (hit.taskId() != 0) {
                taskInfo.accept(hit.taskId());
            }
        }
    }

}
