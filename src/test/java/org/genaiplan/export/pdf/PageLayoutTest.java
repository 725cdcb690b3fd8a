package org.genaiplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

/** The report's pages computed and drawn without a window or a PDF. */
class PageLayoutTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final PageSetup GANTT = PageSetup.defaults().withToday(START)
            .withSections(EnumSet.of(PageSetup.Section.GANTT));

    /** 100 one-day tasks at the top level, each after the one before. */
    private static Plan hundredTasks() {
        Plan plan = new Plan("Hundred", START);
        Task before = null;
        for (int i = 1; i <= 100; i++) {
            Task t = plan.addTask(null, "Task " + i);
            t.setDurationMinutes(plan.calendar().minutesPerDay());
            if (before != null) {
                plan.addDependency(new org.genaiplan.model.Dependency(before.id(), t.id(),
                        org.genaiplan.model.DependencyType.FS, 0));
            }
            before = t;
        }
        new CpmScheduler().schedule(plan);
        return plan;
    }

    @Test
    void aHundredRowsOnA4LandscapeTwoPagesWideMakeSixPagesDownThenAcross() {
        PageLayout layout = PageLayout.of(hundredTasks(), GANTT.withPagesWide(2));
        // body 497 pt high: 24 pt of timescale, then 37 rows of 12.5 pt
        assertThat(layout.pageCount()).isEqualTo(6);
        assertThat(layout.pages()).extracting(p -> p.title().substring(0, p.title().indexOf(',')))
                .containsExactly("rows 1\u201337", "rows 38\u201374", "rows 75\u2013100",
                        "rows 1\u201337", "rows 38\u201374", "rows 75\u2013100");
        assertThat(layout.pages()).allSatisfy(p -> assertThat(p.legend()).isTrue());
        String firstHalf = layout.pages().get(0).title();
        String secondHalf = layout.pages().get(3).title();
        assertThat(firstHalf).isNotEqualTo(secondHalf);
    }

    @Test
    void paperAndOrientationChangeTheRowsAPageHolds() {
        Plan plan = hundredTasks();
        assertThat(PageLayout.of(plan, GANTT.withPaper(PageSetup.Paper.A3, true)).pageCount()).isEqualTo(2);
        assertThat(PageLayout.of(plan, GANTT.withPaper(PageSetup.Paper.A4, false)).pageCount()).isEqualTo(2);
        assertThat(PageLayout.of(plan, GANTT.withPaper(PageSetup.Paper.LETTER, true)).pageCount()).isEqualTo(3);
    }

    @Test
    void rowBandsCarryOnAcrossAPageBreak() {
        PageLayout layout = PageLayout.of(hundredTasks(), GANTT);
        Rectangle2D body = layout.body();
        BufferedImage first = layout.image(0, 144);
        BufferedImage second = layout.image(1, 144);
        // row 37 (index 36) ends page 1 unbanded; row 38 (index 37) starts page 2 banded, as in one long table
        Color lastOnFirst = pixel(first, body, 36);
        Color firstOnSecond = pixel(second, body, 0);
        assertThat(lastOnFirst).isEqualTo(Color.WHITE);
        assertThat(firstOnSecond).isEqualTo(Ink.BAND);
        assertThat(pixel(first, body, 1)).isEqualTo(Ink.BAND);
    }

    private static Color pixel(BufferedImage page, Rectangle2D body, int rowOnPage) {
        double x = body.getX() + 1.5;
        double y = body.getY() + GanttPages.HEADER + rowOnPage * GanttPages.ROW + GanttPages.ROW / 2;
        return new Color(page.getRGB((int) (x * 2), (int) (y * 2)));
    }

    @Test
    void aZoomWithoutPagesWideTakesThePagesItNeeds() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(START);
        new CpmScheduler().schedule(plan);
        PageLayout days = PageLayout.of(plan, GANTT.withZoom(PageSetup.Zoom.DAYS));
        PageLayout months = PageLayout.of(plan, GANTT.withZoom(PageSetup.Zoom.MONTHS));
        assertThat(days.pageCount()).isGreaterThan(months.pageCount());
        assertThat(months.pageCount()).isEqualTo(2);
        // a date range keeps only the rows that touch it
        PageLayout march = PageLayout.of(plan, GANTT.withDates(START, START.plusDays(6)));
        assertThat(march.pageCount()).isEqualTo(1);
        assertThat(march.pages().getFirst().title()).endsWith("2 Mar 2026 \u2013 8 Mar 2026");
    }

    @Test
    void pagesAcrossEndOnWholeDaysAndTogetherReachThePlansLastDay() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(START);
        new CpmScheduler().schedule(plan);
        for (PageSetup setup : List.of(GANTT.withPagesWide(3), GANTT.withZoom(PageSetup.Zoom.DAYS))) {
            GanttPages gantt = new GanttPages(plan, setup, ReportFonts.get(), 786, 497);
            LocalDate end = GanttPages.range(plan, setup)[1];
            assertThat(gantt.pagesWide()).isGreaterThan(1);
            for (int c = 0; c < gantt.pagesWide(); c++) {
                double days = gantt.chartWidth(c) / gantt.scale().dayWidth();
                assertThat(days).isCloseTo(Math.rint(days), org.assertj.core.data.Offset.offset(1e-6));
                if (c > 0) {
                    assertThat(gantt.firstDay(c)).isEqualTo(gantt.lastDayShown(c - 1).plusDays(1));
                }
            }
            assertThat(gantt.lastDayShown(gantt.pagesWide() - 1)).isEqualTo(end);
            assertThat(gantt.lastDayShown(gantt.pagesWide() - 2)).isBefore(end);
        }
    }

    @Test
    void everySectionHasAtLeastOnePageEvenForAnEmptyPlan() {
        Plan empty = new Plan("Empty", START);
        PageLayout layout = PageLayout.of(empty, PageSetup.defaults().withToday(START));
        assertThat(layout.pages()).extracting(ReportPage::section).containsExactly(PageSetup.Section.values());
        for (int i = 0; i < layout.pageCount(); i++) {
            assertThat(layout.image(i, 36).getWidth()).isEqualTo((int) Math.ceil(841.89 / 2));
        }
    }

    @Test
    void aSetupRefusesImpossibleValues() {
        assertThatThrownBy(() -> GANTT.withPagesWide(PageSetup.MAX_PAGES_WIDE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GANTT.withDates(START, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PageSetup.Zoom.parse("Weeks")).isEqualTo(PageSetup.Zoom.WEEKS);
        assertThat(PageSetup.Paper.parse("letter")).isEqualTo(PageSetup.Paper.LETTER);
        assertThat(PageSetup.Section.parse("nonsense")).isNull();
        assertThat(List.copyOf(PageSetup.defaults().sections())).containsExactly(PageSetup.Section.values());
    }
}
