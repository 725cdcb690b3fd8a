package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.bench.SyntheticPlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportTest {
    @TempDir
    Path dir;

    /** What must survive a round trip: outline, names, leaf durations, milestones, links, dates. */
    private static List<String> shape(Plan plan) {
        List<String> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            out.add(plan.wbsCode(t) + " | " + t.name() + " | " + (t.hasChildren() ? "summary" : t.durationMinutes())
                    + " | " + t.kind() + " | " + t.start() + " | " + t.finish());
        }
        return out;
    }

    private static Set<String> links(Plan plan) {
        Set<String> out = new TreeSet<>();
        for (Dependency d : plan.dependencies()) {
            out.add(plan.wbsCode(plan.task(d.predecessorId())) + " -> " + plan.wbsCode(plan.task(d.successorId()))
                    + " " + d.type() + " " + d.lagMinutes());
        }
        return out;
    }

    private static void assertSamePlan(Plan original, ImportResult back) {
        assertThat(back.problems()).isEmpty();
        assertThat(shape(back.plan())).containsExactlyElementsOf(shape(original));
        assertThat(links(back.plan())).containsExactlyElementsOf(links(original));
        for (int i = 0; i < original.taskCount(); i++) {
            assertThat(back.plan().tasksInOrder().get(i).ownerRole())
                    .isEqualTo(original.tasksInOrder().get(i).ownerRole());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llm-chatbot", "genai-lifecycle", "scope-select-adapt", "agile-llm-pilot"})
    void templatesRoundTripThroughTheWorkbookAndCsv(String id) throws Exception {
        Plan plan = ExportFixtures.template(id);
        Path xlsx = ExportFixtures.export(plan, dir, id + ".xlsx");
        ImportResult fromWorkbook = new ExcelImporter().read(xlsx, "back", LocalDate.of(2030, 1, 7));
        assertSamePlan(plan, fromWorkbook);
        assertThat(ExportFixtures.totalCost(fromWorkbook.plan())).as("rates and fixed costs come back from the Costs sheet")
                .isEqualByComparingTo(workAndFixedCost(plan));
        Path csv = dir.resolve(id + ".csv");
        new CsvExporter().export(plan, csv, null);
        assertSamePlan(plan, new CsvImporter().read(csv, "back", LocalDate.of(2030, 1, 7)));
    }

    @Test
    void taskDeadlinesRoundTripThroughTheWorkbookAndCsv() throws Exception {
        Plan plan = ExportFixtures.chatbot();
        List<Task> rows = plan.tasksInOrder();
        rows.get(0).setDeadline(LocalDate.of(2027, 3, 31));
        rows.get(1).setDeadline(LocalDate.of(2027, 1, 6));
        rows.get(4).setDeadline(LocalDate.of(2027, 2, 12));
        new org.genaiplan.schedule.CpmScheduler().schedule(plan);
        List<LocalDate> deadlines = rows.stream().map(Task::deadline).toList();

        Path xlsx = ExportFixtures.export(plan, dir, "deadlines.xlsx");
        ImportResult fromWorkbook = new ExcelImporter().read(xlsx, "back", LocalDate.of(2030, 1, 7));
        assertSamePlan(plan, fromWorkbook);
        assertThat(fromWorkbook.plan().tasksInOrder()).extracting(Task::deadline).containsExactlyElementsOf(deadlines);

        Path csv = dir.resolve("deadlines.csv");
        new CsvExporter().export(plan, csv, null);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(2)).contains(",2027-01-06,");
        ImportResult fromCsv = new CsvImporter().read(csv, "back", LocalDate.of(2030, 1, 7));
        assertSamePlan(plan, fromCsv);
        assertThat(fromCsv.plan().tasksInOrder()).extracting(Task::deadline).containsExactlyElementsOf(deadlines);
    }

    @Test
    void aDeadlineOrDueDateColumnOfAnotherToolIsReadAndABadOneIsAProblem() throws Exception {
        Path csv = dir.resolve("due.csv");
        Files.writeString(csv, String.join("\n",
                "Task Name,Duration,Due Date",
                "Collect data,2,2027-01-08",
                "Label data,1,someday",
                "Train,1,1850-01-01",
                "Ship,1,"), StandardCharsets.UTF_8);
        ImportResult result = new CsvImporter().read(csv, "Due", ExportFixtures.START);
        assertThat(result.plan().tasksInOrder()).extracting(Task::deadline)
                .containsExactly(LocalDate.of(2027, 1, 8), null, null, null);
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "Row 3: the deadline \"someday\" is not a date such as 2027-01-04, so it was left out.",
                "Row 4: the deadline 1850-01-01 is not in the years 1900 to 9999, so it was left out.");
        assertThat(result.plan().tasksInOrder().getFirst().start().toLocalDate()).as("a deadline moves nothing")
                .isEqualTo(ExportFixtures.START);
    }

    @Test
    void generatedPlanRoundTrips() throws Exception {
        Plan plan = new SyntheticPlanGenerator().generate(1500, 11);
        new org.genaiplan.schedule.CpmScheduler().schedule(plan);
        assertThat(links(plan).stream().map(l -> l.split(" ")[3]).distinct()).hasSizeGreaterThan(1);
        Path xlsx = ExportFixtures.export(plan, dir, "generated.xlsx");
        ImportResult back = new WbsImporter().read(xlsx, "back", ExportFixtures.START);
        assertThat(shape(back.plan()).subList(0, 1)).isEqualTo(shape(plan).subList(0, 1));
        assertThat(links(back.plan())).containsExactlyElementsOf(links(plan));
        assertThat(ExportFixtures.totalCost(back.plan())).isEqualByComparingTo(workAndFixedCost(plan));
        assertThat(ExportFixtures.totalCost(plan).signum()).isPositive();
        List<String> structure = back.plan().tasksInOrder().stream()
                .map(t -> back.plan().wbsCode(t) + " " + t.name() + " " + (t.hasChildren() ? -1 : t.durationMinutes()))
                .toList();
        assertThat(structure).containsExactlyElementsOf(plan.tasksInOrder().stream()
                .map(t -> plan.wbsCode(t) + " " + t.name() + " " + (t.hasChildren() ? -1 : t.durationMinutes()))
                .toList());
    }

    @Test
    void msProjectStyleCsvWithLooseHeadersIsRead() throws Exception {
        Path csv = dir.resolve("project.csv");
        Files.writeString(csv, """
                ID;Outline Level;Task Name;Dur;Start;Predecessors;Resource Names;% Complete
                1;1;Discovery;;2027-03-01;;;
                2;2;Interview users;5 days;2027-03-01;;Product Owner[50%];100%
                3;2;Write brief;2d;;2FS+1 day;Product Owner;
                4;1;Build;;;;;
                5;2;"Prototype; first cut";3w;;3;AI/ML Engineer, QA Engineer;
                6;2;Demo;0;;5SS+2d;;
                """, StandardCharsets.UTF_8);
        ImportResult result = new CsvImporter().read(csv, "Imported", LocalDate.of(2030, 1, 1));
        assertThat(result.problems()).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.startDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        List<Task> rows = plan.tasksInOrder();
        assertThat(rows).extracting(Task::name).containsExactly("Discovery", "Interview users", "Write brief", "Build",
                "Prototype; first cut", "Demo");
        assertThat(rows.get(1).parent()).isSameAs(rows.get(0));
        assertThat(rows.get(4).parent()).isSameAs(rows.get(3));
        assertThat(rows.get(1).durationMinutes()).isEqualTo(5 * 480);
        assertThat(rows.get(4).durationMinutes()).isEqualTo(15 * 480);
        assertThat(rows.get(5).isMilestone()).isTrue();
        assertThat(rows.get(1).ownerRole()).isEqualTo("Product Owner");
        assertThat(rows.get(4).ownerRole()).isEqualTo("AI/ML Engineer");
        assertThat(rows.get(1).percentComplete()).isEqualTo(100);
        assertThat(links(plan)).containsExactly("1.1 -> 1.2 FS 480", "1.2 -> 2.1 FS 0", "2.1 -> 2.2 SS 960");
        assertThat(rows.get(2).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 9));
    }

    @Test
    void aLaterStartThanTheScheduleGivesBecomesAConstraint() throws Exception {
        Path csv = dir.resolve("starts.csv");
        Files.writeString(csv, "Name,Duration,Start\nFirst,2,2027-03-01\nLater,1,2027-03-10\n");
        Plan plan = new CsvImporter().read(csv, "Starts", LocalDate.of(2030, 1, 1)).plan();
        assertThat(plan.tasksInOrder().get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(plan.tasksInOrder().get(0).constraintType()).isEqualTo(org.genaiplan.model.ConstraintType.AS_SOON_AS_POSSIBLE);
    }

    @Test
    void badRowsAreReportedByRowNumberAndTheRestIsImported() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, String.join("\n",
                "WBS,Task Name,Duration,Predecessors,Start,% Complete",
                "1,Good phase,,,2027-01-04,",
                "1.1,Good task,3d,,,",
                "1.2,,2d,,,",
                "1.3,Odd duration,three days,,,",
                "1.4,Missing link,1d,99,,",
                "1.5,Self link,1d,6,,",
                "1.6,Bad start,1d,,yesterday,",
                "1.7,Too done,1d,,,150",
                "7.3,Orphan,1d,2,,",
                "1.8,Loop back,1d,9,,"), StandardCharsets.UTF_8);
        ImportResult result = new CsvImporter().read(csv, "Bad", ExportFixtures.START);
        List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 4: ").contains("no name"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 5: ").contains("three days"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 6: ").contains("\"99\""));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 7: ").contains("itself"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 8: ").contains("yesterday"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 9: ").contains("150"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 10: ").contains("7"));
        assertThat(problems).allSatisfy(p -> assertThat(p).endsWith("."));
        Plan plan = result.plan();
        assertThat(plan.tasksInOrder()).extracting(Task::name).containsExactly("Good phase", "Good task",
                "Odd duration", "Missing link", "Self link", "Bad start", "Too done", "Loop back", "Orphan");
        assertThat(plan.task(plan.tasksInOrder().get(2).id()).durationMinutes()).isEqualTo(480);
        assertThat(links(plan)).containsExactly("1.1 -> 2 FS 0", "2 -> 1.7 FS 0");
    }

    @Test
    void predecessorsByIdAsExportedReadBackAgainstTheIdColumn() throws Exception {
        Path csv = dir.resolve("ids.csv");
        Files.writeString(csv, String.join("\n",
                "ID,WBS,Task Name,Duration,Predecessors",
                "10,1,Phase,,",
                "20,1.1,Collect,2d,",
                "30,1.2,Clean,1d,20SS+1d",
                "40,2,Train,3d,W1.2; 30FF"), StandardCharsets.UTF_8);
        ImportResult result = new CsvImporter().read(csv, "Ids", ExportFixtures.START);
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "Row 5: the predecessor \"30FF\" was left out: \"Train\" already depends on \"Clean\".");
        assertThat(links(result.plan())).containsExactly("1.1 -> 1.2 SS 480", "1.2 -> 2 FS 0");
    }

    @Test
    void anOlderFileWithDottedWbsCodesAndRowNumbersStillImports() throws Exception {
        // What this app exported before predecessors were shown by ID: nested tasks by WBS code without a
        // prefix, top-level tasks by row number, and no ID column.
        Path csv = dir.resolve("older.csv");
        Files.writeString(csv, String.join("\n",
                "WBS,Outline Level,Task Name,Duration (days),Predecessors",
                "1,1,Data,2,",
                "1.1,2,Collect,2,",
                "1.2,2,Clean,1,1.1SS+1d",
                "2,1,Launch,1,1.2",
                "3,1,Review,1,4"), StandardCharsets.UTF_8);
        ImportResult result = new CsvImporter().read(csv, "Older", ExportFixtures.START);
        assertThat(result.problems()).isEmpty();
        assertThat(links(result.plan())).containsExactly("1.1 -> 1.2 SS 480", "1.2 -> 2 FS 0", "2 -> 3 FS 0");
    }

    @Test
    void idsWrittenByTheCsvExportAreTheRowNumbers() throws Exception {
        Plan plan = ExportFixtures.template("llm-chatbot");
        Path csv = dir.resolve("chatbot.csv");
        new CsvExporter().export(plan, csv, null);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFID,WBS,Outline Level,Task Name,Duration (days),Start,Finish,"
                + "Deadline,Predecessors,% Complete,Owner,Cost,Critical,Optimistic (days),Most likely (days),"
                + "Pessimistic (days),Distribution");
        List<Task> rows = plan.tasksInOrder();
        Task linked = rows.stream().filter(t -> !plan.predecessorsOf(t).isEmpty() && t.parent() != null)
                .findFirst().orElseThrow();
        int id = rows.indexOf(linked) + 1;
        Task pred = plan.task(plan.predecessorsOf(linked).getFirst().predecessorId());
        assertThat(lines.get(id)).startsWith(id + "," + plan.wbsCode(linked) + ",");
        assertThat(lines.get(id)).contains("," + (rows.indexOf(pred) + 1));
    }

    @Test
    void hugeCellsBecomeProblemsWithoutHanging() throws Exception {
        String spaces = " ".repeat(100_000);
        Path csv = dir.resolve("huge.csv");
        Files.writeString(csv, String.join("\n",
                "Task Name,Predecessors,% Complete,Resource Names,Duration",
                "First,,,,1",
                "Second,\"1" + spaces + "x\",5" + spaces + "x," + "[".repeat(100_000) + ",1" + spaces + "d,"),
                StandardCharsets.UTF_8);
        ImportResult result = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new CsvImporter().read(csv, "Huge", ExportFixtures.START));
        assertThat(result.problems()).extracting(ImportProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("Row 3: the predecessor \"1\u2026\" is not an ID or WBS code").hasSizeLessThan(200));
        assertThat(result.problems()).extracting(ImportProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("Row 3: % complete"));
        assertThat(result.plan().tasksInOrder()).hasSize(2);
    }

    @Test
    void aLoopIsReportedAndBroken() throws Exception {
        Path csv = dir.resolve("loop.csv");
        Files.writeString(csv, "Name,Duration,Predecessors\nA,1,3\nB,1,1\nC,1,2\n");
        ImportResult result = new CsvImporter().read(csv, "Loop", ExportFixtures.START);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).toString()).startsWith("Row ").contains("loop");
        assertThat(result.plan().dependencies()).hasSize(2);
    }

    @Test
    void aTableWithoutANameColumnIsRefusedWithAMessage() throws Exception {
        Path csv = dir.resolve("none.csv");
        Files.writeString(csv, "Cost,Colour\n1,red\n");
        assertThatThrownBy(() -> new CsvImporter().read(csv, "x", ExportFixtures.START))
                .isInstanceOf(ImportException.class).hasMessageContaining("\"Task Name\"");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAMessage() throws Exception {
        Path bogus = dir.resolve("bogus.xlsx");
        Files.writeString(bogus, "not a spreadsheet");
        assertThatThrownBy(() -> new ExcelImporter().read(bogus, "x", ExportFixtures.START))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("bogus.xlsx could not be read as an Excel workbook");
        assertThatThrownBy(() -> new ExcelImporter().read(dir.resolve("missing.xlsx"), "x", ExportFixtures.START))
                .isInstanceOf(ImportException.class).hasMessage("missing.xlsx was not found.");
    }

    @Test
    void csvProtectsFormulaLookingTextAndReadsItBack() throws Exception {
        Plan p = new Plan("Formulas", ExportFixtures.START);
        for (String name : ExportFixtures.FORMULA_NAMES) {
            p.addTask(null, name).setDurationMinutes(480);
        }
        new org.genaiplan.schedule.CpmScheduler().schedule(p);
        Path csv = dir.resolve("formulas.csv");
        new CsvExporter().export(p, csv, null);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(lines.get(2)).contains(",'+1,");
        assertThat(lines.get(3)).contains(",'-2,");
        assertThat(lines.get(4)).contains(",'@SUM(A1),");
        ImportResult back = new CsvImporter().read(csv, "back", ExportFixtures.START);
        assertThat(back.plan().tasksInOrder()).extracting(Task::name).containsExactly(ExportFixtures.FORMULA_NAMES);
        assertThat(SafeText.csvField("\tx")).isEqualTo("'\tx");
        assertThat(SafeText.csvField("\rx")).isEqualTo("\"'\rx\"");
        assertThat(SafeText.csvField("plain")).isEqualTo("plain");
    }

    @Test
    void headerNamesMatchLoosely() {
        WbsColumns cols = WbsColumns.of(List.of("Outline  Level", "TASK NAME", "Dur.", "Predecessors", "Resource Names",
                "% Complete", "Start Date", "Unique ID"));
        assertThat(cols).isNotNull();
        assertThat(cols.at(WbsColumns.Column.LEVEL)).isZero();
        assertThat(cols.at(WbsColumns.Column.NAME)).isEqualTo(1);
        assertThat(cols.at(WbsColumns.Column.DURATION)).isEqualTo(2);
        assertThat(cols.at(WbsColumns.Column.PREDECESSORS)).isEqualTo(3);
        assertThat(cols.at(WbsColumns.Column.OWNER)).isEqualTo(4);
        assertThat(cols.at(WbsColumns.Column.PERCENT)).isEqualTo(5);
        assertThat(cols.at(WbsColumns.Column.START)).isEqualTo(6);
        assertThat(cols.at(WbsColumns.Column.ID)).isEqualTo(7);
        assertThat(DependencyType.FS).isNotNull();
    }

    /**
     * The plan's cost without its cost lines: what a workbook brings back (role rates and fixed costs; the
     * cost lines are reported in the Costs sheet but not read back).
     */
    private static java.math.BigDecimal workAndFixedCost(Plan plan) {
        java.math.BigDecimal lines = java.math.BigDecimal.ZERO;
        for (Task t : plan.tasksInOrder()) {
            for (var line : t.costLines()) {
                lines = lines.add(line.input().amount(plan.prices(), t.durationMinutes()));
            }
        }
        assertThat(lines.signum()).as("the plan has cost lines to leave out").isPositive();
        return ExportFixtures.totalCost(plan).subtract(lines);
    }
}
