package org.genaiplan.export.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.export.ReplaceFile;
import org.genaiplan.model.Plan;

/**
 * Writes a scheduled plan as a PDF report: the pages of a {@link PageLayout}, each drawn through PDFBox's
 * Graphics2D bridge, so text stays text (in the embedded report font) and lines stay lines at any zoom.
 *
 * <p>The plan must be scheduled and must not change while it is written (the window hands over a snapshot).
 * Safe off the JavaFX thread; the listener hears each page and may cancel. The file is written beside the target
 * and moved into place at the end, so a failed or cancelled export leaves any earlier file untouched.
 */
public final class PdfExporter {

    /** Writes the report to {@code target}, replacing it; returns the number of pages. */
    public int export(Plan plan, Path target, PageSetup setup, ProgressListener listener) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(target, "target");
        int[] pages = {0};
        ReplaceFile.write(target, ".pdf", out -> pages[0] = write(plan, out, setup, listener));
        return pages[0];
    }

    /**
     * Writes the report to a stream (not closed here); returns the number of pages.
     *
     * @throws CancellationException when the listener asked to stop
     */
    public int write(Plan plan, OutputStream out, PageSetup setup, ProgressListener listener) throws IOException {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        PageSetup chosen = setup == null ? PageSetup.defaults() : setup;
        progress.progress(0, 1, "Laying out the pages");
        PageLayout layout = PageLayout.of(plan, chosen);
        int count = layout.pageCount();
        PDRectangle size = new PDRectangle(chosen.pageWidth(), chosen.pageHeight());
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            describe(doc, plan);
            PdfBoxGraphics2DFontTextDrawer text = ReportFonts.get().drawer(doc);
            for (int i = 0; i < count; i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("The export was cancelled.");
                }
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size.getWidth(), size.getHeight());
                try {
                    g.setFontTextDrawer(text);
                    layout.paint(i, g);
                } finally {
                    g.dispose();
                }
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawForm(g.getXFormObject());
                }
                progress.progress(i + 1L, count, layout.pages().get(i).section().title());
            }
            doc.save(out);
        }
        return count;
    }

    private static void describe(PDDocument doc, Plan plan) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(plan.name());
        info.setCreator("GenAI Planner");
        info.setCreationDate(Calendar.getInstance());
    }
}
