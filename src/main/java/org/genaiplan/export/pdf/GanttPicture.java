package org.genaiplan.export.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.genaiplan.export.ReplaceFile;
import org.genaiplan.model.Plan;

/**
 * The whole Gantt chart (or the chosen dates) as one picture: the plan's name and dates on top, the task-name,
 * duration, start and finish columns beside the chart at the chosen zoom, every row, and the legend below. It is
 * the PDF report's drawing ({@link GanttPages} laid out as one sheet, painted by {@link GanttPainter}) in points,
 * into any Graphics2D: a PNG through {@link BufferedImage} and ImageIO, an SVG through {@link SvgPicture}.
 *
 * <p>The plan must be scheduled and must not change while the picture is made; safe on any thread.
 */
public final class GanttPicture {
    /** The largest PNG written: about 240 MB of pixels while it is drawn. */
    public static final long MAX_PIXELS = 60_000_000L;
    /** Pixels per point of a PNG file: text at 7.5 pt is 15 pixels high, sharp on any screen. */
    public static final double PNG_SCALE = 2;
    /** The margin around the drawing, in points. */
    static final double MARGIN = 10;
    static final double TITLE = 20;
    static final double LEGEND = 18;

    /** A picture too large to write; its message is one sentence saying so and what to do. */
    public static final class TooLargeException extends IllegalArgumentException {
        TooLargeException(String sentence) {
            super(sentence);
        }
    }

    private final Plan plan;
    private final GanttPages layout;
    private final LocalDate today;
    private final ReportFonts fonts = ReportFonts.get();

    private GanttPicture(Plan plan, GanttPages layout, LocalDate today) {
        this.plan = plan;
        this.layout = layout;
        this.today = today;
    }

    /**
     * The chart of a scheduled plan at {@code zoom} (weeks when null), from {@code from} to {@code to} (null: the
     * plan's first start, its last finish), with the today line on {@code today} (null: today).
     */
    public static GanttPicture of(Plan plan, PageSetup.Zoom zoom, LocalDate from, LocalDate to, LocalDate today) {
        Objects.requireNonNull(plan, "plan");
        PageSetup setup = PageSetup.defaults().withDates(from, to).withZoom(zoom)
                .withToday(today == null ? LocalDate.now() : today);
        return new GanttPicture(plan, GanttPages.sheet(plan, setup, ReportFonts.get()), setup.today());
    }

    /** The zoom that keeps a plan of this many days within about {@code points} of chart. */
    public static PageSetup.Zoom zoomToFit(Plan plan, double points) {
        LocalDate[] range = GanttPages.range(plan, PageSetup.defaults());
        long days = java.time.temporal.ChronoUnit.DAYS.between(range[0], range[1]) + 2;
        for (PageSetup.Zoom z : PageSetup.Zoom.values()) {
            if (days * z.dayWidth() <= points) {
                return z;
            }
        }
        return PageSetup.Zoom.QUARTERS;
    }

    /** Width of the picture in points. */
    public double width() {
        return Math.ceil(2 * MARGIN + Math.max(layout.bodyWidth(), legendWidth()));
    }

    /** Height of the picture in points. */
    public double height() {
        return Math.ceil(2 * MARGIN + TITLE + chartHeight() + LEGEND);
    }

    /** Where the chart's x = 0 (its first day, the day before the first shown) is, in the picture's points. */
    public double chartLeft() {
        return MARGIN + layout.tableWidth(0);
    }

    /** The x of a date's start in the picture, in points. */
    public double x(LocalDate date) {
        return chartLeft() + layout.scale().x(date);
    }

    /** The top of row {@code i} (0: the first task shown) in the picture, in points. */
    public double rowTop(int i) {
        return MARGIN + TITLE + GanttPages.HEADER + i * GanttPages.ROW;
    }

    /** How many task rows the picture shows. */
    public int rowCount() {
        return layout.rows().size();
    }

    /** The first and last day shown. */
    public LocalDate first() {
        return layout.first();
    }

    public LocalDate last() {
        return layout.last();
    }

    private double chartHeight() {
        return GanttPages.HEADER + layout.rows().size() * GanttPages.ROW;
    }

    private double legendWidth() {
        return 380;
    }

    /** Paints the picture into {@code g} in points, from (0, 0), white behind. */
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width(), height()));
        Font title = fonts.font(true, 10);
        Font dates = fonts.font(false, Ink.BODY);
        double mid = MARGIN + TITLE / 2 - 2;
        g.setColor(Ink.TEXT);
        String name = plan.name() == null || plan.name().isBlank() ? "Plan" : plan.name();
        Ink.left(g, fonts, name, title, MARGIN, mid);
        g.setColor(Ink.MUTED);
        Ink.left(g, fonts, layout.first().format(GanttPages.DATE) + " \u2013 " + layout.last().format(GanttPages.DATE)
                + "   \u00b7   " + rowCount() + (rowCount() == 1 ? " task" : " tasks"), dates,
                MARGIN + fonts.width(name, title) + 12, mid);
        Rectangle2D area = new Rectangle2D.Double(MARGIN, MARGIN + TITLE, layout.bodyWidth(), chartHeight());
        new GanttPainter(layout, fonts, plan, today).paint(g, area,
                new GanttPages.Tile(0, layout.rows().size(), 0));
        GanttPainter.legend(g, fonts, MARGIN, MARGIN + TITLE + chartHeight() + LEGEND / 2 + 2);
    }

    /** A length in points as whole pixels of a PNG file ({@link #PNG_SCALE}). */
    public int pixels(double points) {
        return (int) Math.ceil(points * PNG_SCALE);
    }

    /** The picture at {@code scale} pixels per point; refused in one sentence when over {@link #MAX_PIXELS}. */
    public BufferedImage image(double scale) {
        int w = (int) Math.ceil(width() * scale);
        int h = (int) Math.ceil(height() * scale);
        if ((long) w * h > MAX_PIXELS) {
            throw new TooLargeException("The chart would make an image of " + w + " \u00d7 " + h
                    + " pixels, too large for one file; choose a coarser zoom or fewer dates, or export SVG.");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as PNG bytes at {@code scale} pixels per point. */
    public byte[] png(double scale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writePng(image(scale), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the picture as a PNG file at {@link #PNG_SCALE}, replacing {@code target} only when done. */
    public void writePng(Path target) throws IOException {
        BufferedImage image = image(PNG_SCALE);
        ReplaceFile.write(target, ".png", out -> writePng(image, out));
    }

    /** Writes the picture as an SVG file (text stays text), replacing {@code target} only when done. */
    public void writeSvg(Path target) throws IOException {
        String svg = svg();
        ReplaceFile.write(target, ".svg", out -> out.write(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The picture as an SVG document. */
    public String svg() {
        return SvgPicture.document(width(), height(), this::paint);
    }

    private static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer is available.");
        }
    }
}
