package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PrivateStoreHome.class)
class ExportImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesAWorkbookAndACsvThenImportRebuildsThePlan() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path xlsx = dir.resolve("out.xlsx");
        Path csv = dir.resolve("out.csv");
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--xlsx", xlsx.toString(), "--csv",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + xlsx).contains("Wrote " + csv);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("WBS").getLastRowNum()).isEqualTo(60);
        }
        assertThat(Files.readAllLines(csv)).hasSize(61);

        Path back = dir.resolve("back.genaiplan");
        run = CommandLineTest.run("import", xlsx.toString(), back.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 60 tasks and 55 dependencies");
        var imported = new PlanPackageReader().read(back).plan();
        assertThat(imported.taskCount()).isEqualTo(60);
        assertThat(imported.name()).isEqualTo("back");

        Path fromCsv = dir.resolve("csv.genaiplan");
        run = CommandLineTest.run("import", csv.toString(), fromCsv.toString(), "--name", "From CSV");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new PlanPackageReader().read(fromCsv).plan().dependencies()).hasSize(55);
    }

    @Test
    void neitherCommandReplacesAFileWithoutForce() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path xlsx = dir.resolve("out.xlsx");
        Files.writeString(xlsx, "keep");
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--xlsx", xlsx.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("genaiplan: out.xlsx already exists; pass --force to replace it.");
        assertThat(Files.readString(xlsx)).isEqualTo("keep");
        assertThat(CommandLineTest.run("export", plan.toString(), "--xlsx", xlsx.toString(), "--force").exitCode()).isZero();

        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "Task Name,Duration\nOnly task,2d\n");
        run = CommandLineTest.run("import", csv.toString(), plan.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("chatbot.genaiplan already exists; pass --force to replace it.");
        assertThat(new PlanPackageReader().read(plan).plan().taskCount()).isEqualTo(60);
        run = CommandLineTest.run("import", csv.toString(), plan.toString(), "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new PlanPackageReader().read(plan).plan().taskCount()).isEqualTo(1);
    }

    @Test
    void importListsBadRowsAndStillWritesThePlan() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Task Name,Dur,Predecessors\nFirst,1d,\n,2d,\nThird,soon,1\nFourth,1d,42\n");
        Path out = dir.resolve("bad.genaiplan");
        CommandLineTest.Run run = CommandLineTest.run("import", csv.toString(), out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Row 3: ").contains("Row 4: ").contains("Row 5: ")
                .contains("Imported 3 tasks and 1 dependencies").contains("3 problems listed above");
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void errorsAreOneLine() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--xlsx OUT.xlsx");
        run = CommandLineTest.run("export", plan.toString(), "--xlsx", dir.resolve("out.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("genaiplan: out.pdf was not written because its name does not end in .xlsx.");
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "Colour,Size\nred,1\n");
        run = CommandLineTest.run("import", notes.toString(), dir.resolve("x.genaiplan").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("genaiplan: notes.csv has no header line with a task-name column")
                .doesNotContain("\n").doesNotContain("Exception");
        run = CommandLineTest.run("import", dir.resolve("nothing.xlsx").toString(), dir.resolve("y.genaiplan").toString());
        assertThat(run.err().strip()).isEqualTo("genaiplan: nothing.xlsx was not found.");
    }
}
