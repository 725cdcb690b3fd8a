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
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.store.PlanAssembler;
import org.genaiplan.store.PlanData;
import org.genaiplan.store.PlanRows;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.PlanExchange;

/** The window's Excel export and table import, over the export package. */
public final class WorkbookExchange implements PlanExchange {

    /** The snapshot is the plan's data; the copy written from it is assembled and scheduled on the export's thread. */
    @Override
    public Export prepareExport(Plan plan) {
        PlanData snapshot = PlanRows.of(plan);
        return (target, ganttPng, progress) -> {
            Plan copy = PlanAssembler.assemble(snapshot);
            new CpmScheduler().schedule(copy);
            exportWorkbook(copy, target, ganttPng, progress);
        };
    }

    /** Writes {@code plan}, which no one else changes meanwhile, as an Excel workbook. */
    void exportWorkbook(Plan plan, Path target, byte[] ganttPng, Progress progress) throws DocumentException {
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String step) {
                progress.update(done, total, step);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
        try {
            new ExcelExporter().export(plan, target, withGantt(ExportOptions.defaults(), ganttPng), listener);
        } catch (CancellationException e) {
            throw e;
        } catch (FileSystemException e) {
            throw new DocumentException(target.getFileName() + " could not be written" + (e.getReason() == null ? ""
                    : " (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")") + "; an earlier file is unchanged.", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(target.getFileName() + " could not be written because the plan could not be"
                    + " put into it; an earlier file is unchanged.", e);
        }
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

    private static ExportOptions withGantt(ExportOptions options, byte[] ganttPng) {
        return ganttPng == null ? options : options.withGanttPng(ganttPng);
    }
}
