package org.genaiplan.export.pdf;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;

/**
 * Puts a cost chart's text in the report's typeface at report sizes (no smaller than 7 pt), so the PDF embeds it
 * as text rather than drawing the window's fonts as outlines.
 */
final class ChartFonts {
    private ChartFonts() {
    }

    static JFreeChart apply(JFreeChart chart, ReportFonts fonts) {
        Font title = fonts.font(true, 9.5f);
        Font label = fonts.font(false, Ink.BODY);
        Font tick = fonts.font(false, Ink.SMALL);
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setFont(title);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setItemFont(label);
            }
        }
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot p) {
            axis(p.getDomainAxis(), label, tick);
            axis(p.getRangeAxis(), label, tick);
            markers(p.getDomainMarkers(Layer.FOREGROUND), tick);
        } else if (plot instanceof XYPlot p) {
            axis(p.getDomainAxis(), label, tick);
            axis(p.getRangeAxis(), label, tick);
            markers(p.getDomainMarkers(Layer.FOREGROUND), tick);
            markers(p.getDomainMarkers(Layer.BACKGROUND), tick);
        }
        return chart;
    }

    private static void axis(Axis axis, Font label, Font tick) {
        if (axis != null) {
            axis.setLabelFont(label);
            axis.setTickLabelFont(tick);
        }
    }

    private static void markers(java.util.Collection<?> markers, Font font) {
        if (markers != null) {
            for (Object m : markers) {
                ((Marker) m).setLabelFont(font);
            }
        }
    }
}
