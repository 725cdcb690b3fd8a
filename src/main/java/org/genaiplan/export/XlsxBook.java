package org.genaiplan.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx workbook read as a stream: the workbook part for its sheets and date system, the styles for which
 * cells hold dates or percentages, and the shared strings, held to {@link #MAX_STRINGS} entries and
 * {@link #MAX_STRING_CHARS} characters. Sheets are read row by row by {@link XlsxSheetReader}.
 */
final class XlsxBook implements SheetSource {
    static final int MAX_STRINGS = 4_000_000;
    static final long MAX_STRING_CHARS = 64_000_000;
    private static final int MAX_STYLES = 100_000;

    /** What a cell style makes of a number. */
    enum NumberKind { NUMBER, DATE, PERCENT }

    private final XlsxParts parts;
    private final String shown;
    private final Map<String, String> sheetParts = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final List<NumberKind> styles = new ArrayList<>();
    private boolean date1904;

    private XlsxBook(XlsxParts parts, String shown) {
        this.parts = parts;
        this.shown = shown;
    }

    static XlsxBook open(Path file, String shown) throws IOException, SAXException, ImportException {
        XlsxParts parts = new XlsxParts(file, shown);
        try {
            XlsxBook book = new XlsxBook(parts, shown);
            book.load();
            return book;
        } catch (IOException | SAXException | ImportException | RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    private void load() throws IOException, SAXException, ImportException {
        String workbook = null;
        for (XlsxParts.Relationship r : parts.packageRelationships().values()) {
            if (r.kind().equals("officeDocument")) {
                workbook = r.part();
            }
        }
        if (workbook == null || !parts.has(workbook)) {
            throw new IOException("no workbook part");
        }
        Map<String, XlsxParts.Relationship> rels = parts.relationships(workbook);
        List<String[]> sheets = new ArrayList<>();
        parts.parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("workbookPr".equals(local)) {
                    String v = a.getValue("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(local) && sheets.size() < 10_000) {
                    sheets.add(new String[] {a.getValue("name"), relationshipId(a)});
                }
            }
        });
        for (String[] s : sheets) {
            XlsxParts.Relationship r = s[1] == null ? null : rels.get(s[1]);
            if (s[0] != null && r != null && r.kind().equals("worksheet") && parts.has(r.part())) {
                sheetParts.putIfAbsent(s[0], r.part());
            }
        }
        for (XlsxParts.Relationship r : rels.values()) {
            if (r.kind().equals("sharedStrings") && parts.has(r.part())) {
                readStrings(r.part());
            } else if (r.kind().equals("styles") && parts.has(r.part())) {
                readStyles(r.part());
            }
        }
    }

    private static String relationshipId(Attributes a) {
        for (int i = 0; i < a.getLength(); i++) {
            if ("id".equals(a.getLocalName(i)) && a.getURI(i).contains("relationships")) {
                return a.getValue(i);
            }
        }
        return null;
    }

    private void readStrings(String part) throws IOException, SAXException, ImportException {
        long[] chars = {0};
        try {
            parts.parse(part, new DefaultHandler() {
                private StringBuilder text;
                private boolean inText;
                private int phonetic;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
                    switch (local) {
                        case "si" -> {
                            if (strings.size() >= MAX_STRINGS) {
                                throw new Limit(shown + " has more than " + String.format("%,d", MAX_STRINGS)
                                        + " shared texts, more than an import takes.");
                            }
                            text = new StringBuilder();
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inText = text != null && phonetic == 0;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) throws SAXException {
                    if (inText) {
                        chars[0] += length;
                        if (chars[0] > MAX_STRING_CHARS) {
                            throw new Limit(shown + " has more than " + String.format("%,d", MAX_STRING_CHARS)
                                    + " characters of shared text, more than an import takes.");
                        }
                        text.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "si" -> {
                            strings.add(text == null ? "" : text.toString());
                            text = null;
                        }
                        case "rPh" -> phonetic--;
                        case "t" -> inText = false;
                        default -> { }
                    }
                }
            });
        } catch (Limit e) {
            throw new ImportException(e.getMessage());
        }
    }

    private void readStyles(String part) throws IOException, SAXException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        parts.parse(part, new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("numFmt".equals(local) && formats.size() < MAX_STYLES) {
                    Integer id = integer(a.getValue("numFmtId"));
                    if (id != null && a.getValue("formatCode") != null) {
                        formats.put(id, a.getValue("formatCode"));
                    }
                } else if ("cellXfs".equals(local)) {
                    inCellXfs = true;
                } else if ("xf".equals(local) && inCellXfs && xfs.size() < MAX_STYLES) {
                    Integer id = integer(a.getValue("numFmtId"));
                    xfs.add(id == null ? 0 : id);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("cellXfs".equals(local)) {
                    inCellXfs = false;
                }
            }
        });
        for (int id : xfs) {
            String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            styles.add(format == null ? NumberKind.NUMBER : DateUtil.isADateFormat(id, format) ? NumberKind.DATE
                    : format.contains("%") ? NumberKind.PERCENT : NumberKind.NUMBER);
        }
    }

    static Integer integer(String s) {
        if (s == null || s.length() > 9) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A limit of the import was reached while parsing; the message is the sentence to show. */
    static final class Limit extends SAXException {
        Limit(String message) {
            super(message);
        }
    }

    String sharedString(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    NumberKind style(int index) {
        return index >= 0 && index < styles.size() ? styles.get(index) : NumberKind.NUMBER;
    }

    boolean date1904() {
        return date1904;
    }

    String shown() {
        return shown;
    }

    @Override
    public List<String> sheets() {
        return List.copyOf(sheetParts.keySet());
    }

    @Override
    public void rows(String sheet, RowVisitor visitor) throws IOException, ImportException {
        String part = sheetParts.get(sheet);
        if (part == null) {
            return;
        }
        try {
            parts.parse(part, new XlsxSheetReader(this, visitor));
        } catch (Limit e) {
            throw new ImportException(e.getMessage());
        } catch (XlsxSheetReader.Refused e) {
            throw e.refusal();
        } catch (SAXException e) {
            throw new IOException("the sheet " + sheet + " is not valid XML", e);
        }
    }

    @Override
    public void close() throws IOException {
        parts.close();
    }
}
