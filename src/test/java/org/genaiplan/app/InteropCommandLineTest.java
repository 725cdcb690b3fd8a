package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code genaiplan export --mspdi} and {@code genaiplan import} of another planner's file, with its report. */
@ExtendWith(PrivateStoreHome.class)
class InteropCommandLineTest {

    @Test
    void aPlanGoesToMsProjectXmlAndComesBackWithItsImportReport(@TempDir Path dir) throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path xml = dir.resolve("chatbot.xml");
        CommandLineTest.Run export = CommandLineTest.run("export", plan.toString(), "--mspdi", xml.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("MS Project XML");
        assertThat(Files.readString(xml)).contains("<Project xmlns=\"http://schemas.microsoft.com/project\"");

        Path back = dir.resolve("back.genaiplan");
        CommandLineTest.Run imported = CommandLineTest.run("import", xml.toString(), back.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported chatbot.xml (MS Project XML)").contains("Carried over: tasks:")
                .containsPattern("Dates: (\\d+) of \\1 tasks agree");
        assertThat(back).exists();

        CommandLineTest.Run info = CommandLineTest.run("info", back.toString());
        assertThat(info.exitCode()).isZero();
    }

    @Test
    void extremeValuesInAnMsProjectFileAreKeptWithinThePlanFilesLimits(@TempDir Path dir) throws Exception {
        org.mpxj.ProjectFile project = new org.mpxj.ProjectFile();
        project.getProjectProperties().setStartDate(java.time.LocalDateTime.of(2027, 1, 4, 8, 0));
        org.mpxj.Task a = project.addTask();
        a.setName("Commas, [brackets] and a long name " + "x".repeat(2000));
        a.setDuration(org.mpxj.Duration.getInstance(1e9, org.mpxj.TimeUnit.DAYS));
        a.setFixedCost(1e15);
        a.setNotes("line one\nline two");
        org.mpxj.Task b = project.addTask();
        b.setName("");
        b.setDuration(org.mpxj.Duration.getInstance(2, org.mpxj.TimeUnit.ELAPSED_DAYS));
        b.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(a).type(org.mpxj.RelationType.START_START)
                .lag(org.mpxj.Duration.getInstance(-1e12, org.mpxj.TimeUnit.HOURS)));
        Path xml = dir.resolve("extreme.xml");
        try (var out = Files.newOutputStream(xml)) {
            new org.mpxj.mspdi.MSPDIWriter().write(project, out);
        }
        Path plan = dir.resolve("extreme.genaiplan");
        CommandLineTest.Run run = CommandLineTest.run("import", xml.toString(), plan.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("elapsed durations approximated in working time: 1");
        assertThat(CommandLineTest.run("info", plan.toString()).exitCode()).isZero();
    }

    @Test
    void aRefusedFormatIsOneSentenceAndNoPlan(@TempDir Path dir) throws Exception {
        Path p3 = dir.resolve("PROJ.xml");
        Files.writeString(p3, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><Project xmlns=\"http://schemas"
                + ".microsoft.com/project\"/>");
        Path out = dir.resolve("out.genaiplan");
        CommandLineTest.Run run = CommandLineTest.run("import", p3.toString(), out.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("PROJ.xml declares a document type or entities").doesNotContain("at org.");
        assertThat(out).doesNotExist();
    }
}
