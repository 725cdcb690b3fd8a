package org.genaiplan.export.pdf;

import java.awt.Font;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * How the Gantt report is cut into pages: the rows in WBS order (those that touch the chosen dates), the table
 * beside the chart (name, duration, start and finish on the first page across, the name alone on the pages to
 * its right), and the chart's days spread over {@code pagesWide} pages. Pages run down the rows first, then
 * across the time, as a planner tapes them together.
 */
final class GanttPages {
    /** Height of one task row, in points. */
    static final double ROW = 12.5;
    /** Height of one tier of the timescale; the header is two tiers. */
    static final double TIER = 12;
    static final double HEADER = 2 * TIER;
    /** Indent per outline level in the name column, in points (deeper levels stop indenting). */
    static final double INDENT = 8;
    static final int MAX_INDENT_LEVELS = 6;
    /** Room after the plan's last day, for the last milestone's label. */
    static final double END_ROOM = 46;
    /** Days at least this wide are never cut by a page edge. */
    static final double MIN_WHOLE_DAY = 2;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A page of the chart: rows {@code first} (inclusive) to {@code end} (exclusive), page {@code column} across. */
    record Tile(int first, int end, int column) {
    }

    private final ReportFonts fonts;
    private final Plan plan;
    private final List<Task> rows;
    private final double nameWidth;
    private final double durationWidth;
    private final double dateWidth;
    private final double bodyWidth;
    private final int pagesWide;
    private final int rowsPerPage;
    private final ChartScale scale;
    private final LocalDate today;
    private final LocalDate first;
    private final LocalDate last;

    GanttPages(Plan plan, PageSetup setup, ReportFonts fonts, double bodyWidth, double bodyHeight) {
        this(plan, setup, fonts, bodyWidth, bodyHeight, false);
    }

    /**
     * The whole chart as one sheet, for a picture: every row that touches the setup's dates, the chart as wide
     * as those dates need at the setup's zoom (weeks when none) plus room for the last milestone's label, and the
     * names as wide as the longest needs (up to {@link #SHEET_NAME_WIDTH}).
     */
    static GanttPages sheet(Plan plan, PageSetup setup, ReportFonts fonts) {
        return new GanttPages(plan, setup.zoom() == null ? setup.withZoom(PageSetup.Zoom.WEEKS) : setup, fonts, 0, 0,
                true);
    }

    /** The widest name column of a picture, in points (about 80 letters). */
    static final double SHEET_NAME_WIDTH = 300;

    private GanttPages(Plan plan, PageSetup setup, ReportFonts fonts, double pageWidth, double bodyHeight,
                       boolean sheet) {
        this.fonts = fonts;
        this.plan = plan;
        this.today = setup.today();
        LocalDate[] range = range(plan, setup);
        this.first = range[0];
        this.last = range[1];
        this.rows = rowsWithin(plan, range[0], range[1]);
        Font body = fonts.font(false, Ink.BODY);
        Font bold = fonts.font(true, Ink.BODY);
        double widest = fonts.width("Task name", bold);
        for (Task t : rows) {
            widest = Math.max(widest, indent(t) + fonts.width(t.name(), t.hasChildren() ? bold : body));
        }
        // up to 230 pt for the names (about 60 letters), never more than 42 % of the page, and 30 % at least allowed
        double most = sheet ? SHEET_NAME_WIDTH : Math.max(pageWidth * 0.3, Math.min(230, pageWidth * 0.42));
        nameWidth = Math.clamp(widest + 8, Math.min(110, most), most);
        durationWidth = fonts.width("Duration", bold) + 8;
        dateWidth = fonts.width("30 Sep 2026", bold) + 8;

        // the chart starts a day early, so bars on the first day stand clear of the table
        LocalDate origin = range[0].minusDays(1);
        long days = ChronoUnit.DAYS.between(origin, range[1]) + 1;
        if (sheet) {
            rowsPerPage = Math.max(1, rows.size());
            pagesWide = 1;
            bodyWidth = tableWidth(0) + days * setup.zoom().dayWidth() + END_ROOM;
            scale = new ChartScale(origin, setup.zoom().dayWidth(), setup.zoom(), plan.calendar());
            return;
        }
        this.bodyWidth = pageWidth;
        rowsPerPage = Math.max(1, (int) Math.floor((bodyHeight - HEADER) / ROW));
        double firstWidth = bodyWidth - tableWidth(0);
        double other = bodyWidth - tableWidth(1);
        double dayWidth;
        int wide;
        if (setup.pagesWide() > 0 || setup.zoom() == null) {
            wide = Math.max(1, setup.pagesWide());
            // a day more per page: whole-day pages lose less than a day each
            dayWidth = (firstWidth + (wide - 1) * other - END_ROOM) / (days + wide - 1);
        } else {
            dayWidth = setup.zoom().dayWidth();
            // at a chosen zoom no page is added only for the last milestone's label
            double total = days * dayWidth;
            double firstWhole = dayWidth >= MIN_WHOLE_DAY ? Math.floor(firstWidth / dayWidth) * dayWidth : firstWidth;
            double otherWhole = dayWidth >= MIN_WHOLE_DAY ? Math.floor(other / dayWidth) * dayWidth : other;
            wide = total <= firstWidth ? 1 : 1 + (int) Math.ceil((total - firstWhole) / otherWhole);
            if (wide > PageSetup.MAX_PAGES_WIDE) {
                wide = PageSetup.MAX_PAGES_WIDE;
                dayWidth = (firstWidth + (wide - 1) * other - END_ROOM) / (days + wide - 1);
            }
        }
        pagesWide = wide;
        PageSetup.Zoom zoom = setup.zoom() != null ? setup.zoom() : PageSetup.Zoom.forDayWidth(dayWidth);
        scale = new ChartScale(origin, dayWidth, zoom, plan.calendar());
    }

