package org.genaiplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.xml.sax.SAXException;

/**
 * Reads a WBS from an Excel workbook (.xlsx or .xls) into a scheduled plan: the sheet named "WBS" when it has
 * a task-name column, else the first sheet that has one. The header row is the first of the top 20 rows that
 * names a task-name column; see {@link WbsBuilder} for the columns and how rows become tasks. A Costs sheet as
 * this app writes it gives back the roles' rates and the tasks' fixed costs.
 *
 * <p>The workbook is untrusted input: an .xlsx is read as a stream ({@link XlsxBook}), keeping only the columns
 * the import uses, with its parts, shared texts and rows held to limits; more rows than a plan may hold are
 * refused as soon as they are seen. Every failure is one sentence naming the file.
 */
public final class ExcelImporter {
    /** Refuse workbooks larger than this. */
    static final long MAX_BYTES = 64L << 20;
    /** Rows of a Costs sheet read for rates and fixed costs; they are hints, so a longer sheet is read this far. */
    static final int MAX_COST_ROWS = 2_000_000;
    private static final int HEADER_SEARCH = 20;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public ImportResult read(Path file, String planName, LocalDate defaultStart) throws ImportException {
        String shown = String.valueOf(file.getFileName());
        ImportFiles.check(file, shown, MAX_BYTES);
        WbsTable table;
        CostHints costs;
        try (SheetSource book = open(file, shown)) {
            table = table(book, shown);
            costs = costs(book);
        } catch (XlsxParts.TooLarge e) {
            throw new ImportException(e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw protectedFile(shown, e);
        } catch (IOException | SAXException | RuntimeException e) {
            throw new ImportException(shown + " could not be read as an Excel workbook; it is damaged or not a"
                    + " workbook.", e);
        }
        return new WbsBuilder().build(table, planName, defaultStart, costs);
    }

    private static SheetSource open(Path file, String shown) throws IOException, SAXException, ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, ZIP)) {
            return XlsxBook.open(file, shown);
        }
        if (startsWith(head, OLE2)) {
            return XlsBook.open(file);
        }
        throw new IOException("neither a ZIP nor an OLE2 file");
    }

    private static ImportException protectedFile(String shown, Exception e) {
        return new ImportException(shown + " is protected by a password; save an unprotected copy and import that.", e);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static WbsTable table(SheetSource book, String shown) throws IOException, ImportException {
        List<String> sheets = new ArrayList<>(book.sheets());
        if (sheets.remove(WbsSheet.NAME)) {
            sheets.add(0, WbsSheet.NAME);
        }
        for (String sheet : sheets) {
            WbsTable t = table(book, sheet, shown);
            if (t != null) {
                return t;
            }
        }
        throw new ImportException(shown + " has no sheet with a task-name column; name one \"Name\" or \"Task Name\".");
    }

    /** The sheet's table, or null when none of its top rows is a header with a task-name column. */
    private static WbsTable table(SheetSource book, String sheet, String shown) throws IOException, ImportException {
        List<String> headers = new ArrayList<>();
        List<WbsTable.Row> rows = new ArrayList<>();
        int[][] used = {null};
        int[] seen = {0};
        int[] taskRows = {0};
        book.rows(sheet, (number, values) -> {
            if (used[0] == null) {
                List<String> texts = new ArrayList<>(values.size());
                values.forEach(v -> texts.add(v == null ? "" : WbsBuilder.text(v)));
                WbsColumns cols = WbsColumns.of(texts);
                if (cols != null) {
                    used[0] = cols.used();
                    for (int i : used[0]) {
                        headers.add(texts.get(i));
                    }
                }
                return used[0] != null || ++seen[0] <= HEADER_SEARCH;
            }
            List<Object> kept = new ArrayList<>(used[0].length);
            for (int i : used[0]) {
                kept.add(i < values.size() ? values.get(i) : null);
            }
            WbsTable.Row row = new WbsTable.Row(number, kept);
            if (!row.blank()) {
                if (++taskRows[0] > WbsBuilder.MAX_TASKS) {
                    throw new ImportException(shown + " has more than " + String.format(Locale.ROOT, "%,d",
                            WbsBuilder.MAX_TASKS) + " task rows, the most a plan may hold; split it into smaller files.");
                }
                rows.add(row);
            }
            return true;
        });
        return used[0] == null ? null : new WbsTable(headers, rows);
    }

    /** Rates (the Role / Rate per hour table) and fixed-cost items of a Costs sheet as this app writes it. */
    private static CostHints costs(SheetSource book) throws IOException, ImportException {
        if (!book.sheets().contains(CostsSheet.NAME)) {
            return CostHints.NONE;
        }
        Map<String, BigDecimal> rates = new HashMap<>();
        Map<String, BigDecimal> fixed = new HashMap<>();
        boolean[] inRates = {false};
        int[] read = {0};
        book.rows(CostsSheet.NAME, (number, values) -> {
            Object label = cell(values, PriceBlock.NAME);
            Object amount = cell(values, PriceBlock.FIRST);
            if (PriceBlock.ROLE_HEADER.equals(label) && PriceBlock.RATE_HEADER.equals(amount)) {
                inRates[0] = true;
            } else if (inRates[0] && label instanceof String role && amount instanceof Double rate && rate >= 0
                    && Double.isFinite(rate)) {
                rates.putIfAbsent(role, BigDecimal.valueOf(rate));
            } else {
                inRates[0] = false;
            }
            if (CostsSheet.FIXED_KIND.equals(cell(values, CostsSheet.KIND))
                    && cell(values, CostsSheet.CODE) instanceof String code
                    && cell(values, CostsSheet.PLANNED) instanceof Double money && money >= 0 && Double.isFinite(money)) {
                fixed.merge(code.strip(), BigDecimal.valueOf(money).setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
            }
            return ++read[0] < MAX_COST_ROWS;
        });
        return new CostHints(rates, fixed);
    }

    private static Object cell(List<Object> values, int column) {
        return column < values.size() ? values.get(column) : null;
    }
}
