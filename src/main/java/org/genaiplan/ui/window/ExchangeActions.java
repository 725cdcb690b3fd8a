package org.genaiplan.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.DocumentService;
import org.genaiplan.ui.OtherPlanners;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.TaskExecutor;
import org.genaiplan.ui.report.PrintPreviewViewModel;

/**
 * File > Export > Excel workbook, File > Export > PDF report and File > Import: the workbook and the report are
 * written from a snapshot in the background while editing goes on; a table is read into a new plan in the
 * background while the window waits.
 */
final class ExchangeActions {
    private final PlanExchange exchange;
    private final DocumentService documents;
    private final DocumentActions files;
    private final PlanEditor editor;
    private final Dialogs dialogs;
    private final RecentFiles recentFiles;
    private final BackgroundJobs jobs;
    private final StringProperty message;
    private final ReadOnlyStringWrapper loading;
    private ReportSetup reportSetup = ReportSetup.defaults();

    ExchangeActions(PlanExchange exchange, DocumentService documents, DocumentActions files, PlanEditor editor,
                    Dialogs dialogs, RecentFiles recentFiles, BackgroundJobs jobs, StringProperty message,
                    ReadOnlyStringWrapper loading) {
        this.exchange = Objects.requireNonNull(exchange);
        this.documents = Objects.requireNonNull(documents);
        this.files = Objects.requireNonNull(files);
        this.editor = Objects.requireNonNull(editor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.recentFiles = Objects.requireNonNull(recentFiles);
        this.jobs = Objects.requireNonNull(jobs);
        this.message = Objects.requireNonNull(message);
        this.loading = Objects.requireNonNull(loading);
    }

    void exportWorkbook() {
        PlanSession s = editor.session();
        if (s == null || jobs.busyProperty().get()) {
            return;
        }
        dialogs.chooseWorkbookToExport(baseName() + ".xlsx", planFolder()).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? chosen : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
            String name = target.getFileName().toString();
            PlanExchange.Export export = exchange.prepareExport(s.plan());
            jobs.run("Exporting " + name + "\u2026", false, true, progress -> {
                export.write(target, progress);
                return target;
            }, done -> message.set("Exported " + name), error -> dialogs.showError("Cannot export " + name, error));
        });
    }

    /** File > Export > PDF report: every section, written from a snapshot in the background. */
    void exportPdf() {
        PlanSession s = editor.session();
        if (s == null || jobs.busyProperty().get()) {
            return;
        }
        dialogs.choosePdfToExport(baseName() + ".pdf", planFolder()).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                    ? chosen : chosen.resolveSibling(chosen.getFileName() + ".pdf");
            String name = target.getFileName().toString();
            PlanExchange.Report report = exchange.prepareReport(s.plan());
            jobs.run("Exporting " + name + "\u2026", false, true, progress -> {
                report.write(target, progress);
                return target;
            }, done -> message.set("Exported " + name), error -> dialogs.showError("Cannot export " + name, error));
        });
    }

    /** The print preview of the plan on screen, with the choices made last time; null when no plan is open. */
    PrintPreviewViewModel printPreview(TaskExecutor executor) {
        PlanSession s = editor.session();
        if (s == null) {
            return null;
        }
        PrintPreviewViewModel preview = new PrintPreviewViewModel(exchange.preparePreview(s.plan()), reportSetup,
                executor, error -> jobs.describe("Laying out the report\u2026", error));
        preview.setupProperty().addListener((o, was, now) -> reportSetup = now);
        return preview;
    }

    /** The print preview's Export PDF: its snapshot and choices, written in the background; {@code tell} hears how. */
    void exportPdf(PlanExchange.Preview preview, ReportSetup setup, Consumer<String> tell) {
        if (jobs.busyProperty().get()) {
            tell.accept("Another file is being written; try again when it is done.");
            return;
        }
        dialogs.choosePdfToExport(baseName() + ".pdf", planFolder()).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                    ? chosen : chosen.resolveSibling(chosen.getFileName() + ".pdf");
            String name = target.getFileName().toString();
            tell.accept("Exporting " + name + "\u2026");
            jobs.run("Exporting " + name + "\u2026", false, true, progress -> {
                preview.write(target, setup, progress);
                return target;
            }, done -> {
                message.set("Exported " + name);
                tell.accept("Exported " + name + ".");
            }, tell);
        });
    }

    /**
     * File > Export > Gantt image (whole plan): the chart with its task names at {@code zoom} ("days", "weeks",
     * "months", "quarters"), as SVG when the chosen name ends in ".svg", else PNG; drawn from a snapshot in the
     * background.
     */
    void exportGanttPicture(String zoom) {
        PlanSession s = editor.session();
        if (s == null || jobs.busyProperty().get()) {
            return;
        }
        dialogs.chooseImageToExport(baseName() + " gantt.png", planFolder()).ifPresent(chosen -> {
            String lower = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
            Path target = lower.endsWith(".png") || lower.endsWith(".svg")
                    ? chosen : chosen.resolveSibling(chosen.getFileName() + ".png");
            String name = target.getFileName().toString();
            PlanExchange.Picture picture = exchange.prepareGanttPicture(s.plan(), zoom);
            jobs.run("Saving " + name + "\u2026", false, false, progress -> {
                picture.write(target, progress);
                return target;
            }, done -> message.set("Chart saved to " + name + "."), error -> message.set(error));
        });
    }

    /** File > Export > MS Project XML: written from a snapshot in the background; what MS Project cannot hold is said. */
    void exportMsProjectXml() {
        exportForOtherPlanner(OtherPlanners.Format.MSPDI);
    }

    /** File > Export > MS Project XML, GNOME Planner or Primavera P6 XML, like {@link #exportMsProjectXml()}. */
    void exportForOtherPlanner(OtherPlanners.Format format) {
        PlanSession s = editor.session();
        if (s == null || jobs.busyProperty().get()) {
            return;
        }
        String ext = "." + format.extension();
        dialogs.chooseOtherPlannerExport(format, baseName() + ext, planFolder()).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)
                    ? chosen : chosen.resolveSibling(chosen.getFileName() + ext);
            String name = target.getFileName().toString();
            PlanExchange.Export export = exchange.prepareForOtherPlanner(s.plan(), format);
            jobs.run("Exporting " + name + "\u2026", false, true, progress -> {
                export.write(target, progress);
                return target;
            }, done -> message.set("Exported " + name + " as " + format.label()),
                    error -> dialogs.showError("Cannot export " + name, error));
        });
    }

    /** Asks which table to import (after the unsaved-changes prompt), then imports it. */
    void importTable() {
        files.whenChangesHandled(() -> dialogs.chooseTableToImport().ifPresent(this::importNow));
    }

    /** A spreadsheet or CSV file chosen to open: offers to import it instead. */
    void offerImport(Path file) {
        if (dialogs.confirmImport(file.getFileName().toString())) {
            importNow(file);
        }
    }

    /** Reads a WBS table in the background and opens it as a new, unsaved plan; lists the rows it could not read. */
    private void importNow(Path file) {
        String name = file.getFileName().toString();
        loading.set("Importing " + name + "\u2026");
        jobs.run("Importing " + name + "\u2026", true, false, progress -> {
            PlanExchange.Imported imported = exchange.importTable(file, stripExtension(name), progress);
            return Map.entry(documents.adopt(imported.plan()), imported.problems());
        }, result -> {
            loading.set("");
            files.swapIn(result.getKey(), false);
            recentFiles.add(file);
            int n = result.getKey().plan().taskCount();
            message.set("Imported " + (n == 1 ? "1 task" : n + " tasks") + " from " + name);
            List<String> problems = result.getValue();
            if (OtherPlanners.is(file)) {
                dialogs.showImportReport(name, problems);
            } else if (!problems.isEmpty()) {
                dialogs.showImportProblems(name, problems);
            }
        }, error -> {
            loading.set("");
            dialogs.showError("Cannot import " + name, error);
        });
    }

    /** What exported files are called: the plan's file name without its extension, or the plan's name. */
    String baseName() {
        PlanSession s = editor.session();
        if (s == null) {
            return "";
        }
        return s.file().map(p -> stripExtension(p.getFileName().toString())).orElse(s.plan().name());
    }

    /** The folder of the plan's file, where exports start; null for a plan never saved. */
    Path planFolder() {
        return files.file().map(p -> p.toAbsolutePath().getParent()).orElse(null);
    }

    /** Spreadsheets, CSV files and other planners' plans are imported, not opened. */
    static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv") || OtherPlanners.is(file);
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
