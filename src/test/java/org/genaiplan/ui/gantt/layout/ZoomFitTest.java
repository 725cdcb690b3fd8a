package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** "Zoom to fit": the whole plan across the chart's width, whatever its length, with tiers that read. */
class ZoomFitTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @ParameterizedTest(name = "{0} days in {1} px")
    @CsvSource({"1, 1200", "3, 1200", "12, 1200", "45, 900", "120, 1600", "400, 1600", "1500, 1000", "9000, 800"})
    void thePlanFillsTheWidthButForASmallMarginAtEachEnd(int days, double width) {
        LocalDate last = MONDAY.plusDays(days - 1);
        TimeScale s = new TimeScale(MONDAY.minusDays(14), ZoomLevel.DAYS, WorkingCalendar.standard());
        s.setScrollX(123);
        ZoomFit fit = s.fit(MONDAY, last, width);

        double left = s.x(MONDAY);
        double right = s.x(last.plusDays(1));
        assertThat(left).as("the plan's first day starts after a margin").isCloseTo(fit.leftMargin(), within(1e-6));
        assertThat(fit.leftMargin()).isBetween(6.0, 24.0);
        assertThat(width - right).as("the same margin after its last day").isCloseTo(fit.leftMargin(), within(1e-6));
        assertThat((right - left) / width).as("share of the width the plan fills").isGreaterThanOrEqualTo(0.95);
        assertThat(s.dayWidth()).isEqualTo(fit.dayWidth());
        assertThat(s.zoom()).isEqualTo(fit.level());
    }

    @Test
    void theLevelsTiersSuitTheFittedWidth() {
        // A week of a chart 1200 px wide: 170 px a day, whole days with weeks over days.
        assertThat(ZoomFit.of(MONDAY, MONDAY.plusDays(6), 1200).level()).isEqualTo(ZoomLevel.DAYS);
        // Three months: about 12.6 px a day, months over weeks (a day number would not fit).
        assertThat(ZoomFit.of(MONDAY, MONDAY.plusDays(90), 1200).level()).isEqualTo(ZoomLevel.WEEKS);
        // Eighteen months: about 2 px a day, quarters over months.
        assertThat(ZoomFit.of(MONDAY, MONDAY.plusMonths(18), 1200).level()).isEqualTo(ZoomLevel.MONTHS);
        // Six years: years over quarters.
        assertThat(ZoomFit.of(MONDAY, MONDAY.plusYears(6), 1200).level()).isEqualTo(ZoomLevel.QUARTERS);
        // A plan of one day is drawn by the hour across the whole width.
        assertThat(ZoomFit.of(MONDAY, MONDAY, 1200).level()).isEqualTo(ZoomLevel.HOURS);
    }

    @ParameterizedTest
    @EnumSource(ZoomLevel.class)
    void eachLevelsOwnWidthPicksThatLevel(ZoomLevel level) {
        assertThat(ZoomLevel.forDayWidth(level.dayWidth())).isEqualTo(level);
    }

    @Test
    void lowerTierLabelsHaveRoomAtEveryFittedWidth() {
        // From 0.3 px to 900 px a day, the lower tier's narrowest cell is at least 19 px wide (or the level is
        // the coarsest, where labels drop out rather than squeeze), and a finer level would not be.
        for (double w = 0.3; w < 900; w *= 1.07) {
            ZoomLevel level = ZoomLevel.forDayWidth(w);
            if (level != ZoomLevel.QUARTERS) {
                assertThat(narrowestCell(level.lower()) * w).as("%s at %.2f px a day", level, w).isGreaterThanOrEqualTo(19);
            }
            if (level != ZoomLevel.HOURS) {
                ZoomLevel finer = level.finer();
                assertThat(w).as("%s would already read at %.2f", finer, w).isLessThan(finer.minDayWidth());
            }
        }
    }

    /** The narrowest cell of a unit, in days. */
    private static double narrowestCell(ScaleUnit unit) {
        return switch (unit) {
            case HOUR -> 1 / 24.0;
            case DAY -> 1;
            // "30 Nov" needs about 46 px: a week must be that wide.
            case WEEK -> 7 * 19.0 / 46;
            case MONTH -> 28;
            case QUARTER -> 90;
            case YEAR -> 365;
        };
    }

    @Test
    void aChartNotLaidOutYetAndABackwardSpanStillGiveASensibleFit() {
        ZoomFit zero = ZoomFit.of(MONDAY, MONDAY.plusDays(9), 0);
        assertThat(zero.dayWidth()).isPositive();
        assertThat(zero.dayWidth() * 10 + 2 * zero.leftMargin()).isCloseTo(ZoomFit.MIN_WIDTH, within(1e-9));
        assertThat(ZoomFit.of(MONDAY.plusDays(9), MONDAY, 800)).isEqualTo(ZoomFit.of(MONDAY, MONDAY.plusDays(9), 800));
        assertThat(ZoomFit.of(MONDAY, MONDAY.plusYears(500), 800).dayWidth()).isEqualTo(ZoomFit.MIN_DAY_WIDTH);
    }

    @Test
    void choosingTheSameLevelKeepsTheFitAndAnotherLevelUsesItsOwnWidth() {
        TimeScale s = new TimeScale(MONDAY, ZoomLevel.DAYS, WorkingCalendar.standard());
        ZoomFit fit = s.fit(MONDAY, MONDAY.plusDays(59), 1000);
        assertThat(fit.level()).isEqualTo(ZoomLevel.WEEKS);
        assertThat(s.isFitted()).isTrue();
        LocalDate under = s.dateAt(400);
        s.zoomAround(ZoomLevel.WEEKS, 400);
        assertThat(s.dayWidth()).as("the level it already has").isEqualTo(fit.dayWidth());
        s.zoomAround(ZoomLevel.DAYS, 400);
        assertThat(s.dayWidth()).isEqualTo(ZoomLevel.DAYS.dayWidth());
        assertThat(s.isFitted()).isFalse();
        assertThat(s.dateAt(400)).as("zooming keeps the day under the anchor").isEqualTo(under);
    }

    @Test
    void aFittedScaleMapsMomentsAndHeaderCellsAtItsOwnWidth() {
        TimeScale s = new TimeScale(MONDAY, ZoomLevel.DAYS, WorkingCalendar.standard());
        ZoomFit fit = s.fit(MONDAY, MONDAY.plusDays(59), 1000);
        assertThat(fit.level()).isEqualTo(ZoomLevel.WEEKS);
        double dw = fit.dayWidth();
        assertThat(s.x(MONDAY.plusDays(10)) - s.x(MONDAY)).isCloseTo(10 * dw, within(1e-9));
        assertThat(s.x(MONDAY.atTime(12, 0)) - s.x(MONDAY)).as("noon is half the working day").isCloseTo(dw / 2, within(1e-9));
        assertThat(s.dateAt(s.x(MONDAY.plusDays(3)) + dw / 2)).isEqualTo(MONDAY.plusDays(3));
        List<Double> widths = new ArrayList<>();
        s.headerCells(false, 0, 1000, (x, w, label) -> widths.add(w));
        assertThat(widths.get(1)).as("a week cell").isCloseTo(7 * dw, within(1e-9));
    }
}
