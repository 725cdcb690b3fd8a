package org.genaiplan.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.genaiplan.model.Plan;

/**
 * Port: writes a plan as an Excel workbook or a PDF report and reads a WBS table into a new plan. The app layer
 * implements it.
 */
public interface PlanExchange {

    /** Hears how far the work has got (on the working thread) and says whether the user asked to stop. */
    interface Progress {
        void update(long done, long total, String step);

        boolean cancelled();
    }

    /** A plan read from a table, and one line per row that could not be read as it was. */
    record Imported(Plan plan, List<String> problems) {
        public Imported {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The first half of an export, on the UI thread: an immutable copy of the plan, which
     * {@link Export#write} writes on any thread while the plan goes on changing.
     */
    Export prepareExport(Plan plan);

    /** An export under way (see {@link #prepareExport}). */
    interface Export {
        /**
         * Writes the workbook to {@code target}, with the whole plan's Gantt chart on its Summary sheet (the same
         * picture as the command line's workbook).
         *
         * @throws java.util.concurrent.CancellationException when {@link Progress#cancelled()} said stop
         */
        void write(Path target, Progress progress) throws DocumentException;
    }

    /**
     * The first half of a Gantt picture, on the UI thread: an immutable copy of the plan, drawn by
     * {@link Picture#write} on any thread at {@code zoom} ("days", "weeks", "months" or "quarters").
     */
    Picture prepareGanttPicture(Plan plan, String zoom);

    /** A Gantt picture under way (see {@link #prepareGanttPicture}). */
    interface Picture {
        /**
         * Writes the whole plan's chart with its task names to {@code target}: SVG when its name ends in ".svg",
         * PNG otherwise. A picture too large is refused with one sentence saying so.
         */
        void write(Path target, Progress progress) throws DocumentException;
    }

    /**
     * The first half of a PDF report, on the UI thread: an immutable copy of the plan, which {@link Report#write}
     * writes on any thread while the plan goes on changing.
     */
    Report prepareReport(Plan plan);

    /** A PDF report under way (see {@link #prepareReport}). */
    interface Report {
        /**
         * Writes the report (every section, A4 landscape, the chart one page wide) to {@code target}.
         *
         * @throws java.util.concurrent.CancellationException when {@link Progress#cancelled()} said stop
         */
        void write(Path target, Progress progress) throws DocumentException;
    }

    /**
     * The first half of a print preview, on the UI thread: an immutable copy of the plan, which {@link Preview}
     * lays out, draws and writes on any thread while the plan goes on changing.
     */
    Preview preparePreview(Plan plan);

    /** A report being previewed (see {@link #preparePreview}): one call at a time, on any thread. */
    interface Preview {
        /** The report's pages with these choices. */
        ReportPages layout(ReportSetup setup) throws DocumentException;

        /**
         * Writes the report with these choices as a PDF file.
         *
         * @throws java.util.concurrent.CancellationException when {@link Progress#cancelled()} said stop
         */
        void write(Path target, ReportSetup setup, Progress progress) throws DocumentException;
    }

    /** The laid-out pages of a report, in points (1/72 inch). */
    interface ReportPages {
        int count();

        double pageWidth();

        double pageHeight();

        /** Page {@code index} (0-based) as a picture at {@code dpi} dots per inch. */
        BufferedImage image(int index, double dpi);
    }

    /** Reads an .xlsx or .csv WBS into a new, scheduled plan called {@code planName}. */
    Imported importTable(Path source, String planName) throws DocumentException;

    /**
     * Like {@link #importTable(Path, String)}, telling {@code progress} how far it got; also reads other planners'
     * files ({@link OtherPlanners}), whose "problems" are then the lines of the import report.
     */
    default Imported importTable(Path source, String planName, Progress progress) throws DocumentException {
        return importTable(source, planName);
    }

    /** The first half of an MS Project XML export (File > Export > MS Project XML), like {@link #prepareExport}. */
    default Export prepareMsProjectXml(Plan plan) {
        throw new UnsupportedOperationException("MS Project XML export is not available here");
    }

    /** Like {@link #prepareMsProjectXml}, in any of the other planners' formats File > Export offers. */
    default Export prepareForOtherPlanner(Plan plan, OtherPlanners.Format format) {
        if (format == OtherPlanners.Format.MSPDI) {
            return prepareMsProjectXml(plan);
        }
        throw new UnsupportedOperationException(format.label() + " export is not available here");
    }
}
