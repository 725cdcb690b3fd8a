package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;
import org.genaiplan.export.ImportProblem;
import org.genaiplan.export.ImportResult;
import org.genaiplan.export.WbsImporter;
import org.genaiplan.interop.ForeignImport;
import org.genaiplan.store.PlanFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan import IN.xlsx|IN.csv FILE}: a new plan from a WBS table; rows it could not read are listed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Builds a plan from a WBS in an Excel sheet or CSV file (columns such as ID, WBS or Outline Level, "
                + "Task Name, Duration, Predecessors, Start, Owner), or from another planner's file (MS Project .mpp, "
                + ".xml or .mpx, Primavera P6 .xer or PMXML, GNOME Planner, GanttProject, ProjectLibre), and writes it "
                + "as a .genaiplan file. Predecessors are IDs (3, 7SS+1d) or WBS codes (W1.2 or 1.2). For another "
                + "planner's file it prints the import report: what was carried over, what was not, and how many "
                + "tasks' dates agree with the ones that tool computed.")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "An .xlsx, .xls or .csv file, or another planner's plan file.")
    Path in;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .genaiplan file to create.")
    Path file;

    @Option(names = "--name", description = "The plan's name (default: the file name).")
    String name;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD",
            description = "Project start when no row has a start date (default: next Monday).")
    LocalDate start;

    @Option(names = {"-f", "--force"}, description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(file) && Files.exists(in) && Files.isSameFile(file, in)) {
            throw new PlanFileException(PlanFileException.nameOf(file) + " is the table being imported; write the plan"
                    + " to another file.");
        }
        if (Files.exists(file) && !force) {
            throw new PlanFileException(PlanFileException.nameOf(file) + " already exists; pass --force to replace it.");
        }
        if (ForeignImport.accepts(in)) {
            return importForeign();
        }
        LocalDate startDate = start != null ? start : LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String planName = name != null ? name : NewCommand.defaultName(file);
        ImportResult result = new WbsImporter().read(in, planName, startDate);
        PrintWriter out = spec.commandLine().getOut();
        for (ImportProblem p : result.problems()) {
            out.println(p);
        }
        PlanFiles.writeNew(result.plan(), file, force);
        out.printf("Imported %d tasks and %d dependencies from %s into %s%s%n", result.plan().taskCount(),
                result.plan().dependencies().size(), in.getFileName(), file,
                result.problems().isEmpty() ? "" : " (" + result.problems().size()
                        + (result.problems().size() == 1 ? " problem" : " problems") + " listed above)");
        out.flush();
        return 0;
    }

    /** Another planning tool's file (MS Project, Primavera, Planner...): the plan and its import report. */
    private int importForeign() throws Exception {
        ForeignImport.Result result = new ForeignImport().read(in, name != null ? name : NewCommand.defaultName(file),
                org.genaiplan.export.ProgressListener.NONE);
        if (name != null) {
            result.plan().setName(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        result.report().lines().forEach(out::println);
        PlanFiles.writeNew(result.plan(), file, force);
        out.printf("Wrote %d tasks and %d dependencies to %s%n", result.plan().taskCount(),
                result.plan().dependencies().size(), file);
        out.flush();
        return 0;
    }
}
