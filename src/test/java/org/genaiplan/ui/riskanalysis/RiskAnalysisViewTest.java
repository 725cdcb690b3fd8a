package org.genaiplan.ui.riskanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.command.SetEstimateCommand;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Risk analysis tab on the chatbot template: Run gives percentiles before and after mitigation and the
 * criticality list; an edit marks the results stale; Task information edits an estimate as one undoable step.
 */
@ExtendWith(RobotExtension.class)
class RiskAnalysisViewTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Plan plan;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2027, 1, 4));
        plan.changes().drain();
        bench.editor().setSession(fixture.documents.session(plan), true);
    }

    private void showTab(FxRobot robot) {
        robot.interact(() -> bench.window().tabs().getSelectionModel().select(bench.window().tabs().getTabs().stream()
                .filter(t -> t.getText().equals("Risk analysis")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cell(FxRobot robot, String measure, int column) {
        GridPane grid = robot.lookup("#riskResults").queryAs(GridPane.class);
        Integer row = grid.getChildren().stream().filter(n -> n instanceof Label l && l.getText().equals(measure))
                .map(GridPane::getRowIndex).findFirst().orElseThrow();
        return grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n).equals(row)
                        && GridPane.getColumnIndex(n) == column)
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    @Test
    void runShowsP80BeforeAndAfterMitigationAndAnEditMarksItStale(FxRobot robot) {
        showTab(robot);
        robot.interact(() -> robot.lookup("#riskRun").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        String before = cell(robot, "P80", 1);
        String after = cell(robot, "P80", 3);
        assertThat(before).matches("\\d{4}-\\d{2}-\\d{2} \\(\\d+\\.\\d d\\)");
        assertThat(after.compareTo(before)).as("after mitigation the P80 finish is earlier").isNegative();
        assertThat(cell(robot, "P80", 2)).endsWith(" USD");
        assertThat(robot.lookup("#riskCriticality").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup(".risk-stale").queryAs(Label.class).isVisible()).isFalse();
        assertThat(fixture.failures).isEmpty();
        robot.interact(() -> robot.lookup("#riskChartFinishandcost").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertThat(robot.lookup("#riskDistribution").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart().getTitle()
                .getText()).matches("Finish and cost before mitigation: \\d+ % of iterations meet both P80s");

        Task run = plan.tasksInOrder().stream().filter(t -> t.name().equals("Run fine-tuning jobs")).findFirst().orElseThrow();
        robot.interact(() -> bench.editor().execute(new SetEstimateCommand(run.id(),
                new Estimate(480, 2400, 9600, Distribution.TRIANGULAR))));
        assertThat(run.estimate().distribution()).isEqualTo(Distribution.TRIANGULAR);
        assertThat(robot.lookup(".risk-stale").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#riskBadge").queryAs(Label.class).getText()).startsWith("P80 finish 20").endsWith(" (out of date)");
        robot.interact(() -> bench.editor().undo());
        assertThat(run.estimate().distribution()).isEqualTo(Distribution.LOGNORMAL);
    }

    @Test
    void taskInformationSetsAndClearsAnEstimateAsOneUndoableStep(FxRobot robot) {
        Task t = plan.tasksInOrder().stream().filter(x -> x.name().equals("Prepare training configuration")).findFirst().orElseThrow();
        Estimate template = t.estimate();
        robot.interact(() -> bench.wbs().select(List.of(t.id())));
        javafx.application.Platform.runLater(() -> bench.window().wbsView().openTaskInfo());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane tabs = robot.lookup("#taskInfoDialog .tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(tab -> tab.getText().equals("Advanced")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#taskInfoOptimistic").queryAs(TextField.class).getText()).isNotBlank();
        robot.interact(() -> {
            robot.lookup("#taskInfoOptimistic").queryAs(TextField.class).setText("1d");
            robot.lookup("#taskInfoMostLikely").queryAs(TextField.class).setText("2d");
            robot.lookup("#taskInfoPessimistic").queryAs(TextField.class).setText("6d");
        });
        DialogPane pane = robot.lookup("#taskInfoDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.estimate()).isEqualTo(new Estimate(480, 960, 2880, template.distribution(), template.group()));
        robot.interact(() -> bench.editor().undo());
        assertThat(t.estimate()).isEqualTo(template);
    }
}