    /** The first and last day the chart shows: the setup's, or the plan's from its first start to its last finish. */
    static LocalDate[] range(Plan plan, PageSetup setup) {
        LocalDate start = null;
        LocalDate end = null;
        for (Task t : plan.tasksInOrder()) {
            if (t.start() != null && (start == null || t.start().toLocalDate().isBefore(start))) {
                start = t.start().toLocalDate();
            }
            if (t.finish() != null && (end == null || lastDay(t).isAfter(end))) {
                end = lastDay(t);
            }
        }
        start = setup.from() != null ? setup.from() : start != null ? start : plan.startDate();
        end = setup.to() != null ? setup.to() : end != null ? end : start;
        return new LocalDate[] {start, end.isBefore(start) ? start : end};
    }

    private static List<Task> rowsWithin(Plan plan, LocalDate from, LocalDate to) {
        List<Task> kept = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (t.start() == null || t.finish() == null
                    || !t.start().toLocalDate().isAfter(to) && !lastDay(t).isBefore(from)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** The last calendar day a task occupies (a finish at midnight belongs to the day before). */
    static LocalDate lastDay(Task t) {
        LocalDateTime f = t.finish();
        if (f.toLocalTime().equals(LocalTime.MIDNIGHT) && t.start() != null && f.isAfter(t.start())) {
            return f.toLocalDate().minusDays(1);
        }
        return f.toLocalDate();
    }

    static double indent(Task t) {
        return INDENT * Math.min(MAX_INDENT_LEVELS, t.level() - 1);
    }

    /** The pages, down the rows first, then across the time. */
    List<Tile> tiles() {
        List<Tile> tiles = new ArrayList<>();
        for (int c = 0; c < pagesWide; c++) {
            for (int r = 0; r < Math.max(1, rows.size()); r += rowsPerPage) {
                tiles.add(new Tile(r, Math.min(rows.size(), r + rowsPerPage), c));
            }
        }
        return tiles;
    }

    List<ReportPage> pages() {
        List<ReportPage> pages = new ArrayList<>();
        GanttPainter painter = new GanttPainter(this, fonts, plan, today);
        for (Tile tile : tiles()) {
            String title = (tile.end() > tile.first() ? "rows " + (tile.first() + 1) + "\u2013" + tile.end() + ", " : "")
                    + firstDay(tile.column()).format(DATE) + " \u2013 " + lastDayShown(tile.column()).format(DATE);
            pages.add(new ReportPage(PageSetup.Section.GANTT, title, (g, area) -> painter.paint(g, area, tile), true));
        }
        return pages;
    }

    /** Width of the table beside the chart on page {@code column} across. */
    double tableWidth(int column) {
        return column == 0 ? nameWidth + durationWidth + 2 * dateWidth : nameWidth;
    }

    /** Width of page {@code column}'s part of the chart: whole days when the chart spans pages, so no day is cut in two. */
    double chartWidth(int column) {
        double width = bodyWidth - tableWidth(column);
        if (pagesWide > 1 && scale.dayWidth() >= MIN_WHOLE_DAY) {
            width = Math.floor(width / scale.dayWidth()) * scale.dayWidth();
        }
        return width;
    }

    /** Where page {@code column}'s part of the chart starts, in the chart's own x. */
    double chartOffset(int column) {
        double x = 0;
        for (int c = 0; c < column; c++) {
            x += chartWidth(c);
        }
        return x;
    }

    /** The first day of the chosen dates on page {@code column} across. */
    LocalDate firstDay(int column) {
        LocalDate d = scale.dateAt(chartOffset(column));
        return d.isBefore(first) ? first : d;
    }

    /** The last day of the chosen dates on page {@code column} across. */
    LocalDate lastDayShown(int column) {
        LocalDate d = scale.dateAt(chartOffset(column) + chartWidth(column) - 0.01);
        return d.isAfter(last) && !firstDay(column).isAfter(last) ? last : d;
    }

    List<Task> rows() {
        return rows;
    }

    ChartScale scale() {
        return scale;
    }

    int pagesWide() {
        return pagesWide;
    }

    /** The width of the table and the chart together, in points. */
    double bodyWidth() {
        return bodyWidth;
    }

    int rowsPerPage() {
        return rowsPerPage;
    }

    /** The first day shown (the chosen dates' or the plan's first start). */
    LocalDate first() {
        return first;
    }

    /** The last day shown. */
    LocalDate last() {
        return last;
    }

    double nameWidth() {
        return nameWidth;
    }

    double durationWidth() {
        return durationWidth;
    }

    double dateWidth() {
        return dateWidth;
    }
}
