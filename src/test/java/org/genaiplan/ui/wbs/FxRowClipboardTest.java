package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Role;
import org.genaiplan.ui.command.TaskInputs;
import org.genaiplan.ui.command.TaskSubtree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;

/** Rows travel through the system clipboard as JSON (for other plans) and as text (for other apps). */
@ExtendWith(RobotExtension.class)
class FxRowClipboardTest {

    @Test
    void rowsSurviveTheSystemClipboard(FxRobot robot) {
        TaskInputs parent = new TaskInputs("Evaluation", false, 0, 0, null, null, "", "Evaluation", null, null,
                BigDecimal.ZERO);
        TaskInputs child = new TaskInputs("Red-team the chatbot", false, 960, 25,
                LocalDateTime.of(2026, 3, 2, 8, 0), "QA engineer", "jailbreak prompts", "Evaluation",
                org.genaiplan.model.ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2026, 3, 9),
                new BigDecimal("300.00"), LocalDate.of(2026, 3, 20));
        List<org.genaiplan.model.cost.CostLine> lines = List.of(
                new org.genaiplan.model.cost.CostLine("LoRA run", new org.genaiplan.model.cost.ComputeCost("H100", 4,
                        new BigDecimal("120")), new BigDecimal("1300")),
                new org.genaiplan.model.cost.CostLine(new org.genaiplan.model.cost.PeopleCost("QA engineer", null)),
                new org.genaiplan.model.cost.CostLine(new org.genaiplan.model.cost.ApiCost("gpt-class", 10_000, 500,
                        300, new BigDecimal("1.5"))));
        TaskSubtree rows = new TaskSubtree(List.of(new TaskSubtree.Node(parent, List.of(
                new TaskSubtree.Node(child, List.of(), lines, new BigDecimal("250")),
                new TaskSubtree.Node(child, List.of())))),
                List.of(new TaskSubtree.Link(1, 2, DependencyType.SS, -120)),
                List.of(new Role("QA engineer", new BigDecimal("70"))));
        FxRowClipboard clipboard = new FxRowClipboard();
        robot.interact(() -> clipboard.put(rows, "WBS\tTask name\n1\tEvaluation\n"));
        TaskSubtree[] back = new TaskSubtree[1];
        String[] text = new String[1];
        robot.interact(() -> {
            back[0] = clipboard.rows().orElse(null);
            text[0] = Clipboard.getSystemClipboard().getString();
        });
        assertThat(back[0]).isEqualTo(rows);
        assertThat(text[0]).contains("1\tEvaluation");
    }

    @Test
    void rowsCopiedBeforeTasksHadDeadlinesPasteWithNone(FxRobot robot) {
        String json = "{\"roots\":[{\"inputs\":{\"name\":\"Old row\",\"milestone\":false,\"durationMinutes\":480,"
                + "\"percentComplete\":0,\"actualStart\":null,\"ownerRole\":null,\"notes\":\"\",\"phase\":null,"
                + "\"constraintType\":\"AS_SOON_AS_POSSIBLE\",\"constraintDate\":null,\"fixedCost\":0},"
                + "\"children\":[],\"costLines\":[],\"workActual\":null}],\"links\":[],\"roles\":[]}";
        FxRowClipboard clipboard = new FxRowClipboard();
        TaskSubtree[] back = new TaskSubtree[1];
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.put(javafx.scene.input.DataFormat.lookupMimeType("application/x-genaiplan-tasks+json"), json);
            Clipboard.getSystemClipboard().setContent(content);
            back[0] = clipboard.rows().orElse(null);
        });
        assertThat(back[0]).isNotNull();
        assertThat(back[0].roots().getFirst().inputs().name()).isEqualTo("Old row");
        assertThat(back[0].roots().getFirst().inputs().deadline()).isNull();
    }

    @Test
    void textFromAnotherAppIsNotRows(FxRobot robot) {
        FxRowClipboard clipboard = new FxRowClipboard();
        boolean[] present = new boolean[1];
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("just some text");
            Clipboard.getSystemClipboard().setContent(content);
            present[0] = clipboard.rows().isPresent();
        });
        assertThat(present[0]).isFalse();
    }
}
