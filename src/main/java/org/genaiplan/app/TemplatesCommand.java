package org.genaiplan.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.templates.TemplateFragment;
import org.genaiplan.templates.TemplateInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code genaiplan templates}: one line per built-in template with its task, milestone and risk counts. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Lists the built-in plan templates: id, name, tasks, milestones and starter risks.")
public final class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--fragments", description = "Also list the fragments that can be inserted into an open plan.")
    boolean fragments;

    private final Supplier<TemplateCatalog> catalog;

    public TemplatesCommand() {
        this(TemplateCatalog::load);
    }

    public TemplatesCommand(Supplier<TemplateCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TemplateCatalog loaded = catalog.get();
        int idWidth = loaded.templates().stream().mapToInt(t -> t.id().length()).max().orElse(0);
        int nameWidth = loaded.templates().stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (TemplateInfo t : loaded.templates()) {
            out.printf("%-" + idWidth + "s  %-" + nameWidth + "s  tasks=%d milestones=%d risks=%d%n", t.id(), t.name(), t.tasks(),
                    t.milestones(), t.risks());
        }
        if (fragments) {
            out.println();
            out.println("Fragments (insert under a row of an open plan):");
            int w = loaded.fragments().stream().mapToInt(f -> f.id().length()).max().orElse(0);
            int nw = loaded.fragments().stream().mapToInt(f -> f.name().length()).max().orElse(0);
            for (TemplateFragment f : loaded.fragments()) {
                out.printf("%-" + w + "s  %-" + nw + "s  tasks=%d%n", f.id(), f.name(), f.taskCount());
            }
        }
        out.flush();
        return 0;
    }
}
