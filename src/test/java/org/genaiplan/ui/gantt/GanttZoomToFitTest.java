package org.genaiplan.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.wbs.WbsColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Zoom to fit" in the window: the whole plan across the chart's width, not a third of it. */
@ExtendWith(RobotExtension.class)
class GanttZoomToFitTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
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

    @Test
    void zoomToFitSpreadsThePlanAcrossTheWidthAndAnotherLevelUndoesIt(FxRobot robot) {
        robot.interact(() -> {
            bench.wbs().insertTask();
            bench.wbs().insertTask();
            Plan plan = bench.editor().plan();
            bench.edits().edit(bench.wbs().rows().row(plan.roots().get(0).id()), WbsColumn.DURATION, "5d");
            bench.edits().edit(bench.wbs().rows().row(plan.roots().get(1).id()), WbsColumn.DURATION, "40d");
            bench.window().tabs().getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Task longest = bench.editor().plan().roots().get(1);
        robot.interact(() -> chart().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();

        double width = chart().canvas().getWidth();
        BarShape b = bar(robot, longest);
        // Forty working days from the plan's start: the plan's whole span, margin to margin.
        assertThat(b.x).as("the plan starts just inside the left edge").isBetween(5.0, 25.0);
        assertThat(width - b.right()).as("and ends just inside the right edge").isBetween(5.0, 25.0);
        assertThat(chart().scale().isFitted()).isTrue();
        assertThat(chart().model().zoomProperty().get()).isEqualTo(ZoomLevel.forDayWidth(chart().scale().dayWidth()));

        // Choosing a level from the tool bar leaves the fit for that level's own width.
        ZoomLevel other = chart().model().zoomProperty().get() == ZoomLevel.DAYS ? ZoomLevel.WEEKS : ZoomLevel.DAYS;
        robot.interact(() -> chart().model().zoomProperty().set(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().scale().dayWidth()).isEqualTo(other.dayWidth());
        assertThat(bar(robot, longest).width).isNotCloseTo(b.width, within(1.0));
    }

    @Test
    void theNewMarksFollowADarkTheme(FxRobot robot) {
        GanttTheme[] themes = new GanttTheme[2];
        robot.interact(() -> {
            bench.window().tabs().getSelectionModel().select(1);
            themes[0] = chart().theme();
            bench.window().ganttView().getStyleClass().add("dark");
            chart().applyCss();
            themes[1] = chart().theme();
        });
        assertThat(themes[0].holiday()).isEqualTo(GanttTheme.LIGHT_HOLIDAY);
        assertThat(themes[1].holiday()).isEqualTo(GanttTheme.DARK_HOLIDAY);
        assertThat(themes[1].holiday().getBrightness()).isLessThan(0.4);
        assertThat(themes[1].constraint().getBrightness()).as("a pin stands out on the dark background").isGreaterThan(0.6);
        assertThat(themes[1].late()).isEqualTo(GanttTheme.DARK_LATE);
    }
}
