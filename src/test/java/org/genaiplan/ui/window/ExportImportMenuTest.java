package org.genaiplan.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.app.WorkbookExchange;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.Dialogs.SaveChoice;
import org.genaiplan.ui.testing.MemoryClipboard;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.FailureLog;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ScheduleFormats;

/**
 * File > Export > Excel workbook and File > Import in the window, with the real exporter and importer on a
 * real background thread. The export waits at a gate the test opens, so the test can look at the window
 * while the export is under way.
 */
@ExtendWith(RobotExtension.class)
class ExportImportMenuTest {
    private final MemoryDocuments documents = new MemoryDocuments();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final GatedExchange exchange = new GatedExchange();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Workbench bench;
    private Stage stage;
    private Plan plan;
    private Path dir;

    /** The real exchange, held at a gate before each export; it records the thread the work runs on. */
    private static final class GatedExchange implements PlanExchange {
        final PlanExchange real = new WorkbookExchange();
        final CountDownLatch gate = new CountDownLatch(1);
        final List<String> threads = new ArrayList<>();

        @Override
        public Export prepareExport(Plan plan) {
            Export snapshot = real.prepareExport(plan);
            return (target, progress) -> {
                threads.add(Thread.currentThread().getName());
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                snapshot.write(target, progress);
            };
        }

        @Override
        public Picture prepareGanttPicture(Plan plan, String zoom) {
            return real.prepareGanttPicture(plan, zoom);
        }

        @Override
        public Report prepareReport(Plan plan) {
            Report snapshot = real.prepareReport(plan);
            return (target, progress) -> {
                threads.add(Thread.currentThread().getName());
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                snapshot.write(target, progress);
            };
        }

        @Override
        public Preview preparePreview(Plan plan) {
            return real.preparePreview(plan);
        }

        @Override
        public Imported importTable(Path source, String planName) throws DocumentException {
            threads.add(Thread.currentThread().getName());
            return real.importTable(source, planName);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("genaiplan-export-ui");
        bench = Workbench.create(new Workbench.Ports(documents, new ScheduleFormats(), CpmScheduler::new,
                owner -> dialogs, new RecentFiles(Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID())),
                new org.genaiplan.ui.window.FxTaskExecutor(background), new MemoryClipboard(), exchange, FailureLog.NONE), stage, stage::hide);
        plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        bench.editor().setSession(documents.session(plan), true);
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        exchange.gate.countDown();
        background.shutdownNow();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !bench.main().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
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

