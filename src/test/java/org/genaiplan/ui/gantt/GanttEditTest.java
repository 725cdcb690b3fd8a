package org.genaiplan.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.wbs.WbsColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edits the plan by dragging on the Gantt chart, as a PM would, and undoes each edit. */
@ExtendWith(RobotExtension.class)
class GanttEditTest {
    private static final double DAY = ZoomLevel.DAYS.dayWidth();
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Task first;
    private Task second;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    @BeforeEach
    void twoTasksOnTheChart(FxRobot robot) {
        robot.interact(() -> {
            bench.wbs().insertTask();
            bench.wbs().insertTask();
            Plan plan = plan();
            first = plan.roots().get(0);
            second = plan.roots().get(1);
            bench.edits().edit(bench.wbs().rows().row(first.id()), WbsColumn.DURATION, "3d");
            bench.edits().edit(bench.wbs().rows().row(second.id()), WbsColumn.DURATION, "2d");
            bench.window().tabs().getSelectionModel().select(1);
            chart().model().zoomProperty().set(ZoomLevel.DAYS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> chart().scrollToDate(plan().startDate().minusDays(2)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private GanttChart chart() {
        return bench.window().ganttView().chart();
    }

    private BarShape bar(FxRobot robot, Task t) {
        BarShape[] out = new BarShape[1];
        robot.interact(() -> {
            chart().draw();
            out[0] = chart().barOf(t.id());
        });
        assertThat(out[0]).as("bar of %s", t.name()).isNotNull();
        return out[0];
    }

    private Point2D screen(double x, double y) {
        return chart().canvas().localToScreen(x, y);
    }

    private void drag(FxRobot robot, double fromX, double fromY, double toX, double toY) {
        robot.drag(screen(fromX, fromY), MouseButton.PRIMARY).moveTo(screen(toX, toY)).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> bench.wbs().undo());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingABarPinsItsStartAndUndoUnpinsIt(FxRobot robot) {
        LocalDate before = first.start().toLocalDate();
        BarShape b = bar(robot, first);
        drag(robot, b.x + 20, b.centerY(), b.x + 20 + 2 * DAY, b.centerY());

        assertThat(first.constraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        assertThat(first.constraintDate()).isEqualTo(before.plusDays(2));
        assertThat(first.start().toLocalDate()).isEqualTo(before.plusDays(2));
        assertThat(bench.editor().undoStack().undoTextProperty().get()).contains("Move Task");
        assertThat(bar(robot, first).x).as("the bar is redrawn where it was dropped").isEqualTo(b.x + 2 * DAY);

        undo(robot);
        assertThat(first.constraintType()).isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);
        assertThat(first.start().toLocalDate()).isEqualTo(before);
    }

    @Test
    void draggingTheRightEndChangesTheDurationAndUndoRestoresIt(FxRobot robot) {
        BarShape b = bar(robot, first);
        drag(robot, b.right() - 1, b.centerY(), b.right() - 1 + 2 * DAY, b.centerY());

        assertThat(first.durationMinutes()).isEqualTo(5 * 480);
        assertThat(first.constraintType()).as("resizing does not pin the start").isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);
        assertThat(bar(robot, first).width).isEqualTo(b.width + 2 * DAY);

        undo(robot);
        assertThat(first.durationMinutes()).isEqualTo(3 * 480);
    }

    @Test
    void draggingTheProgressNotchSetsPercentComplete(FxRobot robot) {
        BarShape b = bar(robot, first);
        drag(robot, b.x + 1, b.bottom() + 2, b.x + b.width / 2, b.bottom() + 2);

        assertThat(first.percentComplete()).isEqualTo(50);
        undo(robot);
        assertThat(first.percentComplete()).isZero();
    }

    @Test
    void draggingOneBarOntoAnotherLinksThemAndUndoUnlinks(FxRobot robot) {
        BarShape a = bar(robot, first);
        BarShape b = bar(robot, second);
        drag(robot, a.x + 10, a.centerY(), b.x + 10, b.centerY());

        assertThat(plan().predecessorsOf(second)).containsExactly(Dependency.finishToStart(first.id(), second.id()));
        assertThat(second.start()).as("the successor now starts after the predecessor").isAfter(first.finish());
        assertThat(first.constraintType()).as("a link is not a move").isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);

        undo(robot);
        assertThat(plan().predecessorsOf(second)).isEmpty();
        assertThat(second.start()).isEqualTo(first.start());
    }

    @Test
    void aLinkThatWouldCloseALoopIsRefusedWithTheReason(FxRobot robot) {
        robot.interact(() -> bench.wbs().run(GanttEdits.link(first, second)));
        BarShape a = bar(robot, first);
        BarShape b = bar(robot, second);
        drag(robot, b.x + 10, b.centerY(), a.x + 10, a.centerY());

        assertThat(plan().predecessorsOf(first)).isEmpty();
        assertThat(bench.main().messageProperty().get()).containsIgnoringCase("loop");
    }

    @Test
    void theChartShowsTheSheetsRowsAndFollowsCollapse(FxRobot robot) {
        robot.interact(() -> {
            bench.wbs().select(List.of(second.id()));
            bench.wbs().indent();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar(robot, second).y).isGreaterThan(bar(robot, first).y);
        robot.interact(() -> bench.wbs().rows().setExpanded(first.id(), false));
        WaitForAsyncUtils.waitForFxEvents();
        BarShape[] hidden = new BarShape[1];
        robot.interact(() -> hidden[0] = chart().barOf(second.id()));
        assertThat(hidden[0]).as("a collapsed subtask has no bar").isNull();
    }

    @Test
    void exportsTheVisibleChartAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> bench.window().ganttView().exportVisibleImage(dir.resolve("visible")));
        byte[] bytes = Files.readAllBytes(dir.resolve("visible.png"));
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        var image = javax.imageio.ImageIO.read(dir.resolve("visible.png").toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
    }

    @Test
    void coloursComeFromTheStyleSheetAndFollowADarkTheme(FxRobot robot) {
        javafx.scene.paint.Color[] light = new javafx.scene.paint.Color[2];
        javafx.scene.paint.Color[] dark = new javafx.scene.paint.Color[2];
        robot.interact(() -> {
            light[0] = chart().theme().background();
            light[1] = chart().theme().label();
            bench.window().ganttView().getStyleClass().add("dark");
            chart().applyCss();
            dark[0] = chart().theme().background();
            dark[1] = chart().theme().label();
        });
        assertThat(light[0].getBrightness()).isGreaterThan(0.9);
        assertThat(dark[0].getBrightness()).isLessThan(0.2);
        // Labels stay readable: light text on the dark background, dark text on the light one.
        assertThat(light[1].getBrightness()).isLessThan(0.4);
        assertThat(dark[1].getBrightness()).isGreaterThan(0.7);
    }

    @Test
    void doubleClickingABarOpensTheTaskInformation(FxRobot robot) {
        BarShape b = bar(robot, second);
        robot.moveTo(screen(b.x + 10, b.centerY())).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#taskInfoName").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(second.name());
        assertThat(bench.selection().focusedId()).isEqualTo(second.id());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#taskInfoDialog").tryQuery()).isEmpty();
    }

    @Test
    void controlWheelZoomsAndThePlainWheelScrollsTime(FxRobot robot) {
        BarShape b = bar(robot, first);
        // The headless robot's wheel carries no modifier keys, so the wheel event is delivered directly.
        robot.interact(() -> javafx.event.Event.fireEvent(chart().canvas(), wheel(b.x + 10, b.centerY(), -40, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().model().zoomProperty().get()).isEqualTo(ZoomLevel.WEEKS);
        assertThat(bar(robot, first).width).isLessThan(b.width);
        robot.interact(() -> javafx.event.Event.fireEvent(chart().canvas(), wheel(b.x + 10, b.centerY(), 40, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().model().zoomProperty().get()).isEqualTo(ZoomLevel.DAYS);
    }

    private static javafx.scene.input.ScrollEvent wheel(double x, double y, double deltaY, boolean control) {
        return new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, x, y, x, y, false, control,
                false, false, false, false, 0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void barsStayBesideTheirRowsWhenTheSheetScrolls(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 60; i++) {
                bench.wbs().insertTask();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        var table = bench.window().ganttView().sheet().table();
        robot.interact(() -> table.scrollTo(30));
        WaitForAsyncUtils.waitForFxEvents();
        Task task = plan().roots().get(35);
        BarShape b = bar(robot, task);
        double[] rowY = {Double.NaN};
        robot.interact(() -> {
            for (var n : table.lookupAll(".wbs-row")) {
                if (n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 35 && r.isVisible()) {
                    rowY[0] = r.localToScene(0, 0).getY() + r.getHeight() / 2;
                }
            }
        });
        double barY = chart().canvas().localToScene(0, b.centerY()).getY();
        assertThat(rowY[0]).isNotNaN();
        assertThat(Math.abs(barY - rowY[0])).as("bar centre %s, row centre %s", barY, rowY[0]).isLessThan(1.5);
    }
}
