package org.genaiplan.export.pdf;

/**
 * One page of a report: its section, the line its header adds after the plan's name (such as "rows 1-36,
 * 2 Mar - 30 Jun 2026"), what it shows, and whether its footer carries the Gantt legend.
 */
public record ReportPage(PageSetup.Section section, String title, PageBody body, boolean legend) {
}