    private String status(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void theSummarySheetCarriesTheWholePlansGanttAfterTheCostCharts(FxRobot robot) throws Exception {
        dialogs.files.add(dir.resolve("with-gantt.xlsx"));
        chord(robot, KeyCode.CONTROL, KeyCode.E);
        exchange.gate.countDown();
        waitUntilIdle();
        assertThat(dialogs.errors).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("with-gantt.xlsx")))) {
            var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) book.getSheet("Summary")).getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            assertThat(drawing.getCharts()).as("three native cost charts").hasSize(3);
            assertThat(drawing.getShapes()).as("the charts and the Gantt picture; the heat map is cells").hasSize(4);
            assertThat(drawing.getShapes().getLast()).isInstanceOf(org.apache.poi.xssf.usermodel.XSSFPicture.class);
            byte[] png = book.getAllPictures().getFirst().getData();
            int height = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
            assertThat(height).as("every task's row, not the visible part (IHDR height)")
                    .isGreaterThan((int) (plan.taskCount() * 12.5 * 1.5));
        }
    }

    @Test
    void theWholePlanImageIsWrittenAsSvgOrPngWithEveryTaskName(FxRobot robot) throws Exception {
        dialogs.files.add(dir.resolve("chart.svg"));
        robot.interact(() -> menuItem("menuExportGanttPlanImage").fire());
        waitUntilIdle();
        String svg = Files.readString(dir.resolve("chart.svg"));
        for (var task : plan.tasksInOrder()) {
            assertThat(svg).contains(task.name().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
        dialogs.files.add(dir.resolve("chart"));
        robot.interact(() -> menuItem("menuExportGanttPlanImage").fire());
        waitUntilIdle();
        var image = javax.imageio.ImageIO.read(dir.resolve("chart.png").toFile());
        assertThat(image.getHeight()).as("every task's row, 2 px a point").isGreaterThan((int) (plan.taskCount() * 25));
        assertThat(dialogs.asked).contains("export image to " + bench.main().exportBaseName() + " gantt.png?");
    }

    @Test
    void exportWritesASnapshotInTheBackgroundWhileEditingGoesOn(FxRobot robot) throws Exception {
        Path chosen = dir.resolve("stakeholders");
        dialogs.files.add(chosen);
        int tasksBefore = plan.taskCount();
        chord(robot, KeyCode.CONTROL, KeyCode.E);

        assertThat(dialogs.asked).containsExactly("export to " + plan.name() + ".xlsx?");
        // The FX thread came back while the export is held at the gate: the window answers, and editing goes
        // on, since the export writes the snapshot taken when it started.
        assertThat(status(robot, "#statusSaveState")).isEqualTo("Exporting stakeholders.xlsx\u2026");
        assertThat(robot.lookup("#statusCancel").query().isVisible()).isTrue();
        assertThat(menuItem("menuExportExcel").isDisable()).isTrue();
        List<String> exported = plan.tasksInOrder().stream().map(Task::name).toList();
        robot.interact(() -> bench.wbs().insertTask());
        robot.type(KeyCode.ESCAPE);
        assertThat(plan.taskCount()).isEqualTo(tasksBefore + 1);

        exchange.gate.countDown();
        waitUntilIdle();
        assertThat(exchange.threads).singleElement().isNotEqualTo("JavaFX Application Thread");
        assertThat(dialogs.errors).isEmpty();
        assertThat(status(robot, "#statusMessage")).isEqualTo("Exported stakeholders.xlsx");
        assertThat(robot.lookup("#statusCancel").query().isVisible()).isFalse();
        Path file = dir.resolve("stakeholders.xlsx");
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet wbs = book.getSheet("WBS");
            for (Row row : wbs) {
                if (row.getRowNum() > 0 && row.getCell(2) != null) {
                    names.add(row.getCell(2).getStringCellValue().strip());
                }
            }
        }
        assertThat(names).as("the workbook holds the plan as it was when the export began")
                .containsExactlyElementsOf(exported);
    }

    @Test
    void filesExportPdfReportWritesASnapshotInTheBackground(FxRobot robot) throws Exception {
        dialogs.files.add(dir.resolve("sponsor"));
        List<String> exported = plan.tasksInOrder().stream().map(Task::name).toList();
        robot.interact(() -> menuItem("menuExportPdf").fire());

        assertThat(dialogs.asked).containsExactly("export PDF to " + plan.name() + ".pdf?");
        assertThat(status(robot, "#statusSaveState")).isEqualTo("Exporting sponsor.pdf\u2026");
        assertThat(menuItem("menuExportPdf").isDisable()).isTrue();
        robot.interact(() -> bench.wbs().insertTask());
        robot.type(KeyCode.ESCAPE);

        exchange.gate.countDown();
        waitUntilIdle();
        assertThat(exchange.threads).singleElement().isNotEqualTo("JavaFX Application Thread");
        assertThat(dialogs.errors).isEmpty();
        assertThat(status(robot, "#statusMessage")).isEqualTo("Exported sponsor.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(dir.resolve("sponsor.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(4);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(exported).allSatisfy(name -> assertThat(text).contains(name));
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
        }
    }

    @Test
    void cancellingAnExportLeavesNoFileAndNoErrorDialog(FxRobot robot) throws Exception {
        dialogs.files.add(dir.resolve("never.xlsx"));
        chord(robot, KeyCode.CONTROL, KeyCode.E);
        robot.interact(() -> robot.lookup("#statusCancel").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(status(robot, "#statusSaveState")).isEqualTo("Cancelling\u2026");
        exchange.gate.countDown();
        waitUntilIdle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(status(robot, "#statusMessage")).isEqualTo("Cancelled: Exporting never.xlsx");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void importOpensTheTableAsANewPlanAndListsTheRowsItCouldNotRead(FxRobot robot) throws Exception {
        Path csv = dir.resolve("vendor plan.csv");
        Files.writeString(csv, String.join("\n",
                "WBS,Task Name,Duration,Predecessors",
                "1,Collect prompts,,",
                "1.1,Label answers,3d,",
                "1.2,Train reward model,two weeks,1.1",
                "2,Ship,0d,1"), StandardCharsets.UTF_8);
        robot.interact(() -> bench.wbs().insertTask());
        dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        dialogs.files.add(csv);
        robot.interact(() -> menuItem("menuImport").fire());
        waitUntilIdle();

        assertThat(dialogs.asked).containsExactly("save Untitled?", "import which file?");
        assertThat(exchange.threads).singleElement().isNotEqualTo("JavaFX Application Thread");
        Plan imported = bench.editor().plan();
        assertThat(imported).isNotSameAs(plan);
        assertThat(imported.name()).isEqualTo("vendor plan");
        assertThat(imported.tasksInOrder()).extracting(t -> imported.wbsCode(t) + " " + t.name()).containsExactly(
                "1 Collect prompts", "1.1 Label answers", "1.2 Train reward model", "2 Ship");
        assertThat(dialogs.problems).singleElement().asString().startsWith("Row 4: ").contains("two weeks");
        assertThat(stage.getTitle()).isEqualTo("*Untitled \u2014 GenAI Planner");
        assertThat(status(robot, "#statusMessage")).isEqualTo("Imported 4 tasks from vendor plan.csv");
        assertThat(documents.log).contains("close", "adopt vendor plan");
    }

    @Test
    void aFileThatCannotBeImportedGivesOneSentenceAndKeepsThePlan(FxRobot robot) throws Exception {
        Path csv = dir.resolve("colours.csv");
        Files.writeString(csv, "Cost,Colour\n1,red\n", StandardCharsets.UTF_8);
        dialogs.files.add(csv);
        robot.interact(() -> menuItem("menuImport").fire());
        waitUntilIdle();
        assertThat(bench.editor().plan()).isSameAs(plan);
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot import colours.csv: ")
                .doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void openingACsvOffersToImportItAndTheFileJoinsOpenRecent(FxRobot robot) throws Exception {
        Path csv = dir.resolve("handover.csv");
        Files.writeString(csv, "WBS,Task Name,Duration\n1,Kick-off,1d\n2,Pilot,5d\n", StandardCharsets.UTF_8);
        dialogs.files.add(csv);
        robot.interact(() -> bench.main().open());
        waitUntilIdle();
        assertThat(dialogs.asked).containsExactly("open which file?", "import handover.csv?");
        assertThat(bench.editor().plan().tasksInOrder()).extracting(Task::name).containsExactly("Kick-off", "Pilot");
        assertThat(dialogs.errors).isEmpty();
        System.gc();
        Menu recent = (Menu) menuItem("menuOpenRecent");
        assertThat(recent.getItems()).extracting(MenuItem::getText).anyMatch(t -> t.startsWith("handover.csv"));

        // A plan saved under a new name is offered by Open Recent too, even after a garbage collection.
        System.gc();
        dialogs.files.add(dir.resolve("handover plan"));
        robot.interact(() -> bench.main().saveAs());
        waitUntilIdle();
        assertThat(recent.getItems().getFirst().getText()).startsWith("handover plan.genaiplan");
    }

    @Test
    void openingAnExcelWorkbookOffersToImportItsWbs(FxRobot robot) throws Exception {
        Path xlsx = dir.resolve("handed over.xlsx");
        new org.genaiplan.export.ExcelExporter().export(plan, xlsx, org.genaiplan.export.ExportOptions.defaults(),
                org.genaiplan.export.ProgressListener.NONE);
        dialogs.importAnswers.add(false);
        robot.interact(() -> bench.main().open(xlsx));
        waitUntilIdle();
        assertThat(dialogs.asked).containsExactly("import handed over.xlsx?");
        assertThat(bench.editor().plan()).as("declined: the plan stays").isSameAs(plan);
        assertThat(dialogs.errors).as("no 'not a GenAI Planner plan' error").isEmpty();

        robot.interact(() -> bench.main().open(xlsx));
        waitUntilIdle();
        assertThat(bench.editor().plan().taskCount()).isEqualTo(plan.taskCount());
        assertThat(bench.editor().plan().name()).isEqualTo("handed over");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportsStartInThePlansFolderAndAreNamedAfterIt(FxRobot robot) throws Exception {
        dialogs.files.add(dir.resolve("roadmap"));
        robot.interact(() -> bench.main().saveAs());
        waitUntilIdle();
        robot.interact(() -> bench.main().exportWorkbook());
        assertThat(dialogs.asked).contains("export to roadmap.xlsx?");
        assertThat(dialogs.exportFolders).containsExactly(dir.toAbsolutePath());
    }
}
