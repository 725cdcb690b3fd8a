package org.genaiplan.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.export.pdf.PageSetup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The export command's PDF and chart-picture options, checked and turned into a {@link PageSetup}; a bad value is
 * refused in one sentence. A picture (--png, --svg) takes the dates and the zoom; the paper options are the PDF's.
 */
final class PdfOptions {
    private final CommandSpec spec;
    private final boolean pdf;
    private final boolean picture;

    PdfOptions(CommandSpec spec, boolean pdf) {
        this(spec, pdf, false);
    }

    PdfOptions(CommandSpec spec, boolean pdf, boolean picture) {
        this.spec = spec;
        this.pdf = pdf;
        this.picture = picture;
    }

    PageSetup setup(Integer pagesWide, String from, String to, String zoom, String paper, boolean landscape,
                    List<String> sections) {
        if (!pdf && picture) {
            for (Object given : new Object[] {pagesWide, paper, sections}) {
                if (given != null) {
                    throw refuse("--pages-wide, --paper and --sections shape a PDF report; add --pdf OUT.pdf.");
                }
            }
        } else if (!pdf) {
            for (Object given : new Object[] {pagesWide, from, to, zoom, paper, sections}) {
                if (given != null) {
                    throw refuse("--pages-wide, --from, --to, --zoom, --paper and --sections shape a PDF report"
                            + " (--from, --to and --zoom also a chart picture); add --pdf OUT.pdf, --png OUT.png"
                            + " or --svg OUT.svg.");
                }
            }
            return null;
        }
        if (pagesWide != null && (pagesWide < 1 || pagesWide > PageSetup.MAX_PAGES_WIDE)) {
            throw refuse("--pages-wide takes a number from 1 to " + PageSetup.MAX_PAGES_WIDE + ", not " + pagesWide + ".");
        }
        LocalDate start = date("--from", from);
        LocalDate end = date("--to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw refuse("--to (" + end + ") is before --from (" + start + ").");
        }
        PageSetup.Zoom z = null;
        if (zoom != null && (z = PageSetup.Zoom.parse(zoom)) == null) {
            throw refuse("--zoom takes days, weeks, months or quarters, not \"" + zoom + "\".");
        }
        PageSetup.Paper p = PageSetup.Paper.A4;
        if (paper != null && (p = PageSetup.Paper.parse(paper)) == null) {
            throw refuse("--paper takes A4, A3, letter or tabloid, not \"" + paper + "\".");
        }
        Set<PageSetup.Section> chosen = EnumSet.noneOf(PageSetup.Section.class);
        if (sections != null) {
            for (String s : sections) {
                PageSetup.Section section = PageSetup.Section.parse(s);
                if (section == null) {
                    throw refuse("--sections takes gantt, wbs, risks and costs, separated by commas, not \"" + s + "\".");
                }
                chosen.add(section);
            }
        }
        return new PageSetup(p, landscape, pagesWide == null ? 0 : pagesWide, start, end, z, chosen, LocalDate.now());
    }

    private LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw refuse(option + " takes a date such as 2026-03-02, not \"" + text + "\".");
        }
    }

    private ParameterException refuse(String sentence) {
        return new ParameterException(spec.commandLine(), sentence);
    }
}
