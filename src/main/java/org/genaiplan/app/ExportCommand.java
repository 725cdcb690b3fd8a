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
import org.genaiplan.export.pdf.GanttPicture;
import org.genaiplan.export.pdf.PageSetup;
import org.genaiplan.export.pdf.PdfExporter;
import org.genaiplan.model.Plan;
import org.genaiplan.store.PlanFileException;
import org.genaiplan.store.PlanPackageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code genaiplan export FILE --xlsx OUT.xlsx [--csv OUT.csv] [--pdf OUT.pdf ...] [--png OUT.png] [--svg OUT.svg]}: a
 * workbook for stakeholders, a flat CSV WBS, a PDF report (Gantt chart, WBS, risk register, cost report), or the
 * whole Gantt chart with its task names as a picture.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a plan to an Excel workbook (Summary, WBS, Gantt, Risks, Costs), a flat CSV WBS "
                + "a PDF report (Gantt chart, WBS table, risk register, cost report) and/or the whole Gantt chart "
                + "with its task names as a PNG or SVG picture.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file.")
    Path file;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Write an Excel workbook here.")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Write the WBS as CSV here.")
    Path csv;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "Write a PDF report here.")
    Path pdf;

    @Option(names = "--png", paramLabel = "OUT.png",
            description = "Write the whole Gantt chart with its task names here, as a PNG picture.")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT.svg",
            description = "Write the whole Gantt chart with its task names here, as an SVG picture (text stays text).")
    Path svg;

    @Option(names = "--mspdi", paramLabel = "OUT.xml",
            description = "Write the plan as MS Project XML here (tasks, links, constraints, calendar, people, costs).")
    Path mspdi;

    @Option(names = "--planner", paramLabel = "OUT.planner", description = "Write the plan as a GNOME Planner file here.")
    Path planner;

    @Option(names = "--pmxml", paramLabel = "OUT.xml", description = "Write the plan as Primavera P6 XML (PMXML) here.")
    Path pmxml;

    @Option(names = "--pages-wide", paramLabel = "N",
            description = "Spread the PDF's Gantt chart over N pages across (default: 1, or what --zoom needs).")
    Integer pagesWide;

    @Option(names = "--from", paramLabel = "DATE", description = "The Gantt chart (PDF, picture) starts on this date (yyyy-mm-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The Gantt chart (PDF, picture) ends on this date (yyyy-mm-dd).")
    String to;

    @Option(names = "--zoom", paramLabel = "UNIT", description = "The Gantt chart's timescale (PDF, picture): days, weeks, months or quarters"
                    + " (a picture's default: weeks).")
    String zoom;

    @Option(names = "--paper", paramLabel = "SIZE", description = "The PDF's paper: A4 (default), A3, letter or tabloid.")
    String paper;

    @Option(names = "--landscape", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Lay the PDF's pages on their side (the default); --no-landscape stands them upright.")
    boolean landscape;

    @Option(names = "--sections", paramLabel = "LIST", split = ",",
            description = "The PDF's sections, in any order: gantt,wbs,risks,costs (default: all).")
    java.util.List<String> sections;

    @Option(names = {"-f", "--force"}, description = "Replace output files that exist.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (xlsx == null && csv == null && pdf == null && png == null && svg == null && mspdi == null
                && planner == null && pmxml == null) {
            throw new ParameterException(spec.commandLine(), "Say where to write: --xlsx OUT.xlsx, --csv OUT.csv,"
                    + " --pdf OUT.pdf, --png OUT.png, --svg OUT.svg, --mspdi OUT.xml, --planner OUT.planner and/or --pmxml OUT.xml.");
        }
        PageSetup setup = new PdfOptions(spec, pdf != null, png != null || svg != null)
                .setup(pagesWide, from, to, zoom, paper, landscape, sections);
        check(xlsx, ".xlsx");
        check(csv, ".csv");
        check(pdf, ".pdf");
        check(png, ".png");
        check(svg, ".svg");
        check(mspdi, ".xml");
        check(planner, ".planner");
        check(pmxml, ".xml");
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
        if (pdf != null) {
            int[] pages = {0};
            write(pdf, () -> pages[0] = new PdfExporter().export(plan, pdf, setup, ProgressListener.NONE));
            out.printf("Wrote %s (%d pages, %d tasks)%n", pdf, pages[0], plan.taskCount());
        }
        if (png != null || svg != null) {
            GanttPicture picture = GanttPicture.of(plan, setup.zoom(), setup.from(), setup.to(), setup.today());
            if (png != null) {
                write(png, () -> picture.writePng(png));
                out.printf("Wrote %s (%d \u00d7 %d pixels, %d tasks)%n", png, picture.pixels(picture.width()),
                        picture.pixels(picture.height()), picture.rowCount());
            }
            if (svg != null) {
                write(svg, () -> picture.writeSvg(svg));
                out.printf("Wrote %s (%d tasks)%n", svg, picture.rowCount());
            }
        }
        if (mspdi != null) {
            org.genaiplan.interop.MspdiExporter exporter = new org.genaiplan.interop.MspdiExporter();
            write(mspdi, () -> org.genaiplan.export.ReplaceFile.write(mspdi, ".xml", o -> exporter.write(plan, o)));
            out.printf("Wrote %s (MS Project XML, %d tasks)%n", mspdi, plan.taskCount());
            exporter.notes().forEach(n -> out.println("  " + n));
        }
        writeOther(plan, planner, org.genaiplan.interop.MspdiExporter.Target.PLANNER, "GNOME Planner", out);
        writeOther(plan, pmxml, org.genaiplan.interop.MspdiExporter.Target.PMXML, "Primavera P6 XML", out);
        out.flush();
        return 0;
    }

    private static void writeOther(Plan plan, Path target, org.genaiplan.interop.MspdiExporter.Target format,
                                   String label, PrintWriter out) throws PlanFileException {
        if (target == null) {
            return;
        }
        org.genaiplan.interop.MspdiExporter exporter = new org.genaiplan.interop.MspdiExporter();
        write(target, () -> org.genaiplan.export.ReplaceFile.write(target, ".tmp", o -> exporter.write(plan, o, format)));
        out.printf("Wrote %s (%s, %d tasks)%n", target, label, plan.taskCount());
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
        } catch (GanttPicture.TooLargeException e) {
            String sentence = e.getMessage();
            throw new PlanFileException(name + " was not written: " + Character.toLowerCase(sentence.charAt(0))
                    + sentence.substring(1), e);
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
