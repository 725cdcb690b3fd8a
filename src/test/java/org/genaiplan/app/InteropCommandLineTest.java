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
