package org.genaiplan.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.command.CreateOwnerCommand;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Resources tab on its own, as the window will hold it: add, type into cells, refuse, undo. */
@ExtendWith(RobotExtension.class)
class ResourcesViewTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private ResourcesView view;
    private Plan plan;
    private Task task;

    @Start
    void start(Stage stage) {
        plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("ML engineer", new BigDecimal("120"), true));
        task = plan.addTask(null, "Fine-tune");
        task.setDurationMinutes(480);
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        view = new ResourcesView(editor, message);
        stage.setScene(new Scene(view, 1100, 640));
        stage.show();
    }

    private void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Edits a cell by keyboard: select its row, move to the column, Enter, type, Enter. */
    private void editCell(FxRobot robot, String table, int row, int column, String text) {
        robot.interact(() -> {
            var t = robot.lookup(table).queryTableView();
            t.requestFocus();
            t.getSelectionModel().select(row);
            t.getFocusModel().focus(row, t.getColumns().get(column));
            t.edit(row, t.getColumns().get(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a cell shows on screen (not just its value), to see that the view redrew it. */
    private String shown(FxRobot robot, String table, int row, int column) {
        var t = robot.lookup(table).queryTableView();
        var col = t.getColumns().get(column);
        return robot.lookup(table + " .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == col && c.getIndex() == row).map(c -> c.getText())
                .findFirst().orElse(null);
    }

    private String cell(FxRobot robot, String table, int row, int column) {
        Object value = robot.lookup(table).queryTableView().getColumns().get(column).getCellData(row);
        return value == null ? null : value.toString();
    }

    @Test
    void rolesAndPeopleAreAddedTypedIntoAndShownWithTheirCost(FxRobot robot) {
        assertThat(cell(robot, "#roleTable", 0, 5)).isEqualTo("example");
        editCell(robot, "#roleTable", 0, 1, "95");
        assertThat(plan.role("ML engineer")).isEqualTo(new Role("ML engineer", new BigDecimal("95")));
        assertThat(cell(robot, "#roleTable", 0, 1)).isEqualTo("95.00");
        assertThat(cell(robot, "#roleTable", 0, 5)).as("no longer an example").isEmpty();

        typeInto(robot, "#personNewName", "Dana Reyes");
        assertThat(plan.resources().person("Dana Reyes")).isEqualTo(new Person("Dana Reyes"));
        robot.interact(() -> assertThat(view.viewModel().editPerson(0, ResourcesViewModel.PersonColumn.ROLE,
                "ML engineer")).isNull());
        robot.interact(() -> editor.execute(EditOwner.of(task, "Dana Reyes")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#peopleTable", 0, 3)).isEqualTo("95.00 (ML engineer's rate)");
        assertThat(shown(robot, "#peopleTable", 0, 6)).as("tasks owned, redrawn after the WBS edit").isEqualTo("1");
        editCell(robot, "#roleTable", 0, 1, "100");
        assertThat(shown(robot, "#peopleTable", 0, 3)).as("the role's new rate").isEqualTo("100.00 (ML engineer's rate)");
        editCell(robot, "#peopleTable", 0, 4, "50");
        assertThat(plan.resources().person("Dana Reyes").maxUnits()).isEqualTo(50);
        assertThat(cell(robot, "#peopleTable", 0, 4)).isEqualTo("50 %");
        assertThat(task.cost()).as("max units do not change the cost").isEqualByComparingTo("800");

        robot.interact(() -> view.undo());
        assertThat(plan.resources().person("Dana Reyes").maxUnits()).isEqualTo(100);
    }

    @Test
    void aRefusedValueKeepsTheOldOneAndSaysWhyUnderTheCell(FxRobot robot) {
        editCell(robot, "#roleTable", 0, 1, "lots");
        assertThat(plan.role("ML engineer").ratePerHour()).isEqualByComparingTo("120");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.fieldErrorText())
                .isEqualTo("The hourly rate must be a number such as 120 or 1,250.50, not \"lots\".");
        assertThat(message.get()).isEqualTo(view.fieldErrorText());

        robot.interact(() -> editor.execute(new CreateOwnerCommand(CreateOwnerCommand.Kind.PERSON, "Lee Chen",
                java.util.List.of(task.id()))));
        robot.interact(() -> view.peopleTable().getSelectionModel().select(0));
        // Fired rather than clicked: the click would first close the note still showing from the last refusal.
        robot.interact(() -> robot.lookup("#personRemove").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.fieldErrorText())
                .isEqualTo("\"Lee Chen\" owns 1 task; give them another owner before removing the person.");
        assertThat(plan.resources().person("Lee Chen")).isNotNull();
    }

    @Test
    void theOwnerPromptOffersRoleOrPerson(FxRobot robot) {
        OwnerInput.Unknown unknown = new OwnerInput.Unknown("Prompt engineer");
        var alert = new javafx.scene.control.Alert[1];
        robot.interact(() -> {
            alert[0] = OwnerPrompt.alert(view.getScene().getWindow(), unknown);
            alert[0].show();
        });
        assertThat(alert[0].getHeaderText()).isEqualTo("Create role or person \"Prompt engineer\"?");
        Node role = alert[0].getDialogPane().lookupButton(OwnerPrompt.ROLE);
        assertThat(role).isNotNull();
        assertThat(OwnerPrompt.kind(OwnerPrompt.PERSON)).isEqualTo(CreateOwnerCommand.Kind.PERSON);
        assertThat(OwnerPrompt.kind(ButtonType.CANCEL)).isNull();
        robot.clickOn(role);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alert[0].getResult()).isEqualTo(OwnerPrompt.ROLE);
        assertThat(robot.lookup("#roleNewName").queryAs(TextField.class).getText()).isEmpty();
    }

    /** The WBS sheet's owner edit, as it runs a known name. */
    private static final class EditOwner {
        static org.genaiplan.ui.command.PlanCommand of(Task task, String typed) {
            return org.genaiplan.ui.command.EditTaskFieldCommand.owner(task.id(), typed);
        }
    }
}
