package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.command.CreateOwnerCommand;
import org.genaiplan.ui.project.ProjectInfoViewModel;
import org.genaiplan.ui.resources.OwnerInput;
import org.genaiplan.ui.resources.ResourcesViewModel;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;

/**
 * Project information and people set in the real window (working store and package), saved, closed and
 * reopened, and shown in the exported workbook; a plan nobody named is called after its file.
 */
@ExtendWith(RobotExtension.class)
class ProjectSettingsSaveReopenGuiTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-gui-settings");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    private void saveAs(FxRobot robot, Path file) throws Exception {
        dialogs.files.add(file);
        robot.interact(() -> bench.main().saveAs());
        FirstPlan.idle(bench, 20);
        assertThat(Files.exists(file)).isTrue();
    }

    private void reopen(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> bench.main().close());
        assertThat(bench.editor().plan()).isNull();
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 20);
    }

    private Map<String, String> summary(FxRobot robot, Path workbook) throws Exception {
        dialogs.files.add(workbook);
        robot.interact(() -> bench.main().exportWorkbook());
        FirstPlan.idle(bench, 20);
        Map<String, String> facts = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            XSSFSheet sheet = book.getSheet("Summary");
            DataFormatter text = new DataFormatter(java.util.Locale.ROOT);
            facts.put("title", sheet.getRow(0).getCell(0).getStringCellValue());
            for (Row row : sheet) {
                Cell label = row.getCell(0);
                if (label != null && label.getCellType() == CellType.STRING && row.getCell(1) != null) {
                    Cell value = row.getCell(1);
                    facts.put(label.getStringCellValue(), value.getCellType() == CellType.NUMERIC
                            && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(value)
                            ? value.getLocalDateTimeCellValue().toLocalDate().toString() : text.formatCellValue(value));
                }
            }
        }
        return facts;
    }

    @Test
    void aNewPlanStartsNextMondayWithTheTeamRolesAndIsNamedAfterItsFile(FxRobot robot) throws Exception {
        Plan plan = bench.editor().plan();
        assertThat(plan.name()).isEqualTo(Plan.UNTITLED);
        assertThat(plan.startDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(plan.startDate()).isAfter(LocalDate.now()).isBefore(LocalDate.now().plusDays(8));
        assertThat(OwnerInput.ownerNames(plan)).as("the Owner list of a new plan").contains("AI/ML Engineer",
                "Data Engineer");

        saveAs(robot, folder.resolve("scratch.genaiplan"));
        assertThat(bench.editor().plan().name()).isEqualTo("scratch");
        assertThat(summary(robot, folder.resolve("scratch.xlsx")).get("title")).isEqualTo("scratch");
        reopen(robot, folder.resolve("scratch.genaiplan"));
        assertThat(bench.editor().plan().name()).isEqualTo("scratch");
    }

    @Test
    void projectInformationAndPeopleSurviveSaveCloseReopenAndReachTheWorkbook(FxRobot robot) throws Exception {
        ProjectInfoViewModel info = ProjectInfoViewModel.create(bench.editor(), bench.main().messageProperty());
        ResourcesViewModel team = ResourcesViewModel.create(bench.editor(), bench.main().messageProperty());
        robot.interact(() -> {
            bench.wbs().insertTask();
            info.nameProperty().set("Support chatbot");
            info.startProperty().set(LocalDate.of(2026, 12, 21));
            info.statusDateProperty().set(LocalDate.of(2026, 12, 23));
            info.deadlineProperty().set(LocalDate.of(2027, 3, 31));
            info.currencyProperty().set("EUR");
            info.workingDays().add(DayOfWeek.SATURDAY);
            info.hoursPerDayProperty().set("7.5");
            info.dayStartProperty().set("09:00");
            info.defaultDurationProperty().set("2d");
            assertThat(info.addException(LocalDate.of(2026, 12, 25), null, "Christmas Day")).isNull();
            assertThat(info.addException(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), "New Year")).isNull();
            assertThat(info.apply()).isNull();
            bench.wbs().insertTask();
        });
        Plan plan = bench.editor().plan();
        Task first = plan.roots().get(0);
        Task second = plan.roots().get(1);
        assertThat(first.durationMinutes()).as("inserted before the change: one 8-hour day").isEqualTo(480);
        assertThat(second.durationMinutes()).as("the new default: two 7.5-hour days").isEqualTo(900);
        robot.interact(() -> {
            var typed = (OwnerInput.Unknown) OwnerInput.resolve(plan, "Dana Reyes");
            bench.editor().execute(OwnerInput.create(typed, CreateOwnerCommand.Kind.PERSON, List.of(first.id())));
            assertThat(team.editPerson(0, ResourcesViewModel.PersonColumn.ROLE, "AI/ML Engineer")).isNull();
            assertThat(team.editPerson(0, ResourcesViewModel.PersonColumn.MAX_UNITS, "80")).isNull();
            assertThat(team.editPerson(0, ResourcesViewModel.PersonColumn.AVAILABILITY, "Not on Fridays")).isNull();
            int role = team.roles().indexOf(plan.role("AI/ML Engineer"));
            assertThat(team.editRole(role, ResourcesViewModel.RoleColumn.RATE, "100")).isNull();
            assertThat(team.editRole(role, ResourcesViewModel.RoleColumn.MAX_UNITS, "300")).isNull();
        });
        assertThat(first.cost()).as("8 h at the role's 100").isEqualByComparingTo("800");

        Path file = folder.resolve("chatbot.genaiplan");
        saveAs(robot, file);
        reopen(robot, file);
        Plan reopened = bench.editor().plan();
        assertThat(reopened).isNotSameAs(plan);
        assertThat(reopened.name()).isEqualTo("Support chatbot");
        assertThat(reopened.startDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(reopened.statusDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(reopened.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(reopened.currency()).isEqualTo("EUR");
        assertThat(reopened.calendar().workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(reopened.calendar().minutesPerDay()).isEqualTo(450);
        assertThat(reopened.calendar().dayStart()).hasToString("09:00");
        assertThat(reopened.calendar().exceptions()).containsExactly(
                new CalendarException(LocalDate.of(2026, 12, 25), null, "Christmas Day"),
                new CalendarException(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), "New Year"));
        assertThat(reopened.defaultDurationMinutes()).isEqualTo(900);
        assertThat(reopened.resources().people()).containsExactly(
                new Person("Dana Reyes", "AI/ML Engineer", null, 80, "Not on Fridays"));
        assertThat(reopened.role("AI/ML Engineer").maxUnits()).isEqualTo(300);
        Task owned = reopened.roots().get(0);
        assertThat(owned.ownerRole()).isEqualTo("Dana Reyes");
        assertThat(owned.cost()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(owned.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(reopened.roots().get(1).finish().toLocalDate()).as("Mon 21 and Tue 22 Dec")
                .isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(bench.editor().undoStack().canUndoProperty().get()).isFalse();

        Map<String, String> facts = summary(robot, folder.resolve("chatbot.xlsx"));
        assertThat(facts.get("title")).isEqualTo("Support chatbot");
        assertThat(facts.get("Project start")).isEqualTo("2026-12-21");
        assertThat(facts.get("Status date")).isEqualTo("2026-12-23");
        assertThat(facts.get("Deadline")).isEqualTo("2027-03-31");
        assertThat(facts.get("Calendar")).isEqualTo("Mon-Sat, 7.5 h a day from 09:00");
        assertThat(facts.get("Holidays and days off"))
                .isEqualTo("2026-12-25 Christmas Day; 2026-12-31 to 2027-01-01 New Year");
        assertThat(dialogs.errors).isEmpty();
    }
}
