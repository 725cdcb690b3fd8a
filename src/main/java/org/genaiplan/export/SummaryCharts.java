package org.genaiplan.export;

import java.awt.Color;
import java.util.function.IntFunction;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The Summary's cost charts as native spreadsheet charts (DrawingML, through POI's XDDF), each series a
 * reference to the {@link ChartData} cells with their figures cached: cumulative planned and actual cost as
 * lines over the dates, and planned, forecast and actual cost as bars by phase and by category. Excel and
 * LibreOffice redraw them from the cells, so they follow a changed price, and can restyle them.
 */
final class SummaryCharts {
    static final String CUMULATIVE = "Cumulative cost";
    static final String BY_PHASE = "Cost by phase";
    static final String BY_CATEGORY = "Cost by category";
    private static final Color[] COLOURS = {CostCharts.PLANNED_COLOUR, CostCharts.FORECAST_COLOUR,
        CostCharts.ACTUAL_COLOUR};

    private final XSSFDrawing drawing;
    private final ChartData data;
    private final String currency;

    SummaryCharts(XSSFDrawing drawing, ChartData data, String currency) {
        this.drawing = drawing;
        this.data = data;
        this.currency = currency;
    }

    /** The cumulative cost over columns {@code col1} to {@code col2} (exclusive), rows likewise. */
    XSSFChart cumulative(int col1, int row1, int col2, int row2) {
        XSSFChart chart = chart(CUMULATIVE, col1, row1, col2, row2);
        XDDFDateAxis dates = chart.createDateAxis(AxisPosition.BOTTOM);
        dates.setNumberFormat(Styles.DATE_FORMAT);
        Double[] days = data.dates();
        if (days.length > 1) {
            // about eight labelled dates, a whole number of weeks apart
            dates.setMajorUnit(7 * Math.max(1, Math.round((days[days.length - 1] - days[0]) / 56)));
        }
        XDDFValueAxis money = moneyAxis(chart, dates);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, dates, money);
        lines.setVaryColors(false);
        ChartData.Block block = data.cumulative;
        XDDFDataSource<Double> x = XDDFDataSourcesFactory.fromArray(days, block.range(ChartData.DATE));
        Double[][] values = {data.plannedToDate(), data.actualToDate()};
        int[] cols = {ChartData.PLANNED_TO_DATE, ChartData.ACTUAL_TO_DATE};
        for (int i = 0; i < 2; i++) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) lines.addSeries(x,
                    XDDFDataSourcesFactory.fromArray(values[i], block.range(cols[i])));
            s.setTitle(i == 0 ? CostCharts.PLANNED : CostCharts.ACTUAL, block.title(cols[i]));
            s.setSmooth(false);
            s.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties(fill(COLOURS[i == 0 ? 0 : 2]));
            line.setWidth(2.25);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            s.setShapeProperties(shape);
        }
        chart.plot(lines);
        return chart;
    }

    /** Planned, forecast and actual cost per phase, in WBS order. */
    XSSFChart byPhase(int col1, int row1, int col2, int row2) {
        XSSFChart chart = chart(BY_PHASE, col1, row1, col2, row2);
        bars(chart, data.byPhase, data.phases(), data::byPhase);
        return chart;
    }

    /** Planned, forecast and actual cost per category. */
    XSSFChart byCategory(int col1, int row1, int col2, int row2) {
        XSSFChart chart = chart(BY_CATEGORY, col1, row1, col2, row2);
        bars(chart, data.byCategory, data.categories(), data::byCategory);
        return chart;
    }

    private void bars(XSSFChart chart, ChartData.Block block, String[] names, IntFunction<Double[]> values) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis money = moneyAxis(chart, categories);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, money);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setGapWidth(80);
        bars.setVaryColors(false);
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromArray(names, block.range(ChartData.FIRST_COLUMN));
        for (int i = 0; i < ChartData.SERIES.length; i++) {
            int col = ChartData.PLANNED + i;
            XDDFChartData.Series s = bars.addSeries(x, XDDFDataSourcesFactory.fromArray(values.apply(i),
                    block.range(col)));
            s.setTitle(ChartData.SERIES[i], block.title(col));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill(COLOURS[i]));
            s.setShapeProperties(shape);
        }
        chart.plot(bars);
    }

    private XSSFChart chart(String title, int col1, int row1, int col2, int row2) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return chart;
    }

    private XDDFValueAxis moneyAxis(XSSFChart chart, XDDFChartAxis other) {
        XDDFValueAxis money = chart.createValueAxis(AxisPosition.LEFT);
        money.setTitle(currency);
        money.setNumberFormat("#,##0");
        money.setCrosses(AxisCrosses.AUTO_ZERO);
        money.setCrossBetween(AxisCrossBetween.BETWEEN);
        money.getOrAddMajorGridProperties().setLineProperties(
                new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY))));
        other.crossAxis(money);
        money.crossAxis(other);
        return money;
    }

    private static XDDFSolidFillProperties fill(Color c) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(),
            (byte) c.getBlue()}));
    }
}
