package org.genaiplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CostReport;

/**
 * Writes a scheduled plan to an Excel workbook (.xlsx) with the sheets Summary, WBS, Gantt, Risks and Costs,
 * then Quality, Issues, Deliverables and Gates.
 * Rows stream to disk (POI's SXSSF), so the heap stays bounded for plans of 100,000 tasks.
 *
 * <p>The plan must be scheduled (dates and roll-ups filled in) and must not change while it is written; the
 * window hands over a snapshot or blocks edits. Safe to call off the JavaFX thread: report progress through a
 * {@link ProgressListener}, which may also cancel. The file is written next to the target and moved into
 * place at the end, so a failed or cancelled export leaves any earlier file untouched.
 */
public final class ExcelExporter {
    /** Rows kept in memory per sheet while streaming. */
    private static final int WINDOW = 200;

    /** Writes the workbook to {@code target}, replacing it. */
    public void export(Plan plan, Path target, ExportOptions options, ProgressListener listener)
            throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(target, "target");
        ReplaceFile.write(target, ".xlsx", out -> write(plan, out, options, listener));
    }

    /**
     * Writes the workbook to a stream (not closed here).
     *
     * @throws CancellationException when the listener asked to stop
     */
    public void write(Plan plan, OutputStream out, ExportOptions options, ProgressListener listener)
            throws IOException {
        ExportOptions opts = options == null ? ExportOptions.defaults() : options;
        List<Task> rows = plan.tasksInOrder();
        CostReport costs = CostReport.of(plan, opts.today());
        long total = 2L * rows.size() + costs.items().size() + plan.risks().size() + 10;
        Progress progress = new Progress(listener, total);
        progress.report("Starting");
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(wb, plan.currency());
            ExportContext ctx = new ExportContext(plan, rows, opts, styles, new Cells(styles), progress, costs);
            SummarySheet.write(wb, ctx);
            progress.report("Summary");
            WbsSheet.write(wb, ctx);
            progress.report("WBS");
            GanttSheet.write(wb, ctx);
            progress.report("Gantt");
            RisksSheet.write(wb, ctx);
            progress.report("Risks");
            CostsSheet.write(wb, ctx);
            progress.report("Costs");
            if (RiskAnalysisSheet.applies(plan)) {
                RiskAnalysisSheet.write(wb, ctx);
                progress.report("Risk analysis");
            }
            TrackingSheet.write(wb, ctx);
            QualitySheets.write(wb, ctx, org.genaiplan.templates.ReferenceData.load().bugSeverity().stream()
                    .map(org.genaiplan.templates.ReferenceData.BugSeverity::name).toList());
            progress.report("Quality");
            if (SelectionSheet.applies(plan)) {
                SelectionSheet.write(wb, ctx);
            }
            if (StakeholderSheets.applies(plan)) {
                StakeholderSheets.write(wb, ctx);
            }
            if (BusinessCaseSheet.applies(plan)) {
                BusinessCaseSheet.write(wb, ctx);
            }
            ComplianceSheets.write(wb, ctx);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            progress.finish("Done");
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
