package org.genaiplan.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.genaiplan.ui.Dialogs.SaveChoice;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.genaiplan.ui.DocumentException;

/** The document life cycle in the window: title mark, saving, unsaved-changes prompt, opening. */
@ExtendWith(RobotExtension.class)
class MainWindowTest {
    private static final Path FILE = Path.of("/tmp/genaiplan-ui-test/launch.genaiplan");
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bench = fixture.start(stage);
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Inserts a task and leaves its name as it is (Insert starts editing the new row's name). */
    private void addTask(FxRobot robot) {
        robot.interact(() -> bench.wbs().insertTask());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void titleMarkFollowsTheUndoStackAndTheSavedPoint(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2014 GenAI Planner");
        addTask(robot);
        assertThat(stage.getTitle()).isEqualTo("*Untitled \u2014 GenAI Planner");
        fixture.dialogs.files.add(Path.of("/tmp/genaiplan-ui-test/launch"));
        chord(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(stage.getTitle()).isEqualTo("launch.genaiplan \u2014 GenAI Planner");
        assertThat(fixture.documents.log).contains("save launch.genaiplan");
        assertThat(robot.lookup("#statusSaveState").queryLabeled().getText()).isEqualTo("Saved");
        addTask(robot);
        assertThat(stage.getTitle()).isEqualTo("*launch.genaiplan \u2014 GenAI Planner");
        assertThat(robot.lookup("#statusSaveState").queryLabeled().getText()).isEqualTo("Unsaved changes");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(stage.getTitle()).isEqualTo("launch.genaiplan \u2014 GenAI Planner");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(stage.getTitle()).isEqualTo("*launch.genaiplan \u2014 GenAI Planner");
        chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(stage.getTitle()).isEqualTo("launch.genaiplan \u2014 GenAI Planner");
        // Every executed, undone and redone action was committed to the working store.
        assertThat(fixture.documents.commits).isEqualTo(5);
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) {
        addTask(robot);
        fixture.dialogs.saveAnswers.add(SaveChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(fixture.dialogs.asked).containsExactly("save Untitled?");
        assertThat(stage.isShowing()).isTrue();
        assertThat(fixture.exited).isFalse();

        fixture.dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(fixture.exited).isTrue();
        assertThat(fixture.documents.log).contains("close").noneMatch(s -> s.startsWith("save"));
    }

    @Test
    void quitWithSaveSavesFirst(FxRobot robot) {
        addTask(robot);
        fixture.dialogs.saveAnswers.add(SaveChoice.SAVE);
        fixture.dialogs.files.add(FILE);
        chord(robot, KeyCode.CONTROL, KeyCode.Q);
        assertThat(fixture.documents.log).containsExactly("save launch.genaiplan", "close");
        assertThat(fixture.exited).isTrue();
    }

    @Test
    void newAndOpenAskAboutUnsavedChangesAndOpeningIsNotUndoable(FxRobot robot) throws Exception {
        addTask(robot);
        fixture.dialogs.saveAnswers.add(SaveChoice.CANCEL);
        chord(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(bench.editor().plan().taskCount()).isEqualTo(1);

        // A saved plan to open.
        fixture.documents.files.put(FILE, org.genaiplan.ui.command.TaskSubtree.copyOf(bench.editor().plan(),
                bench.editor().plan().roots()));
        fixture.dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        fixture.dialogs.files.add(FILE);
        chord(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(fixture.dialogs.asked).containsExactly("save Untitled?", "save Untitled?", "open which file?");
        assertThat(stage.getTitle()).isEqualTo("launch.genaiplan \u2014 GenAI Planner");
        assertThat(bench.editor().undoStack().canUndoProperty().get()).isFalse();
        assertThat(bench.main().recentFiles().files()).containsExactly(FILE);
        assertThat(robot.lookup("#statusTasks").queryLabeled().getText()).isEqualTo("1 task");

        chord(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(bench.editor().plan().taskCount()).isZero();
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2014 GenAI Planner");
    }

    @Test
    void aFileThatCannotBeOpenedGivesOneSentenceAndKeepsThePlan(FxRobot robot) {
        addTask(robot);
        fixture.dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        robot.interact(() -> bench.main().open(Path.of("/tmp/genaiplan-ui-test/notes.txt")));
        assertThat(fixture.dialogs.errors).containsExactly(
                "Cannot open notes.txt: notes.txt is not a GenAI Planner plan.");
        assertThat(bench.editor().plan().taskCount()).isEqualTo(1);
    }

    @Test
    void closeLeavesAnEmptyWindow(FxRobot robot) {
        chord(robot, KeyCode.CONTROL, KeyCode.W);
        assertThat(stage.getTitle()).isEqualTo("GenAI Planner");
        assertThat(bench.window().wbsView().isDisabled()).isTrue();
        assertThat(robot.lookup("#statusSaveState").queryLabeled().getText()).isEqualTo("No plan open");
    }

    @Test
    void insertWorkPackageUnderTheSelectedRowIsOneUndoableStep(FxRobot robot) {
        addTask(robot);
        var inputs = new org.genaiplan.ui.command.TaskInputs("RLHF", false, 0, 0, null, null, "", null, null, null,
                java.math.BigDecimal.ZERO);
        var child = new org.genaiplan.ui.command.TaskInputs("Train a reward model", false, 2400, 0, null, null, "",
                null, null, null, java.math.BigDecimal.ZERO);
        fixture.documents.fragments.put("RLHF", new org.genaiplan.ui.command.TaskSubtree(
                java.util.List.of(new org.genaiplan.ui.command.TaskSubtree.Node(inputs,
                        java.util.List.of(new org.genaiplan.ui.command.TaskSubtree.Node(child, java.util.List.of())))),
                java.util.List.of(), java.util.List.of()));
        chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        assertThat(fixture.dialogs.asked).contains("which fragment?");
        var plan = bench.editor().plan();
        assertThat(plan.tasksInOrder()).extracting(t -> plan.wbsCode(t) + " " + t.name())
                .containsExactly("1 New task", "1.1 RLHF", "1.1.1 Train a reward model");
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Insert RLHF");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(plan.tasksInOrder()).extracting(t -> t.name()).containsExactly("New task");
    }

    @Test
    void anUnexpectedFailureIsOneSentenceWithTheLogsPathAndTheTraceGoesToTheLog(FxRobot robot) {
        String sentence = bench.main().describe("Opening plan.genaiplan", new IllegalStateException(
                new NullPointerException("Cannot read field \"x\"")));
        assertThat(sentence).isEqualTo("Opening plan.genaiplan stopped because of an unexpected problem; the plan on "
                + "disk was not changed. The details are in /tmp/genaiplan-test/genaiplan-0.log.");
        assertThat(sentence).doesNotContain("Exception").doesNotContain("Cannot read field");
        assertThat(fixture.failures).singleElement().asString().startsWith("Opening plan.genaiplan: ")
                .contains("NullPointerException");
        // A refusal the app worded itself is shown as it is, even when wrapped.
        assertThat(bench.main().describe("Saving", new RuntimeException(new DocumentException("The disk is full."))))
                .isEqualTo("The disk is full.");
        assertThat(fixture.failures).hasSize(1);
    }
}
