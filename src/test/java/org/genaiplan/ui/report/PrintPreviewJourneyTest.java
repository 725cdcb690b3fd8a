package org.genaiplan.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genaiplan.model.Plan;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+P on a plan: the report's pages in a window, the next page, A3 paper, Close. */
@ExtendWith(RobotExtension.class)
class PrintPreviewJourneyTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Plan plan;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        bench.editor().setSession(fixture.documents.session(plan), true);
    }

    private PrintPreviewWindow preview() {
        return (PrintPreviewWindow) Window.getWindows().stream().filter(PrintPreviewWindow.class::isInstance)
                .findFirst().orElse(null);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void ctrlPShowsThePagesWhichTurnAndFollowThePaper(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewWindow window = preview();
        assertThat(window).as("the print preview is open").isNotNull();
        PrintPreviewViewModel model = window.viewModel();
        int a4Pages = model.pageCountProperty().get();
        assertThat(a4Pages).as("Gantt, WBS, risks and costs").isGreaterThanOrEqualTo(4);
        assertThat(text(robot, "#previewPageText")).isEqualTo("Page 1 of " + a4Pages);
        assertThat(robot.lookup("#previewPage").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#previewPrevious").queryButton().isDisabled()).isTrue();

        robot.clickOn("#previewNext");
        assertThat(text(robot, "#previewPageText")).isEqualTo("Page 2 of " + a4Pages);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(model.pageProperty().get()).isEqualTo(2);
        robot.type(KeyCode.PAGE_UP);
        assertThat(model.pageProperty().get()).isEqualTo(1);

        @SuppressWarnings("unchecked")
        ComboBox<ReportSetup.Paper> paper = robot.lookup("#previewPaper").queryAs(ComboBox.class);
        robot.clickOn(paper);
        robot.clickOn("A3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.setup().paper()).isEqualTo(ReportSetup.Paper.A3);
        assertThat(model.pages().pageWidth()).as("A3 landscape, in points").isEqualTo(1190.55, org.assertj.core.data.Offset.offset(0.01));
        assertThat(model.pageProperty().get()).as("the page on screen is kept").isEqualTo(1);
        assertThat(text(robot, "#previewPageText")).isEqualTo("Page 2 of " + model.pageCountProperty().get());
        assertThat(text(robot, "#previewMessage")).isEmpty();

        robot.clickOn("#previewClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview()).as("closed").isNull();
        assertThat(fixture.failures).isEmpty();
    }
}
