package org.genaiplan.ui.report;

import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.genaiplan.ui.BackgroundTask;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.TaskExecutor;

/**
 * Prints the preview's pages through JavaFX's {@link PrinterJob}: the system print dialog, then each page drawn
 * from the same layout at the printer's resolution (150 to 200 dpi) and scaled to the printable area.
 */
final class ReportPrinter {
    private static final double MIN_DPI = 150;
    private static final double MAX_DPI = 200;

    private ReportPrinter() {
    }

    /** Asks which printer, then prints in the background; {@code tell} hears how it went, in one sentence. */
    static void print(Window owner, PlanExchange.ReportPages pages, ReportSetup setup, TaskExecutor executor,
                      Consumer<String> tell) {
        if (pages == null || pages.count() == 0) {
            tell.accept("There are no pages to print yet.");
            return;
        }
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            tell.accept("No printer is set up here; Export PDF\u2026 saves the same pages.");
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            tell.accept("The printer could not be reached; Export PDF\u2026 saves the same pages.");
            return;
        }
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(paper(setup.paper()),
                setup.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            tell.accept("Printing cancelled.");
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double dpi = Math.max(MIN_DPI, Math.min(MAX_DPI, job.getJobSettings().getPrintResolution().getFeedResolution()));
        tell.accept("Printing " + pages.count() + (pages.count() == 1 ? " page\u2026" : " pages\u2026"));
        executor.execute(new BackgroundTask<>("Printing\u2026", false, true, progress -> {
            for (int i = 0; i < pages.count(); i++) {
                if (progress.cancelled()) {
                    job.cancelJob();
                    return false;
                }
                ImageView page = new ImageView(toFx(pages.image(i, dpi)));
                page.setPreserveRatio(true);
                page.setSmooth(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    return false;
                }
                progress.update(i + 1, pages.count(), "page " + (i + 1));
            }
            return job.endJob();
        }, done -> tell.accept(done ? "Sent " + pages.count() + (pages.count() == 1 ? " page" : " pages")
                + " to " + job.getPrinter().getName() + "." : "The printer stopped before the last page."),
                error -> tell.accept("The report could not be printed: the printer refused it.")),
                fraction -> { }, () -> false);
    }

    private static Paper paper(ReportSetup.Paper paper) {
        return switch (paper) {
            case A4 -> Paper.A4;
            case A3 -> Paper.A3;
            case LETTER -> Paper.NA_LETTER;
            case TABLOID -> Paper.TABLOID;
        };
    }

    /** A picture for JavaFX, copied pixel by pixel (no Swing bridge). */
    static Image toFx(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
