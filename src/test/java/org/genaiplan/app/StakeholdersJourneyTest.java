package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.people.RaciLetter;
import org.genaiplan.model.people.StakeholderDefaults;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.command.AddMeetingsCommand;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey on the chatbot template in the real window: a letter typed into the RACI grid (then emptied with Delete
 * and typed again), the steering committee put on the plan as milestones and undone, saved, closed and reopened.
 */
@ExtendWith(RobotExtension.class)
class StakeholdersJourneyTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-gui-people");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aRaciLetterTypedAndMeetingsAddedAndUndoneSurviveSaveAndReopen(FxRobot robot) throws Exception {
        Path file = folder.resolve("chatbot.genaiplan");
        Plan template = TemplateCatalog.load().template("llm-chatbot").instantiate("Chatbot", LocalDate.of(2026, 3, 2));
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(template, null, out);
        }
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 20);
        robot.interact(() -> {
            for (Tab tab : bench.window().tabs().getTabs()) {
                if (tab.getText().equals("Stakeholders")) {
                    bench.window().tabs().getSelectionModel().select(tab);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#partRaci");
        TableView<?> grid = robot.lookup("#raciGrid").queryAs(TableView.class);
        int marketing = -1;
        for (int c = 0; c < grid.getColumns().size(); c++) {
            if (StakeholderDefaults.MARKETING.equals(grid.getColumns().get(c).getUserData())) {
                marketing = c;
            }
        }
        assertThat(marketing).isPositive();
        TableColumn<?, ?> column = grid.getColumns().get(marketing);
        robot.clickOn(grid);
        robot.interact(() -> {
            grid.getSelectionModel().clearAndSelect(0, (TableColumn) column);
            grid.getFocusModel().focus(0, (TableColumn) column);
            grid.requestFocus();
        });
        Plan plan = bench.editor().plan();
        assertThat(plan.stakeholders().raci().getFirst().name()).isEqualTo("Project charter");
        assertThat(plan.stakeholders().raci().getFirst().letter(StakeholderDefaults.MARKETING)).isNull();
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.editor().plan().stakeholders().raci().getFirst().letter(StakeholderDefaults.MARKETING))
                .isEqualTo(RaciLetter.C);
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.editor().plan().stakeholders().raci().getFirst().letter(StakeholderDefaults.MARKETING))
                .isEqualTo(RaciLetter.I);

        robot.clickOn("#partCommunication");
        TableView<?> comms = robot.lookup("#communicationTable").queryAs(TableView.class);
        robot.interact(() -> comms.getSelectionModel().select(1));
        assertThat(plan.stakeholders().communications().get(1).name()).isEqualTo("Steering committee");
        int tasks = bench.editor().plan().taskCount();
        robot.clickOn("#addMeetings");
        WaitForAsyncUtils.waitForFxEvents();
        Task summary = bench.editor().plan().roots().getLast();
        assertThat(summary.name()).isEqualTo(AddMeetingsCommand.SUMMARY);
        assertThat(summary.children()).hasSizeGreaterThan(3).allSatisfy(t -> {
            assertThat(t.isMilestone()).isTrue();
            assertThat(t.name()).startsWith("Steering committee 2026-");
        });
        robot.interact(() -> bench.editor().undo());
        assertThat(bench.editor().plan().taskCount()).isEqualTo(tasks);

        robot.interact(() -> bench.main().save());
        FirstPlan.idle(bench, 20);
        robot.interact(() -> bench.main().close());
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 20);
        Plan again = bench.editor().plan();
        assertThat(again.stakeholders().raci().getFirst().letter(StakeholderDefaults.MARKETING)).isEqualTo(RaciLetter.I);
        assertThat(again.stakeholders().stakeholders()).hasSize(6);
        assertThat(again.taskCount()).isEqualTo(tasks);
        assertThat(again.roots()).noneMatch(t -> t.name().equals(AddMeetingsCommand.SUMMARY));
    }
}
