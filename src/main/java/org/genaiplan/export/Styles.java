package org.genaiplan.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The cell styles of one exported workbook, made once and shared (a workbook holds at most 64,000). */
final class Styles {
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String MONEY_FORMAT = "#,##0.00";
    static final String PERCENT_FORMAT = "0%";
    /** Whole numbers without a decimal point, fractions as they are ("0.##" shows "20." in Excel). */
    static final String DAYS_FORMAT = "General";
    static final String HOURS_FORMAT = "General";
    /**
     * Ends every number format: a space as wide as a closing bracket after the figure, so that a right-aligned
     * number never touches the left-aligned text of the next column on screen or on paper.
     */
    static final String PAD = "_)";

    static final byte[] BAR = rgb(0x4a, 0x7f, 0xc1);
    static final byte[] CRITICAL = rgb(0xd9, 0x4a, 0x3d);
    static final byte[] SUMMARY_BAR = rgb(0x45, 0x4f, 0x5c);
    static final byte[] TODAY = rgb(0xff, 0xf2, 0xa8);
    static final byte[] HEADER = rgb(0xdd, 0xe4, 0xee);
    static final byte[] GREEN = rgb(0x7c, 0xc8, 0x92);
    static final byte[] AMBER = rgb(0xf5, 0xc8, 0x4c);
    static final byte[] RED = rgb(0xe8, 0x77, 0x6f);

    private final Workbook wb;
    private final Font bold;
    final CellStyle header;
    final CellStyle text;
    final CellStyle boldText;
    final CellStyle title;
    final CellStyle date;
    final CellStyle boldDate;
    final CellStyle days;
    final CellStyle boldDays;
    final CellStyle money;
    final CellStyle boldMoney;
    /** Money with up to four decimals, for unit prices such as the cost of one API request. */
    final CellStyle unitPrice;
    final CellStyle percent;
    /** A share to a tenth of a per cent (of a budget). */
    final CellStyle share;
    /** A count or quantity with thousands separators and up to two decimals. */
    final CellStyle quantity;
    final CellStyle integer;
    final CellStyle hours;
    private final Map<String, CellStyle> cache = new HashMap<>();

    /** Styles whose money formats show no currency. */
    Styles(Workbook wb) {
        this(wb, null);
    }

    /** Styles whose money formats show the plan's currency (a three-letter code; null for none). */
    Styles(Workbook wb, String currency) {
        this.wb = wb;
        bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        header = wb.createCellStyle();
        header.setFont(bold);
        fill(header, HEADER);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        text = wb.createCellStyle();
        boldText = wb.createCellStyle();
        boldText.setFont(bold);
        title = wb.createCellStyle();
        title.setFont(big);
        date = format(false, DATE_FORMAT);
        date.setAlignment(HorizontalAlignment.CENTER);
        boldDate = format(true, DATE_FORMAT);
        boldDate.setAlignment(HorizontalAlignment.CENTER);
        days = format(false, DAYS_FORMAT + PAD);
        boldDays = format(true, DAYS_FORMAT + PAD);
        money = format(false, moneyFormat(currency, false) + PAD);
        boldMoney = format(true, moneyFormat(currency, false) + PAD);
        unitPrice = format(false, moneyFormat(currency, true) + PAD);
        percent = format(false, PERCENT_FORMAT + PAD);
        share = format(false, "0.0%" + PAD);
        quantity = format(false, "#,##0.##" + PAD);
        integer = format(false, "0" + PAD);
        hours = format(false, HOURS_FORMAT + PAD);
    }

    /**
     * A number format for amounts in {@code currency}: the symbol for the common ones ($, EUR sign, pound, yen),
     * else the code after the amount; {@code precise} shows up to four decimals (unit prices).
     */
    static String moneyFormat(String currency, boolean precise) {
        String number = precise ? "#,##0.00##" : MONEY_FORMAT;
        if (currency == null) {
            return number;
        }
        return switch (currency) {
            case "USD" -> "\"$\"" + number;
            case "GBP" -> "\"\u00a3\"" + number;
            case "JPY" -> "\"\u00a5\"" + (precise ? "#,##0.##" : "#,##0");
            case "EUR" -> number + " \"\u20ac\"";
            default -> number + " \"" + currency + "\"";
        };
    }

    static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private CellStyle format(boolean isBold, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        if (isBold) {
            s.setFont(bold);
        }
        return s;
    }

    /** Text style, bold or not, indented by {@code indent} steps, quote-prefixed when asked. */
    CellStyle text(boolean isBold, int indent, boolean quotePrefix) {
        return text(isBold, indent, quotePrefix, false);
    }

    /**
     * Text style as above; {@code wrap} breaks the text into lines within its column (for sentences: names,
     * mitigations, notes), so that it never runs into the next column.
     */
    CellStyle text(boolean isBold, int indent, boolean quotePrefix, boolean wrap) {
        int level = Math.min(Math.max(indent, 0), 15);
        return cache.computeIfAbsent("t" + isBold + level + quotePrefix + wrap, k -> {
            CellStyle s = wb.createCellStyle();
            if (isBold) {
                s.setFont(bold);
            }
            if (level > 0) {
                s.setAlignment(HorizontalAlignment.LEFT);
                s.setIndention((short) level);
            }
            s.setQuotePrefixed(quotePrefix);
            s.setWrapText(wrap);
            return s;
        });
    }

    /** A solid fill, optionally bold and centred (for Gantt bars, heat-map cells). */
    CellStyle filled(byte[] rgb, boolean isBold, boolean centred) {
        return cache.computeIfAbsent("f" + rgb[0] + "," + rgb[1] + "," + rgb[2] + isBold + centred, k -> {
            CellStyle s = wb.createCellStyle();
            fill(s, rgb);
            if (isBold) {
                s.setFont(bold);
            }
            if (centred) {
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            return s;
        });
    }

    /** The style with its text wrapped within the column. */
    CellStyle wrapped(CellStyle base) {
        return cache.computeIfAbsent("w" + base.getIndex(), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setWrapText(true);
            return s;
        });
    }

    /** The style aligned left (for the Summary's facts column). */
    CellStyle left(CellStyle base) {
        return cache.computeIfAbsent("l" + base.getIndex(), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setAlignment(HorizontalAlignment.LEFT);
            return s;
        });
    }

    /** A heat-map cell: solid fill, bold, centred, zero shown as blank. */
    CellStyle heatCell(byte[] rgb) {
        CellStyle base = filled(rgb, true, true);
        return cache.computeIfAbsent("hm" + rgb[0] + "," + rgb[1] + "," + rgb[2], k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setDataFormat(wb.createDataFormat().getFormat("0;-0;;@"));
            return s;
        });
    }

    /** Centred bold text in the given colour, on today's fill when asked (Gantt milestones). */
    CellStyle filledFont(byte[] rgb, boolean todayFill) {
        return cache.computeIfAbsent("m" + rgb[0] + "," + rgb[1] + "," + rgb[2] + todayFill, k -> {
            CellStyle s = wb.createCellStyle();
            org.apache.poi.xssf.usermodel.XSSFFont f = (org.apache.poi.xssf.usermodel.XSSFFont) wb.createFont();
            f.setBold(true);
            f.setColor(new XSSFColor(rgb));
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.CENTER);
            if (todayFill) {
                fill(s, TODAY);
            }
            return s;
        });
    }

    /** A header cell with a date format (Gantt timeline). */
    CellStyle headerDate(String format, boolean today) {
        return cache.computeIfAbsent("h" + format + today, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(header);
            if (today) {
                fill(s, TODAY);
            }
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setRotation((short) 90);
            return s;
        });
    }
}
