package org.genaiplan.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a WBS from an Excel workbook (.xlsx or .xls) into a scheduled plan: the sheet named "WBS" when it has
 * a task-name column, else the first sheet that has one. The header row is the first of the top 20 rows that
 * names a task-name column; see {@link WbsBuilder} for the columns and how rows become tasks. A Costs sheet as
 * this app writes it gives back the roles' rates and the tasks' fixed costs.
 */
public final class ExcelImporter {
    private static final int HEADER_SEARCH = 20;

    public ImportResult read(Path file, String planName, LocalDate defaultStart) throws ImportException {
        String shown = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImportException(shown + " was not found.");
        }
        WbsTable table;
        CostHints costs;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            table = table(wb, shown);
            costs = costs(wb);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(shown + " is protected by a password; save an unprotected copy and import that.");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(shown + " could not be read as an Excel workbook"
                    + (e.getMessage() == null ? "." : ": " + e.getMessage().strip()), e);
        }
        return new WbsBuilder().build(table, planName, defaultStart, costs);
    }

    /** Rates (the Role / Rate per hour table) and fixed-cost items of a Costs sheet as this app writes it. */
    private static CostHints costs(Workbook wb) {
        Sheet sheet = wb.getSheet(CostsSheet.NAME);
        if (sheet == null) {
            return CostHints.NONE;
        }
        Map<String, BigDecimal> rates = new HashMap<>();
        Map<String, BigDecimal> fixed = new HashMap<>();
        boolean inRates = false;
        for (Row row : sheet) {
            Object label = value(row.getCell(PriceBlock.NAME));
            Object amount = value(row.getCell(PriceBlock.FIRST));
            if (PriceBlock.ROLE_HEADER.equals(label) && PriceBlock.RATE_HEADER.equals(amount)) {
                inRates = true;
            } else if (inRates && label instanceof String role && amount instanceof Double rate && rate >= 0) {
                rates.putIfAbsent(role, BigDecimal.valueOf(rate));
            } else {
                inRates = false;
            }
            if (CostsSheet.FIXED_KIND.equals(value(row.getCell(CostsSheet.KIND)))
                    && value(row.getCell(CostsSheet.CODE)) instanceof String code
                    && value(row.getCell(CostsSheet.PLANNED)) instanceof Double money && money >= 0) {
                fixed.merge(code.strip(), BigDecimal.valueOf(money).setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
            }
        }
        return new CostHints(rates, fixed);
    }

    private static WbsTable table(Workbook wb, String shown) throws ImportException {
        Sheet wbs = wb.getSheet(WbsSheet.NAME);
        if (wbs != null) {
            WbsTable t = table(wbs);
            if (t != null) {
                return t;
            }
        }
        for (Sheet sheet : wb) {
            WbsTable t = table(sheet);
            if (t != null) {
                return t;
            }
        }
        throw new ImportException(shown + " has no sheet with a task-name column; name one \"Name\" or \"Task Name\".");
    }

    private static WbsTable table(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        int last = sheet.getLastRowNum();
        for (int h = sheet.getFirstRowNum(); h <= Math.min(last, sheet.getFirstRowNum() + HEADER_SEARCH); h++) {
            Row header = sheet.getRow(h);
            if (header == null) {
                continue;
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = header.getCell(c);
                headers.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            if (WbsColumns.of(headers) == null) {
                continue;
            }
            List<WbsTable.Row> rows = new ArrayList<>();
            for (int r = h + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>(headers.size());
                for (int c = 0; c < headers.size(); c++) {
                    values.add(row == null ? null : value(row.getCell(c)));
                }
                WbsTable.Row tableRow = new WbsTable.Row(r + 1, values);
                if (!tableRow.blank()) {
                    rows.add(tableRow);
                }
            }
            return new WbsTable(headers, rows);
        }
        return null;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue();
                }
                double v = cell.getNumericCellValue();
                String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                yield format != null && format.contains("%") ? v * 100 : v;
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
            default -> null;
        };
    }
}
