package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.costs.CostField;
import org.genaiplan.ui.costs.LineKind;
import org.genaiplan.ui.gantt.GanttChart;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey: a PM starts from the LLM chatbot template, drags a bar on the Gantt chart, adds a risk from the
 * library and a cost line, exports the Excel workbook, saves, and reopens the plan to find it all again.
 */
@ExtendWith(RobotExtension.class)
class TemplateToExportJourneyTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-template-journey");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    @Test
    void templateGanttDragRiskCostExportAndReopen(FxRobot robot) throws Exception {
        robot.interact(() -> bench.main().newFromTemplate("llm-chatbot"));
        FirstPlan.idle(bench, 30);
        Plan plan = bench.editor().plan();
        assertThat(plan.taskCount()).isGreaterThan(30);

        // Gantt: drag the first leaf task's bar two days later.
        Task leaf = plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && !t.isMilestone()).findFirst()
                .orElseThrow();
        robot.interact(() -> bench.window().tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        GanttChart chart = bench.window().ganttView().chart();
        robot.interact(() -> chart.scrollToDate(leaf.start().toLocalDate().minusDays(2)));
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate before = leaf.start().toLocalDate();
        BarShape[] bar = new BarShape[1];
        robot.interact(() -> {
            chart.draw();
            bar[0] = chart.barOf(leaf.id());
        });
        assertThat(bar[0]).isNotNull();
        double day = chart.scale().dayWidth();
        Point2D from = chart.canvas().localToScreen(bar[0].x + 8, bar[0].centerY());
        Point2D to = chart.canvas().localToScreen(bar[0].x + 8 + 2 * day, bar[0].centerY());
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leaf.constraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        LocalDate pinned = leaf.constraintDate();
        assertThat(pinned).isAfter(before);

        // Risks: one from the library, linked to the dragged task.
        robot.interact(() -> bench.window().tabs().getSelectionModel().select(2));
        var risks = bench.window().risksView().viewModel();
        long[] risk = new long[1];
        robot.interact(() -> {
            risk[0] = risks.addFromLibrary(List.of(risks.library().entries().getFirst())).getFirst();
            assertThat(risks.link(risk[0], List.of(leaf.id()))).isTrue();
        });
        String riskTitle = plan.risk(risk[0]).title();

        // Costs: a fixed amount on the dragged task.
        robot.interact(() -> bench.window().costsView()); // the Costs tab is built on the FX thread when first asked
        var costs = bench.window().costsView().viewModel();
        robot.interact(() -> {
            bench.window().tabs().getSelectionModel().select(3);
            bench.wbs().select(List.of(leaf.id()));
            int line = costs.costLines().addLine(LineKind.OTHER);
            assertThat(costs.costLines().editInput(line, CostField.AMOUNT, "2,500")).isNull();
            assertThat(costs.costLines().editDescription(line, "Vendor workshop")).isNull();
        });
        assertThat(leaf.costLines()).hasSize(1);

        // Export the workbook, then save.
        Path workbook = folder.resolve("chatbot.xlsx");
        dialogs.files.add(workbook);
        robot.interact(() -> bench.main().exportWorkbook());
        FirstPlan.idle(bench, 30);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            var sheet = book.getSheet("Risks");
            List<String> titles = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null) {
                    titles.add(sheet.getRow(r).getCell(1).getStringCellValue());
                }
            }
            assertThat(titles).contains(riskTitle);
            assertThat(book.getSheet("Costs")).isNotNull();
        }
        Path file = folder.resolve("chatbot.genaiplan");
        dialogs.files.add(file);
        robot.interact(() -> bench.main().save());
        FirstPlan.idle(bench, 30);
        robot.interact(() -> bench.main().close());
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 30);

        Plan reopened = bench.editor().plan();
        assertThat(reopened).isNotSameAs(plan);
        Task again = reopened.task(leaf.id());
        assertThat(again.constraintDate()).isEqualTo(pinned);
        assertThat(again.start().toLocalDate()).isEqualTo(leaf.start().toLocalDate());
        assertThat(again.costLines()).isEqualTo(leaf.costLines());
        assertThat(reopened.risk(risk[0]).title()).isEqualTo(riskTitle);
        assertThat(reopened.risk(risk[0]).linkedTaskIds()).containsExactly(leaf.id());
        assertThat(dialogs.errors).isEmpty();
    }

}
