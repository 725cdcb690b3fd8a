package org.genaiplan.export.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text for the report's pages: fixed and shared column widths, long text wrapped at spaces (and
 * inside words too long for their column) up to {@link #MAX_LINES} lines, a header drawn again wherever the
 * table goes on to a new page, and bands by each row's place in the whole table.
 */
final class TextTable {
    static final double PAD = 3;
    static final double LINE = 9;
    static final int MAX_LINES = 14;
    /** Longer text is cut before it is wrapped: no cell shows more than {@link #MAX_LINES} lines anyway. */
    static final int MAX_CHARS = 2000;

    /** A column: {@code width} in points, or 0 to share what the fixed columns leave. */
    record Column(String header, double width, boolean right, boolean wrap) {
        static Column text(String header, double width) {
            return new Column(header, width, false, true);
        }

        static Column number(String header, double width) {
            return new Column(header, width, true, false);
        }
    }

    private record Line(List<List<String>> cells, boolean bold, Color fill, double height) {
    }

    private final ReportFonts fonts;
    private final List<Column> columns;
    private final double[] widths;
    private final Font body;
    private final Font bold;
    private final Line header;
    private final List<Line> rows = new ArrayList<>();

    TextTable(ReportFonts fonts, double width, List<Column> columns) {
        this.fonts = fonts;
        this.columns = List.copyOf(columns);
        body = fonts.font(false, Ink.BODY);
        bold = fonts.font(true, Ink.BODY);
        widths = new double[columns.size()];
        double fixed = 0;
        int shared = 0;
        for (Column c : columns) {
            fixed += c.width();
            shared += c.width() == 0 ? 1 : 0;
        }
        double share = shared == 0 ? 0 : Math.max(30, (width - fixed) / shared);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width() == 0 ? share : columns.get(i).width();
        }
        header = line(columns.stream().map(Column::header).toList(), true, Ink.HEADER, true);
    }

    /** Adds a row; {@code fill} colours it (null: the band or white). */
    void add(boolean boldRow, Color fill, List<String> cells) {
        rows.add(line(cells, boldRow, fill, false));
    }

    void add(List<String> cells) {
        add(false, null, cells);
    }

    int size() {
        return rows.size();
    }

    double width() {
        double w = 0;
        for (double c : widths) {
            w += c;
        }
        return w;
    }

    double headerHeight() {
        return header.height();
    }

    double rowHeight(int i) {
        return rows.get(i).height();
    }

    private Line line(List<String> cells, boolean boldRow, Color fill, boolean isHeader) {
        Font font = boldRow ? bold : body;
        List<List<String>> wrapped = new ArrayList<>(columns.size());
        int most = 1;
        for (int c = 0; c < columns.size(); c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            double room = widths[c] - 2 * PAD;
            List<String> lines = columns.get(c).wrap() || isHeader ? wrap(text, font, room) : List.of(fonts.fit(text, font, room));
            wrapped.add(lines);
            most = Math.max(most, lines.size());
        }
        return new Line(wrapped, boldRow, fill, most * LINE + 2 * PAD);
    }

    /** {@code text} in lines no wider than {@code room}: broken at spaces, inside a word only if it must. */
    List<String> wrap(String text, Font font, double room) {
        List<String> lines = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS) + "\u2026";
        }
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (fonts.width(tried, font) <= room) {
                    line.setLength(0);
                    line.append(tried);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (fonts.width(rest, font) > room && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && fonts.width(rest.substring(0, cut), font) > room) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            kept.set(MAX_LINES - 1, fonts.fit(kept.get(MAX_LINES - 1) + "\u2026", font, room));
            return kept;
        }
        return lines;
    }

    /** Draws the header, then rows {@code from} to {@code to} (exclusive), from ({@code x}, {@code y}). */
    void paint(Graphics2D g, double x, double y, int from, int to) {
        double top = y;
        y = paintLine(g, header, x, y, Ink.HEADER);
        for (int i = from; i < to; i++) {
            Line row = rows.get(i);
            y = paintLine(g, row, x, y, row.fill() != null ? row.fill() : i % 2 == 1 ? Ink.BAND : null);
        }
        g.setColor(Ink.RULE);
        g.setStroke(Ink.THIN);
        g.draw(new Rectangle2D.Double(x, top, width(), y - top));
        g.draw(new Line2D.Double(x, top + header.height(), x + width(), top + header.height()));
    }

    private double paintLine(Graphics2D g, Line line, double x, double y, Color fill) {
        if (fill != null) {
            g.setColor(fill);
            g.fill(new Rectangle2D.Double(x, y, width(), line.height()));
        }
        Font font = line.bold() ? bold : body;
        double cx = x;
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                g.setColor(Ink.GRID);
                g.setStroke(Ink.HAIRLINE);
                g.draw(new Line2D.Double(cx, y, cx, y + line.height()));
            }
            g.setColor(Ink.TEXT);
            List<String> lines = line.cells().get(c);
            for (int l = 0; l < lines.size(); l++) {
                double mid = y + PAD + l * LINE + LINE / 2;
                if (columns.get(c).right()) {
                    Ink.right(g, fonts, lines.get(l), font, cx + widths[c] - PAD, mid);
                } else {
                    Ink.left(g, fonts, lines.get(l), font, cx + PAD, mid);
                }
            }
            cx += widths[c];
        }
        g.setColor(Ink.GRID);
        g.setStroke(Ink.HAIRLINE);
        g.draw(new Line2D.Double(x, y + line.height(), x + width(), y + line.height()));
        return y + line.height();
    }
}
