package org.genaiplan.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Self-made samples of the other formats for CI (the shared samples are not next to a fresh clone): the chatbot
 * template written as GNOME Planner and Primavera PMXML by MPXJ's writers, sniffed and imported back with its
 * tasks, hierarchy and links.
 */
class OtherFormatsRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PLANNER, chatbot.planner, GNOME Planner", "PMXML, chatbot-p6.xml, Primavera P6 XML (PMXML)",
            "MSPDI, chatbot.xml, MS Project XML"})
    void theChatbotTemplateComesBackFromEachFormat(MspdiExporter.Target target, String name, String format)
            throws Exception {
        Plan plan = MspdiRoundTripTest.chatbot();
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new MspdiExporter().write(plan, out, target);
        }
        ForeignImport.Result back = new ForeignImport().read(file, "Back", ProgressListener.NONE);
        back.report().lines().forEach(System.out::println);
        assertThat(back.report().format()).isEqualTo(format);
        List<String> names = back.plan().tasksInOrder().stream().map(Task::name).toList();
        assertThat(names).containsAll(plan.tasksInOrder().stream().filter(t -> !t.hasChildren()).map(Task::name).toList());
        assertThat(back.plan().dependencies()).isNotEmpty();
        assertThat(back.report().agreement().compared()).isPositive();
    }
}
