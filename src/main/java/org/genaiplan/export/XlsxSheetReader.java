package org.genaiplan.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part row by row (SAX) and hands each row's values to a {@link SheetSource.RowVisitor}:
 * shared and inline strings, cached formula results, booleans as Yes/No, numbers as Double, and numbers in a
 * date style as dates, in a percent style times 100. A sheet declaring or holding more rows than Excel allows
 * is refused; a cell keeps at most {@link Cells#MAX_CELL_CHARS} characters, as Excel does.
 */
final class XlsxSheetReader extends DefaultHandler {
    private final XlsxBook book;
    private final SheetSource.RowVisitor visitor;
    private final Object[] cells = new Object[SheetSource.MAX_COLUMNS];
    private final StringBuilder text = new StringBuilder();
    private int rows;
    private int rowNumber;
    private int lastColumn = -1;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private int phonetic;

    XlsxSheetReader(XlsxBook book, SheetSource.RowVisitor visitor) {
        this.book = book;
        this.visitor = visitor;
    }

    /** The visitor refused the file; carries its sentence through the parser. */
    static final class Refused extends SAXException {
        private final ImportException refusal;

        Refused(ImportException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        ImportException refusal() {
            return refusal;
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        switch (local) {
            case "dimension" -> checkDimension(a.getValue("ref"));
            case "row" -> startRow(a.getValue("r"));
            case "c" -> {
                Integer at = columnOf(a.getValue("r"));
                column = at == null ? column + 1 : at;
                type = a.getValue("t");
                Integer s = XlsxBook.integer(a.getValue("s"));
                style = s == null ? 0 : s;
                text.setLength(0);
            }
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            case "t" -> inText = inInline;
            case "rPh" -> phonetic++;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inText && phonetic == 0) && text.length() < Cells.MAX_CELL_CHARS) {
            text.append(ch, start, Math.min(length, Cells.MAX_CELL_CHARS - text.length()));
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        switch (local) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    private void checkDimension(String ref) throws SAXException {
        if (ref == null) {
            return;
        }
        String last = ref.substring(ref.indexOf(':') + 1).replaceAll("^[A-Za-z$]+", "").replace("$", "");
        Integer row = XlsxBook.integer(last);
        if (row != null && row > SheetSource.MAX_ROWS) {
            throw tooManyRows();
        }
    }

    private void startRow(String r) throws SAXException {
        if (++rows > SheetSource.MAX_ROWS) {
            throw tooManyRows();
        }
        Integer number = XlsxBook.integer(r);
        rowNumber = number == null ? rowNumber + 1 : number;
        column = -1;
        lastColumn = -1;
    }

    private XlsxBook.Limit tooManyRows() {
        return new XlsxBook.Limit(book.shown() + " has a sheet of more than " + String.format("%,d", SheetSource.MAX_ROWS)
                + " rows, more than a workbook can have.");
    }

    private void endCell() {
        if (column < 0 || column >= cells.length) {
            return;
        }
        Object value = value();
        if (value != null) {
            cells[column] = value;
            lastColumn = Math.max(lastColumn, column);
        }
    }

    private Object value() {
        String t = text.toString();
        if (type == null || type.equals("n")) {
            return number(t);
        }
        return switch (type) {
            case "s" -> {
                Integer index = XlsxBook.integer(t);
                yield index == null ? null : book.sharedString(index);
            }
            case "inlineStr", "str" -> t;
            case "b" -> "1".equals(t.strip()) || "true".equalsIgnoreCase(t.strip()) ? "Yes" : "No";
            case "d" -> isoDate(t);
            default -> null;
        };
    }

    private Object number(String t) {
        if (t.isBlank() || t.length() > 40) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (book.style(style)) {
            case DATE -> DateUtil.isValidExcelDate(v) ? DateUtil.getLocalDateTime(v, book.date1904()) : v;
            case PERCENT -> v * 100;
            case NUMBER -> v;
        };
    }

    private static Object isoDate(String t) {
        try {
            return t.length() > 10 ? LocalDateTime.parse(t.strip()) : LocalDate.parse(t.strip()).atStartOfDay();
        } catch (DateTimeParseException e) {
            return t;
        }
    }

    private void endRow() throws SAXException {
        List<Object> values = new ArrayList<>(lastColumn + 1);
        for (int i = 0; i <= lastColumn; i++) {
            values.add(cells[i]);
        }
        Arrays.fill(cells, 0, lastColumn + 1, null);
        try {
            if (!visitor.row(rowNumber, values)) {
                throw new XlsxParts.Stop();
            }
        } catch (ImportException e) {
            throw new Refused(e);
        }
    }

    /** The column of a cell reference such as "AB12" (0-based), or null when it has none. */
    static Integer columnOf(String ref) {
        if (ref == null) {
            return null;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? null : col - 1;
    }
}
