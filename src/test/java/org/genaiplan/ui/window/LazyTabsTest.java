package org.genaiplan.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.genaiplan.ui.costs.CostView;
import org.genaiplan.ui.risks.RiskRegisterView;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Risks and Costs tabs are built when first shown, and no tab's view joins the scene before its tab is
 * shown, so the window's first frame does not wait for them.
 */
@ExtendWith(RobotExtension.class)
class LazyTabsTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    /** What the tab shows: its view, or null before the view has joined the scene. */
    private static Node shown(Tab tab) {
        var children = ((Parent) tab.getContent()).getChildrenUnmodifiable();
        return children.isEmpty() ? null : children.getFirst();
    }

    @Test
    void risksAndCostsAreBuiltWhenTheirTabIsFirstShown(FxRobot robot) {
        MainWindow window = bench.window();
        assertThat(shown(window.risksTab())).isNull();
        assertThat(shown(window.costsTab())).isNull();
        assertThat(shown(window.tabs().getTabs().get(1))).as("the Gantt chart").isNull();

        robot.interact(() -> window.tabs().getSelectionModel().select(window.risksTab()));
        assertThat(shown(window.risksTab())).isInstanceOf(RiskRegisterView.class).isSameAs(window.risksView());
        assertThat(shown(window.costsTab())).isNull();

        robot.interact(() -> window.tabs().getSelectionModel().select(window.costsTab()));
        assertThat(shown(window.costsTab())).isInstanceOf(CostView.class).isSameAs(window.costsView());
        assertThat(window.costsView().isDisabled()).as("a plan is open").isFalse();
        assertThat(shown(window.risksTab())).as("a hidden tab's view leaves the scene").isNull();
        assertThat(window.risksView().getScene()).isNull();

        robot.interact(() -> window.tabs().getSelectionModel().select(window.risksTab()));
        assertThat(shown(window.risksTab())).as("and comes back when shown").isSameAs(window.risksView());
        assertThat(shown(window.costsTab())).isNull();
    }

    @Test
    void askingForAViewBuildsItWithoutShowingItsTab(FxRobot robot) {
        MainWindow window = bench.window();
        robot.interact(window::risksView);
        RiskRegisterView risks = window.risksView();

        assertThat(risks).isNotNull();
        assertThat(risks.viewModel()).isNotNull();
        assertThat(window.tabs().getSelectionModel().getSelectedItem()).isNotSameAs(window.risksTab());
        assertThat(shown(window.risksTab())).as("joins the scene when its tab is shown").isNull();
        robot.interact(() -> window.tabs().getSelectionModel().select(window.risksTab()));
        assertThat(shown(window.risksTab())).isSameAs(risks);
    }

    @Test
    void theGanttChartJoinsTheSceneWhenShownOrWhenItsPictureIsTaken(FxRobot robot) {
        MainWindow window = bench.window();
        assertThat(shown(window.tabs().getTabs().get(1))).isNull();
        assertThat(window.lookup("#ganttSheet")).as("the Gantt tab is built when first shown").isNull();
        // asked for before its tab is shown, it is built but stays out of the scene
        Object[] scene = new Object[1];
        robot.interact(() -> scene[0] = window.ganttView().getScene());
        assertThat(scene[0]).isNull();

        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        assertThat(shown(window.tabs().getTabs().get(1))).isSameAs(window.ganttView());
        assertThat(window.ganttView().getScene()).isSameAs(window.getScene());
    }

    @Test
    void theGanttSheetBuiltOnFirstShowKeepsTheSelectionMadeInTheWbs(FxRobot robot) {
        MainWindow window = bench.window();
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                bench.wbs().insertTask();
            }
        });
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        long third = bench.editor().plan().roots().get(2).id();
        robot.interact(() -> bench.wbs().select(java.util.List.of(third)));

        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bench.selection().focusedId()).as("showing the Gantt tab moves no selection").isEqualTo(third);
        var sheet = window.ganttView().sheet();
        assertThat(sheet.table().getFocusModel().getFocusedIndex()).isEqualTo(bench.wbs().rows().rowOf(third));
        assertThat(sheet.table().getSelectionModel().getSelectedItems()).extracting(org.genaiplan.ui.rows.TaskRow::taskId)
                .containsExactly(third);
    }

    @Test
    void aWorkbookExportedBeforeTheGanttTabWasShownStillCarriesTheWholePlansChart(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("genaiplan-lazy-tabs").resolve("early.xlsx");
        fixture.dialogs.files.add(file);
        robot.interact(() -> bench.wbs().insertTask());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        robot.interact(() -> bench.main().exportWorkbook()); // the fixture runs background work at once
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.dialogs.errors).isEmpty();
        int tasks = bench.main().editor().plan().taskCount();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            // the Gantt picture is drawn from the plan, not the canvas: as tall as every task's row (IHDR height)
            assertThat(book.getAllPictures()).anySatisfy(picture -> {
                byte[] png = picture.getData();
                assertThat(java.nio.ByteBuffer.wrap(png, 20, 4).getInt()).isGreaterThan((int) (tasks * 12.5 * 1.5));
            });
        }
    }
}
