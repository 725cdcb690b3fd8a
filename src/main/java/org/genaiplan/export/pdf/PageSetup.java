package org.genaiplan.export.pdf;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The choices for a printed or PDF report: paper and orientation, how many pages wide the Gantt chart is
 * spread over (0: as many as its zoom needs), the dates it shows (null: the whole plan), its zoom (null: the
 * one that fits), the sections, and the date the report is made on (the today line).
 */
public record PageSetup(Paper paper, boolean landscape, int pagesWide, LocalDate from, LocalDate to, Zoom zoom,
                        Set<Section> sections, LocalDate today) {
    /** A chart spread wider than this is refused: nobody tapes 50 pages together. */
    public static final int MAX_PAGES_WIDE = 50;

    /** Paper sizes in points (1/72 inch), portrait. */
    public enum Paper {
        A4(595.28f, 841.89f), A3(841.89f, 1190.55f), LETTER(612, 792), TABLOID(792, 1224);

        private final float width;
        private final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() {
            return width;
        }

        public float height() {
            return height;
        }

        /** A4, a3, Letter, tabloid... in any case, or null. */
        public static Paper parse(String text) {
            return parseEnum(Paper.class, text);
        }
    }

    /** The Gantt chart's timescale: its width of a calendar day in points, and its two header tiers. */
    public enum Zoom {
        DAYS(13), WEEKS(4.2), MONTHS(1.3), QUARTERS(0.45);

        private final double dayWidth;

        Zoom(double dayWidth) {
            this.dayWidth = dayWidth;
        }

        /** Points per calendar day at this zoom. */
        public double dayWidth() {
            return dayWidth;
        }

        /** The zoom whose tiers read well at a day this many points wide. */
        public static Zoom forDayWidth(double points) {
            if (points >= 11) {
                return DAYS;
            }
            if (points >= 3) {
                return WEEKS;
            }
            return points >= 0.9 ? MONTHS : QUARTERS;
        }

        public static Zoom parse(String text) {
            return parseEnum(Zoom.class, text);
        }
    }

    /** The parts of a report, in the order they are printed. */
    public enum Section {
        GANTT("Gantt chart"), WBS("Work breakdown"), RISKS("Risk register"), COSTS("Cost report");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public static Section parse(String text) {
            return parseEnum(Section.class, text);
        }
    }

    public PageSetup {
        if (paper == null) {
            paper = Paper.A4;
        }
        if (pagesWide < 0 || pagesWide > MAX_PAGES_WIDE) {
            throw new IllegalArgumentException("The chart can be from 1 to " + MAX_PAGES_WIDE + " pages wide, not "
                    + pagesWide + ".");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The report's dates end (" + to + ") before they start (" + from + ").");
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(sections);
        sections = java.util.Collections.unmodifiableSet(sections);
        if (today == null) {
            today = LocalDate.now();
        }
    }

    /** A4 landscape, the whole plan one page wide, every section, today. */
    public static PageSetup defaults() {
        return new PageSetup(Paper.A4, true, 0, null, null, null, null, LocalDate.now());
    }

    public float pageWidth() {
        return landscape ? paper.height() : paper.width();
    }

    public float pageHeight() {
        return landscape ? paper.width() : paper.height();
    }

    public boolean has(Section section) {
        return sections.contains(section);
    }

    public PageSetup withPaper(Paper p, boolean wide) {
        return new PageSetup(p, wide, pagesWide, from, to, zoom, sections, today);
    }

    public PageSetup withPagesWide(int n) {
        return new PageSetup(paper, landscape, n, from, to, zoom, sections, today);
    }

    public PageSetup withDates(LocalDate start, LocalDate end) {
        return new PageSetup(paper, landscape, pagesWide, start, end, zoom, sections, today);
    }

    public PageSetup withZoom(Zoom z) {
        return new PageSetup(paper, landscape, pagesWide, from, to, z, sections, today);
    }

    public PageSetup withSections(Set<Section> s) {
        return new PageSetup(paper, landscape, pagesWide, from, to, zoom, s, today);
    }

    public PageSetup withToday(LocalDate date) {
        return new PageSetup(paper, landscape, pagesWide, from, to, zoom, sections, date);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
