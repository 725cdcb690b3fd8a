package org.genaiplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.IOUtils;

/**
 * An old binary workbook (.xls, at most 65,536 rows a sheet) read through POI. The file is small by nature;
 * POI's own cap on the size of one record keeps a crafted length from allocating more than an import takes.
 */
final class XlsBook implements SheetSource {
    /** The largest record POI may allocate for an import. */
    static final int MAX_RECORD_BYTES = 64 << 20;

    private final HSSFWorkbook workbook;

    private XlsBook(HSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The workbook; an encrypted file (a password-protected .xlsx is one too) is an {@link EncryptedDocumentException}. */
    static XlsBook open(Path file) throws IOException {
        int before = IOUtils.getByteArrayMaxOverride();
        IOUtils.setByteArrayMaxOverride(MAX_RECORD_BYTES); // POI's own setting is global: set only while reading
        try (InputStream in = Files.newInputStream(file)) {
            POIFSFileSystem fs = new POIFSFileSystem(in);
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                fs.close();
                throw new EncryptedDocumentException("the workbook is encrypted");
            }
            return new XlsBook(new HSSFWorkbook(fs));
        } finally {
            IOUtils.setByteArrayMaxOverride(before);
        }
    }

    @Override
    public List<String> sheets() {
        List<String> out = new ArrayList<>();
        for (Sheet s : workbook) {
            out.add(s.getSheetName());
        }
        return out;
    }

    @Override
    public void rows(String name, RowVisitor visitor) throws ImportException {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            return;
        }
        for (Row row : sheet) {
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                values.add(value(row.getCell(c)));
            }
            if (!visitor.row(row.getRowNum() + 1, values)) {
                return;
            }
        }
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

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
