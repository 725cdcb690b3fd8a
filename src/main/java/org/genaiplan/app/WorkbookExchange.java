package org.genaiplan.app;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.CancellationException;
import org.genaiplan.export.ExcelExporter;
import org.genaiplan.export.ExportOptions;
import org.genaiplan.export.ImportException;
import org.genaiplan.export.ImportProblem;
import org.genaiplan.export.ImportResult;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.export.WbsImporter;
import org.genaiplan.export.pdf.GanttPicture;
import org.genaiplan.export.pdf.PageSetup;
import org.genaiplan.export.pdf.PdfExporter;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.store.PlanAssembler;
import org.genaiplan.store.PlanData;
import org.genaiplan.store.PlanRows;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.OtherPlanners;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.interop.ForeignImport;
import org.genaiplan.interop.MspdiExporter;

/** The window's Excel export, PDF report and table import, over the export package. */
public final class WorkbookExchange implements PlanExchange {

    /** The snapshot is the plan's data; the copy written from it is assembled and scheduled on the export's thread. */
    @Override
    public Export prepareExport(Plan plan) {
        PlanData snapshot = PlanRows.of(plan);
        return (target, progress) -> {
            Plan copy = PlanAssembler.assemble(snapshot);
            new CpmScheduler().schedule(copy);
            exportWorkbook(copy, target, progress);
        };
    }

    /** Like {@link #prepareExport}: the snapshot now, the picture drawn from a scheduled copy on the export's thread. */
    @Override
    public Picture prepareGanttPicture(Plan plan, String zoom) {
        PlanData snapshot = PlanRows.of(plan);
        PageSetup.Zoom z = PageSetup.Zoom.parse(zoom);
        return (target, progress) -> {
            Plan copy = PlanAssembler.assemble(snapshot);
            new CpmScheduler().schedule(copy);
            progress.update(0, 1, "Drawing the chart");
            try {
                GanttPicture picture = GanttPicture.of(copy, z, null, null, null);
                if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                    picture.writeSvg(target);
                } else {
                    picture.writePng(target);
                }
            } catch (GanttPicture.TooLargeException e) {
                throw new DocumentException(e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw failed(target, e);
            }
            progress.update(1, 1, "Drawing the chart");
        };
    }

    /** Like {@link #prepareExport}: the snapshot now, the copy assembled, scheduled and written on the export's thread. */
    @Override
    public Report prepareReport(Plan plan) {
        PlanData snapshot = PlanRows.of(plan);
        return (target, progress) -> {
            Plan copy = PlanAssembler.assemble(snapshot);
            new CpmScheduler().schedule(copy);
            try {
                new PdfExporter().export(copy, target, PageSetup.defaults(), listener(progress));
            } catch (CancellationException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw failed(target, e);
            }
        };
    }

    /** The snapshot now; the copy is assembled and scheduled on the first layout, off the UI thread. */
    @Override
    public Preview preparePreview(Plan plan) {
        return new ReportPreview(PlanRows.of(plan));
    }

    /** Writes {@code plan}, which no one else changes meanwhile, as an Excel workbook. */
    void exportWorkbook(Plan plan, Path target, Progress progress) throws DocumentException {
        try {
            new ExcelExporter().export(plan, target, ExportOptions.defaults(), listener(progress));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw failed(target, e);
        }
    }

    /** One sentence naming the file; an earlier file is left as it was. */
    static DocumentException failed(Path target, Exception e) {
        if (e instanceof FileSystemException fs) {
            return new DocumentException(target.getFileName() + " could not be written" + (fs.getReason() == null ? ""
                    : " (" + fs.getReason().toLowerCase(java.util.Locale.ROOT) + ")") + "; an earlier file is unchanged.", e);
        }
        return new DocumentException(target.getFileName() + " could not be written because the plan could not be"
                + " put into it; an earlier file is unchanged.", e);
    }

    private static ProgressListener listener(Progress progress) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String step) {
                progress.update(done, total, step);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }

    /** Other planners' files through {@link ForeignImport}: the report's lines stand where a table's problems do. */
    @Override
    public Imported importTable(Path source, String planName, Progress progress) throws DocumentException {
        if (!OtherPlanners.is(source)) {
            return importTable(source, planName);
        }
        try {
            ForeignImport.Result result = new ForeignImport().read(source, planName, listener(progress));
            return new Imported(result.plan(), result.report().lines());
        } catch (ImportException e) {
            throw new DocumentException(e.getMessage(), e);
        }
    }

    /** MS Project XML from a snapshot, assembled, scheduled and written on the export's thread. */
    @Override
    public Export prepareMsProjectXml(Plan plan) {
        return prepareForOtherPlanner(plan, OtherPlanners.Format.MSPDI);
    }

    /** MS Project XML, GNOME Planner or PMXML from a snapshot, written on the export's thread. */
    @Override
    public Export prepareForOtherPlanner(Plan plan, OtherPlanners.Format format) {
        MspdiExporter.Target target = MspdiExporter.Target.valueOf(format.name());
        PlanData snapshot = PlanRows.of(plan);
        return (file, progress) -> {
            Plan copy = PlanAssembler.assemble(snapshot);
            new CpmScheduler().schedule(copy);
            progress.update(0, 1, "Writing " + format.label());
            try {
                MspdiExporter exporter = new MspdiExporter();
                org.genaiplan.export.ReplaceFile.write(file, ".tmp", out -> exporter.write(copy, out, target));
            } catch (IOException | RuntimeException e) {
                throw failed(file, e);
            }
            progress.update(1, 1, "Writing " + format.label());
        };
    }

    @Override
    public Imported importTable(Path source, String planName) throws DocumentException {
        LocalDate start = LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        try {
            ImportResult result = new WbsImporter().read(source, planName, start);
            return new Imported(result.plan(), result.problems().stream().map(ImportProblem::toString).toList());
        } catch (ImportException e) {
            throw new DocumentException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DocumentException(source.getFileName() + " could not be imported because one of its values could"
                    + " not be read.", e);
        }
    }

}
