package org.genaiplan.ui;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The page-setup choices of a printed or PDF report as the window offers them: paper and orientation, how many
 * pages wide the Gantt chart is spread (0: as many as its zoom needs), the dates it shows (null: the whole plan),
 * its zoom and the sections. The app turns it into the export's own page setup.
 */
public record ReportSetup(Paper paper, boolean landscape, int pagesWide, LocalDate from, LocalDate to, Zoom zoom,
                          Set<Section> sections) {
    /** A chart spread wider than this is refused, as on the command line. */
    public static final int MAX_PAGES_WIDE = 50;

    public enum Paper {
        A4("A4"), A3("A3"), LETTER("Letter"), TABLOID("Tabloid");

        private final String label;

        Paper(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Zoom {
        AUTO("Auto"), DAYS("Days"), WEEKS("Weeks"), MONTHS("Months"), QUARTERS("Quarters");

        private final String label;

        Zoom(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Section {
        GANTT("Gantt"), WBS("WBS"), RISKS("Risks"), COSTS("Costs");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public ReportSetup {
        if (paper == null) {
            paper = Paper.A4;
        }
        if (zoom == null) {
            zoom = Zoom.AUTO;
        }
        if (pagesWide < 0 || pagesWide > MAX_PAGES_WIDE) {
            throw new IllegalArgumentException("The chart can be from 1 to " + MAX_PAGES_WIDE + " pages wide, not "
                    + pagesWide + ".");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The report's dates end (" + to + ") before they start (" + from + ").");
        }
        sections = Collections.unmodifiableSet(sections == null || sections.isEmpty()
                ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections));
    }

    /** A4 landscape, the whole plan, the zoom that fits, every section: what File > Export > PDF report writes. */
    public static ReportSetup defaults() {
        return new ReportSetup(Paper.A4, true, 0, null, null, Zoom.AUTO, EnumSet.allOf(Section.class));
    }

    public boolean has(Section section) {
        return sections.contains(section);
    }

    public ReportSetup withPaper(Paper p) {
        return new ReportSetup(p, landscape, pagesWide, from, to, zoom, sections);
    }

    public ReportSetup withLandscape(boolean wide) {
        return new ReportSetup(paper, wide, pagesWide, from, to, zoom, sections);
    }

    public ReportSetup withPagesWide(int n) {
        return new ReportSetup(paper, landscape, n, from, to, zoom, sections);
    }

    public ReportSetup withDates(LocalDate start, LocalDate end) {
        return new ReportSetup(paper, landscape, pagesWide, start, end, zoom, sections);
    }

    public ReportSetup withZoom(Zoom z) {
        return new ReportSetup(paper, landscape, pagesWide, from, to, z, sections);
    }

    /** With {@code section} in the report or left out. */
    public ReportSetup withSection(Section section, boolean shown) {
        EnumSet<Section> s = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        if (shown) {
            s.add(section);
        } else {
            s.remove(section);
        }
        return new ReportSetup(paper, landscape, pagesWide, from, to, zoom, s);
    }
}
