package org.genaiplan.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.genaiplan.app.WorkbookExchange;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.FailureLog;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.testing.MemoryClipboard;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export > MS Project XML, and File > Open of that file: offered as an import, read in the background, reported. */
@ExtendWith(RobotExtension.class)
class OtherPlannersMenuTest {
    private final MemoryDocuments documents = new MemoryDocuments();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Workbench bench;
    private Stage stage;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("genaiplan-interop-ui");
        bench = Workbench.create(new Workbench.Ports(documents, new ScheduleFormats(), CpmScheduler::new,
                owner -> dialogs, new RecentFiles(Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID())),
                new FxTaskExecutor(background), new MemoryClipboard(), new WorkbookExchange(), FailureLog.NONE),
                stage, stage::hide);
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        bench.editor().setSession(documents.session(plan), true);
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !bench.main().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlanExportedAsMsProjectXmlOpensAgainAsAnImportWithItsReport(FxRobot robot) throws Exception {
        Plan original = bench.editor().plan();
        Path xml = dir.resolve("handover.xml");
        dialogs.files.add(xml);
        robot.interact(() -> menuItem("menuExportMspdi").fire());
        waitUntilIdle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readString(xml)).contains("schemas.microsoft.com/project");

        dialogs.files.add(xml);
        robot.interact(() -> bench.main().open());
        waitUntilIdle();
        assertThat(dialogs.asked).contains("open which file?", "import handover.xml?");
        assertThat(dialogs.errors).isEmpty();
        Plan imported = bench.editor().plan();
        assertThat(imported).isNotSameAs(original);
        assertThat(imported.tasksInOrder()).extracting(Task::name)
                .containsExactlyElementsOf(original.tasksInOrder().stream().map(Task::name).toList());
        assertThat(dialogs.problems).first().asString().startsWith("Imported handover.xml (MS Project XML)");
        assertThat(dialogs.problems).anySatisfy(l -> assertThat(l).containsPattern("Dates: (\\d+) of \\1 tasks agree"));
    }

    @Test
    void gnomePlannerAndPrimaveraExportsAreWrittenFromTheMenuAndReadBack(FxRobot robot) throws Exception {
        Plan original = bench.editor().plan();
        Path planner = dir.resolve("handover.planner");
        Path p6 = dir.resolve("handover-p6.xml");
        dialogs.files.add(planner);
        robot.interact(() -> menuItem("menuExportPlanner").fire());
        waitUntilIdle();
        dialogs.files.add(p6);
        robot.interact(() -> menuItem("menuExportPmxml").fire());
        waitUntilIdle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.asked).anyMatch(a -> a.startsWith("export GNOME Planner to ") && a.endsWith(".planner?"))
                .anyMatch(a -> a.startsWith("export Primavera P6 XML to ") && a.endsWith(".xml?"));
        for (Path file : List.of(planner, p6)) {
            Plan back = new org.genaiplan.interop.ForeignImport().read(file, "Back",
                    org.genaiplan.export.ProgressListener.NONE).plan();
            assertThat(back.tasksInOrder()).extracting(Task::name).containsAll(original.tasksInOrder().stream()
                    .filter(t -> !t.hasChildren()).map(Task::name).toList());
        }
    }

    @Test
    void aRefusedFormatIsOneSentenceAndKeepsThePlan(FxRobot robot) throws Exception {
        Plan original = bench.editor().plan();
        Path stx = dir.resolve("old.xml");
        Files.writeString(stx, "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY e SYSTEM \"file:///etc/hosts\">]>"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&e;</Name></Project>");
        dialogs.files.add(stx);
        robot.interact(() -> menuItem("menuImport").fire());
        waitUntilIdle();
        assertThat(bench.editor().plan()).isSameAs(original);
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot import old.xml: ")
                .contains("entities").doesNotContain("Exception").doesNotContain("\n");
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
                if (item instanceof Menu sub) {
                    for (MenuItem inner : sub.getItems()) {
                        if (id.equals(inner.getId())) {
                            return inner;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
