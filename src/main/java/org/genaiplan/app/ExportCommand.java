package org.genaiplan.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.export.CsvExporter;
import org.genaiplan.export.ExcelExporter;
import org.genaiplan.export.ExportOptions;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Plan;
import org.genaiplan.store.PlanFileException;
import org.genaiplan.store.PlanPackageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan export FILE --xlsx OUT.xlsx [--csv OUT.csv]}: a workbook for stakeholders, or a flat CSV WBS. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a plan to an Excel workbook (Summary, WBS, Gantt, Risks, Costs) and/or a flat CSV WBS.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file.")
    Path file;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Write an Excel workbook here.")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Write the WBS as CSV here.")
    Path csv;

    @Option(names = {"-f", "--force"}, description = "Replace output files that exist.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (xlsx == null && csv == null) {
            throw new ParameterException(spec.commandLine(), "Say where to write: --xlsx OUT.xlsx and/or --csv OUT.csv.");
        }
        check(xlsx, ".xlsx");
        check(csv, ".csv");
        Plan plan = new PlanPackageReader().read(file).plan();
        org.genaiplan.store.PlanNames.nameAfterFile(plan, file);
        PrintWriter out = spec.commandLine().getOut();
        if (xlsx != null) {
            write(xlsx, () -> new ExcelExporter().export(plan, xlsx, ExportOptions.defaults(), ProgressListener.NONE));
            out.printf("Wrote %s (%d tasks, %d risks)%n", xlsx, plan.taskCount(), plan.risks().size());
        }
        if (csv != null) {
            write(csv, () -> new CsvExporter().export(plan, csv, ProgressListener.NONE));
            out.printf("Wrote %s (%d tasks)%n", csv, plan.taskCount());
        }
        out.flush();
        return 0;
    }

    private interface Export {
        void run() throws IOException;
    }

    /** Runs one export; whatever goes wrong becomes one sentence naming the file (an earlier file stays as it was). */
    private static void write(Path target, Export export) throws PlanFileException {
        String name = PlanFileException.nameOf(target);
        try {
            export.run();
        } catch (FileSystemException e) {
            throw new PlanFileException(name + " could not be written" + (e.getReason() == null ? ""
                    : " (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")") + "; an earlier file is unchanged.", e);
        } catch (IOException | RuntimeException e) {
            throw new PlanFileException(name + " could not be written because the plan could not be put into it;"
                    + " an earlier file is unchanged.", e);
        }
    }

    private static boolean sameFile(Path a, Path b) throws PlanFileException {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new PlanFileException(PlanFileException.nameOf(a) + " cannot be checked before it is written.", e);
        }
    }

    private void check(Path target, String extension) throws PlanFileException {
        if (target == null) {
            return;
        }
        String name = PlanFileException.nameOf(target);
        if (Files.exists(target) && Files.exists(file) && sameFile(target, file)) {
            throw new PlanFileException(name + " is the plan being exported; write the export to another file.");
        }
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            throw new PlanFileException(name + " was not written because its name does not end in " + extension + ".");
        }
        if (Files.exists(target) && !force) {
            throw new PlanFileException(name + " already exists; pass --force to replace it.");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PlanFileException(name + " cannot be written because its folder does not exist.");
        }
    }
}
