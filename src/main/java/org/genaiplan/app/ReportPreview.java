package org.genaiplan.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.CancellationException;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.export.pdf.PageLayout;
import org.genaiplan.export.pdf.PageSetup;
import org.genaiplan.export.pdf.PdfExporter;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.store.PlanAssembler;
import org.genaiplan.store.PlanData;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.ReportSetup;

/**
 * The print preview's report: a snapshot of the plan, assembled and scheduled once (on the first call, off the UI
 * thread), laid out and written with the choices of the window.
 */
final class ReportPreview implements PlanExchange.Preview {
    private final PlanData snapshot;
    private Plan copy;

    ReportPreview(PlanData snapshot) {
        this.snapshot = snapshot;
    }

    private synchronized Plan plan() {
        if (copy == null) {
            Plan assembled = PlanAssembler.assemble(snapshot);
            new CpmScheduler().schedule(assembled);
            copy = assembled;
        }
        return copy;
    }

    @Override
    public synchronized PlanExchange.ReportPages layout(ReportSetup setup) throws DocumentException {
        try {
            return new Pages(PageLayout.of(plan(), pageSetup(setup)));
        } catch (IllegalArgumentException e) {
            throw new DocumentException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DocumentException("The report's pages could not be laid out from this plan.", e);
        }
    }

    @Override
    public synchronized void write(Path target, ReportSetup setup, PlanExchange.Progress progress)
            throws DocumentException {
        try {
            new PdfExporter().export(plan(), target, pageSetup(setup), listener(progress));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw WorkbookExchange.failed(target, e);
        }
    }

    /** The export's page setup for the window's choices, made today. */
    static PageSetup pageSetup(ReportSetup s) {
        EnumSet<PageSetup.Section> sections = EnumSet.noneOf(PageSetup.Section.class);
        s.sections().forEach(section -> sections.add(PageSetup.Section.valueOf(section.name())));
        PageSetup.Zoom zoom = s.zoom() == ReportSetup.Zoom.AUTO ? null : PageSetup.Zoom.valueOf(s.zoom().name());
        return new PageSetup(PageSetup.Paper.valueOf(s.paper().name()), s.landscape(), s.pagesWide(), s.from(), s.to(),
                zoom, sections, LocalDate.now());
    }

    private static ProgressListener listener(PlanExchange.Progress progress) {
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

    /** A layout's pages; the plan behind them does not change. */
    private record Pages(PageLayout layout) implements PlanExchange.ReportPages {
        @Override
        public int count() {
            return layout.pageCount();
        }

        @Override
        public double pageWidth() {
            return layout.setup().pageWidth();
        }

        @Override
        public double pageHeight() {
            return layout.setup().pageHeight();
        }

        @Override
        public BufferedImage image(int index, double dpi) {
            return layout.image(index, dpi);
        }
    }
}
