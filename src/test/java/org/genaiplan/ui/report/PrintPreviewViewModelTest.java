package org.genaiplan.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.testing.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The print preview's choices and pages without a window; the background work runs on the calling thread. */
class PrintPreviewViewModelTest {
    /** A4 lays the report out on 5 pages, A3 on 3, and a layout with the Risks section alone fails. */
    private static final class FakePreview implements PlanExchange.Preview {
        final List<ReportSetup> layouts = new ArrayList<>();
        final List<String> drawn = new ArrayList<>();

        @Override
        public PlanExchange.ReportPages layout(ReportSetup setup) throws DocumentException {
            layouts.add(setup);
            if (setup.sections().equals(java.util.Set.of(ReportSetup.Section.RISKS))) {
                throw new DocumentException("The risk pages could not be laid out.", null);
            }
            int count = setup.paper() == ReportSetup.Paper.A3 ? 3 : 5;
            return new PlanExchange.ReportPages() {
                @Override
                public int count() {
                    return count;
                }

                @Override
                public double pageWidth() {
                    return 842;
                }

                @Override
                public double pageHeight() {
                    return 595;
                }

                @Override
                public BufferedImage image(int index, double dpi) {
                    drawn.add(setup.paper() + " " + (index + 1) + " at " + Math.round(dpi));
                    return new BufferedImage(10, 7, BufferedImage.TYPE_INT_RGB);
                }
            };
        }

        @Override
        public void write(Path target, ReportSetup setup, PlanExchange.Progress progress) {
            throw new UnsupportedOperationException();
        }
    }

    private final FakePreview preview = new FakePreview();
    private PrintPreviewViewModel model;

    @BeforeEach
    void start() {
        model = new PrintPreviewViewModel(preview, ReportSetup.defaults(), new CurrentThreadTaskExecutor(),
                error -> error.getMessage());
        model.start();
    }

    @Test
    void startsOnTheFirstPageWithItsPicture() {
        assertThat(model.pageCountProperty().get()).isEqualTo(5);
        assertThat(model.pageProperty().get()).isZero();
        assertThat(model.pageTextProperty().get()).isEqualTo("Page 1 of 5");
        assertThat(model.pageImageProperty().get()).isNotNull();
        assertThat(preview.drawn).containsExactly("A4 1 at 96");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.atFirstProperty().get()).isTrue();
    }

    @Test
    void navigationStaysWithinThePages() {
        model.previous();
        assertThat(model.pageProperty().get()).isZero();
        model.next();
        model.next();
        assertThat(model.pageTextProperty().get()).isEqualTo("Page 3 of 5");
        model.last();
        assertThat(model.pageProperty().get()).isEqualTo(4);
        assertThat(model.atLastProperty().get()).isTrue();
        model.next();
        assertThat(model.pageProperty().get()).isEqualTo(4);
        model.show(17);
        model.show(-1);
        assertThat(model.pageProperty().get()).isEqualTo(4);
        model.first();
        assertThat(model.pageProperty().get()).isZero();
        assertThat(preview.drawn).containsExactly("A4 1 at 96", "A4 2 at 96", "A4 3 at 96", "A4 5 at 96", "A4 1 at 96");
    }

    @Test
    void changingThePaperLaysTheReportOutAgainAndKeepsThePageWhenItStillExists() {
        model.next();
        model.choosePaper(ReportSetup.Paper.A3);
        assertThat(preview.layouts).hasSize(2);
        assertThat(preview.layouts.getLast().paper()).isEqualTo(ReportSetup.Paper.A3);
        assertThat(model.pageTextProperty().get()).isEqualTo("Page 2 of 3");
        assertThat(preview.drawn.getLast()).isEqualTo("A3 2 at 96");

        model.choosePaper(ReportSetup.Paper.A3);
        assertThat(preview.layouts).as("the same choice again lays nothing out").hasSize(2);
    }

    @Test
    void aPageTheNewLayoutLacksBecomesItsLastPage() {
        model.last();
        model.choosePaper(ReportSetup.Paper.A3);
        assertThat(model.pageTextProperty().get()).isEqualTo("Page 3 of 3");
        assertThat(preview.drawn.getLast()).isEqualTo("A3 3 at 96");
    }

    @Test
    void everyChoiceReachesTheLayout() {
        model.chooseLandscape(false);
        model.choosePagesWide(3);
        model.chooseZoom(ReportSetup.Zoom.WEEKS);
        assertThat(model.chooseDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29))).isTrue();
        assertThat(model.chooseSection(ReportSetup.Section.COSTS, false)).isTrue();
        ReportSetup last = preview.layouts.getLast();
        assertThat(preview.layouts).hasSize(6);
        assertThat(last.landscape()).isFalse();
        assertThat(last.pagesWide()).isEqualTo(3);
        assertThat(last.zoom()).isEqualTo(ReportSetup.Zoom.WEEKS);
        assertThat(last.from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(last.to()).isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(last.sections()).containsExactly(ReportSetup.Section.GANTT, ReportSetup.Section.WBS,
                ReportSetup.Section.RISKS);
    }

    @Test
    void choicesThatCannotMakeAReportAreRefusedInASentence() {
        assertThat(model.chooseDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("The report's dates end (2026-04-01) before they start"
                + " (2026-05-01).");
        model.choosePagesWide(51);
        assertThat(model.messageProperty().get()).startsWith("The chart can be from 1 to 50 pages wide");
        model.chooseSection(ReportSetup.Section.GANTT, false);
        model.chooseSection(ReportSetup.Section.WBS, false);
        model.chooseSection(ReportSetup.Section.COSTS, false);
        assertThat(model.messageProperty().get()).isEqualTo("The risk pages could not be laid out.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.chooseSection(ReportSetup.Section.RISKS, false)).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("A report needs at least one section.");
        assertThat(model.setup().sections()).containsExactly(ReportSetup.Section.RISKS);
    }

    @Test
    void aSharperPictureIsDrawnWhenTheViewAsksForOne() {
        model.setDpi(97);
        assertThat(preview.drawn).as("a change too small to see").hasSize(1);
        model.setDpi(150);
        assertThat(preview.drawn.getLast()).isEqualTo("A4 1 at 150");
    }
}
