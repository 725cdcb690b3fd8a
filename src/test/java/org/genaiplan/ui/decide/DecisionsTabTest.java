package org.genaiplan.ui.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Decisions tab in the window: starter criteria, candidates typed in, a score typed into the matrix, the decision. */
@ExtendWith(RobotExtension.class)
class DecisionsTabTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        Plan plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        plan.addTask(null, "Select the foundation model");
        plan.changes().drain();
        bench.editor().setSession(fixture.documents.session(plan), true);
    }

    @SuppressWarnings("unchecked")
    @Test
    void candidatesAreTypedScoredRankedAndDecided(FxRobot robot) {
        robot.interact(() -> {
            for (Tab tab : bench.window().tabs().getTabs()) {
                if (tab.getText().equals("Decisions")) {
                    bench.window().tabs().getSelectionModel().select(tab);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#starterCriteria");
        for (String name : new String[] {"Hosted API", "Open 8B", "Open 70B"}) {
            robot.clickOn("#newCandidate").write(name).type(KeyCode.ENTER);
        }
        Plan plan = bench.editor().plan();
        assertThat(plan.selection().criteria()).hasSize(7);
        assertThat(plan.selection().candidates()).extracting(c -> c.name()).containsExactly("Hosted API", "Open 8B", "Open 70B");

        TableView<?> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        int quality = table.getColumns().size() - 7; // the first criterion's column, after name, score, rank and five facts
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.edit(1, (javafx.scene.control.TableColumn) table.getColumns().get(quality));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan.selection().candidates().get(1).scores()).containsEntry("Quality on our evaluation", 5);
        assertThat(robot.lookup("#selectionRanking").queryAs(Label.class).getText())
                .startsWith("Ranking (weighted score out of 5): 1. Open 8B 1.09");

        ComboBox<String> chosen = robot.lookup("#decisionCandidate").queryAs(ComboBox.class);
        DatePicker date = robot.lookup("#decisionDate").queryAs(DatePicker.class);
        robot.interact(() -> {
            chosen.setValue("Open 8B");
            date.setValue(LocalDate.of(2026, 4, 10));
        });
        assertThat(date.getEditor().getText()).as("dates read as the sheet writes them").isEqualTo("2026-04-10");
        robot.interact(() -> date.getEditor().setText("Fri 2026-04-10"));
        assertThat(date.getConverter().fromString(date.getEditor().getText())).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(date.getConverter().fromString("no date")).as("keeps the date").isEqualTo(LocalDate.of(2026, 4, 10));
        robot.clickOn("#decisionRationale").write("Best on our evaluation");
        robot.clickOn("#recordDecision");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan.selection().decision().candidate()).isEqualTo("Open 8B");
        assertThat(robot.lookup("#selectionDecision").queryAs(Label.class).getText())
                .isEqualTo("Decided on 2026-04-10: Open 8B (rank 1). Best on our evaluation");
        robot.interact(() -> bench.editor().undo());
        assertThat(plan.selection().decision()).isNull();
    }
}
