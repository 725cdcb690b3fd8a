package org.genaiplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chatbot template's PDF report read back with PDFBox's text extraction: what a reader of the file finds. */
class PdfReportTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static Plan plan;
    private static PageSetup setup;
    private static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        plan = TemplateCatalog.load().template("llm-chatbot").instantiate(START);
        new CpmScheduler().schedule(plan);
        setup = PageSetup.defaults().withToday(START.plusDays(20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new PdfExporter().write(plan, out, setup, ProgressListener.NONE);
        assertThat(pages).isEqualTo(PageLayout.of(plan, setup).pageCount());
        pdf = out.toByteArray();
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<Integer> ganttPages() {
        List<Integer> pages = new ArrayList<>();
        List<ReportPage> all = PageLayout.of(plan, setup).pages();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).section() == PageSetup.Section.GANTT) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    @Test
    void theReportHasSeveralPagesOfEverySectionNumberedNOfM() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            assertThat(n).isGreaterThanOrEqualTo(5);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(plan.name());
            String all = text(doc, 1, n);
            for (PageSetup.Section s : PageSetup.Section.values()) {
                assertThat(all).contains(s.title());
            }
            for (int p = 1; p <= n; p++) {
                String page = text(doc, p, p);
                assertThat(page).contains("Page " + p + " of " + n).contains(plan.name()).contains("Status date");
            }
        }
    }

    @Test
    void theTextLayerHoldsEveryTaskNameInTheGanttPagesAndInTheWbsTable() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Integer> gantt = ganttPages();
            String ganttText = oneLine(text(doc, gantt.getFirst(), gantt.getLast()));
            String wbsText = oneLine(text(doc, gantt.getLast() + 1, doc.getNumberOfPages()));
            for (Task t : plan.tasksInOrder()) {
                assertThat(ganttText).contains(t.name());
                assertThat(wbsText).contains(t.name());
            }
        }
    }

    @Test
    void everyGanttPageRepeatsTheColumnHeadersAndTheTimescaleAndTheLegend() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p : ganttPages()) {
                String page = text(doc, p, p);
                assertThat(page).contains("Task name").contains("Duration").contains("Start").contains("Finish")
                        .contains("March 2026").contains("Critical task").contains("Milestone").contains("Today");
            }
        }
    }

    @Test
    void theGanttPagesReachThePlansLastMilestone() throws IOException {
        Task last = plan.tasksInOrder().stream().filter(Task::isMilestone)
                .max(Comparator.comparing(Task::finish)).orElseThrow();
        String date = last.finish().toLocalDate().format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Integer> gantt = ganttPages();
            String ganttText = oneLine(text(doc, gantt.getFirst(), gantt.getLast()));
            assertThat(ganttText).contains(last.name()).contains(date);
            assertThat(ganttText).contains(last.finish().toLocalDate().format(
                    DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)));
        }
    }

    @Test
    void noTextIsSmallerThanSevenPointsAndTheFontsAreEmbedded() throws IOException {
        List<Float> sizes = new ArrayList<>();
        List<PDFont> fonts = new ArrayList<>();
        PDFTextStripper sizer = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                sizes.add(text.getFontSizeInPt());
                if (!fonts.contains(text.getFont())) {
                    fonts.add(text.getFont());
                }
                super.processTextPosition(text);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            sizer.getText(doc);
        }
        assertThat(sizes).hasSizeGreaterThan(1000);
        assertThat(sizes.stream().min(Float::compare).orElseThrow()).isGreaterThanOrEqualTo(6.99f);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    @Test
    void aNarrowerSetupLeavesSectionsOutAndSpreadsTheChartOverMorePages() throws IOException {
        PageSetup gantt = setup.withSections(java.util.EnumSet.of(PageSetup.Section.GANTT)).withPagesWide(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new PdfExporter().write(plan, out, gantt, ProgressListener.NONE);
        assertThat(pages).isEqualTo(3 * PageLayout.of(plan, setup.withSections(
                java.util.EnumSet.of(PageSetup.Section.GANTT))).pageCount());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(text(doc, 1, pages)).doesNotContain("Risk register").doesNotContain("Cost report");
        }
    }
    @Test
    void theCostReportEndsWithTheBusinessCaseOnlyWhenThePlanHasOne() throws IOException {
        PageSetup costs = setup.withSections(java.util.EnumSet.of(PageSetup.Section.COSTS));
        assertThat(costText(costs)).doesNotContain("Business case");

        Plan withCase = TemplateCatalog.load().template("llm-chatbot").instantiate(START);
        withCase.setBusinessCase(new org.genaiplan.model.decision.BusinessCase(java.math.BigDecimal.valueOf(30000),
                java.math.BigDecimal.valueOf(5000), java.math.BigDecimal.valueOf(10000), 0, 100000,
                java.math.BigDecimal.ONE, null));
        new CpmScheduler().schedule(withCase);
        var report = org.genaiplan.schedule.BusinessCaseReport.of(withCase, withCase.businessCase());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new PdfExporter().write(withCase, out, costs, ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(oneLine(text(doc, 1, pages))).contains("Business case (USD)").contains("Savings per month 30,000")
                    .contains("Payback " + report.paybackText())
                    .contains("ROI at 36 months " + org.genaiplan.schedule.BusinessCaseReport.percent(report.roi36()));
        }
    }

    private static String costText(PageSetup costs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new PdfExporter().write(plan, out, costs, ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return text(doc, 1, pages);
        }
    }

    @Test
    void namesInScriptsTheFontLacksAndVeryLongNamesStillMakeAReport() throws IOException {
        Plan odd = new Plan("\u8ba1\u5212 \ud83d\ude80 plan", START);
        Task summary = odd.addTask(null, "\u6570\u636e\u51c6\u5907 \ud83d\ude80 data");
        odd.addTask(summary, "x".repeat(400));
        odd.addTask(summary, "word ".repeat(90).strip());
        new CpmScheduler().schedule(odd);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new PdfExporter().write(odd, out, setup, ProgressListener.NONE);
        assertThat(pages).isGreaterThanOrEqualTo(4);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(oneLine(text(doc, 1, pages))).contains("data").contains("word word");
        }
    }
}
