package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.templates.TemplateInfo;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TemplatesCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TemplatesCommand());
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void listsOneLinePerTemplateWithItsCounts() {
        List<String> lines = run().lines().toList();
        List<TemplateInfo> templates = TemplateCatalog.load().templates();
        assertThat(lines).hasSize(4);
        for (int i = 0; i < templates.size(); i++) {
            TemplateInfo t = templates.get(i);
            assertThat(lines.get(i)).startsWith(t.id() + " ").contains(t.name())
                    .endsWith("tasks=" + t.tasks() + " milestones=" + t.milestones() + " risks=" + t.risks());
        }
        assertThat(lines.getFirst()).startsWith("genai-lifecycle ");
    }

    @Test
    void fragmentsOptionAddsTheFragments() {
        String out = run("--fragments");
        assertThat(out).contains("red-teaming").contains("RLHF work package").contains("Fragments");
    }
}
