package org.genaiplan.export;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a WBS from a CSV file (UTF-8; comma, semicolon or tab separated, found from the header line; quoted
 * fields may hold separators and line breaks) into a scheduled plan. A {@code '} that a spreadsheet put before
 * formula-looking text is removed again. See {@link WbsBuilder} for the columns.
 */
public final class CsvImporter {
    /** Refuse text files larger than this (a WBS of a million rows fits easily). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    public ImportResult read(Path file, String planName, LocalDate defaultStart) throws ImportException {
        String shown = String.valueOf(file.getFileName());
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(shown + " was not found.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(shown + " is larger than 512 MB; split it into smaller files.");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(shown + " is not UTF-8 text; save it as \"CSV UTF-8\" and import it again.");
        } catch (IOException e) {
            throw new ImportException(shown + " could not be read: " + e.getMessage());
        }
        return new WbsBuilder().build(parse(text, shown), planName, defaultStart);
    }

    static WbsTable parse(String text, String shown) throws ImportException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char sep = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ImportException(shown + " ends inside a quoted field that starts on line " + recordLine + ".");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        int header = -1;
        for (int r = 0; r < Math.min(records.size(), 20); r++) {
            if (WbsColumns.of(records.get(r)) != null) {
                header = r;
                break;
            }
        }
        if (header < 0) {
            throw new ImportException(shown + " has no header line with a task-name column; name one \"Name\" or "
                    + "\"Task Name\".");
        }
        List<String> headers = records.get(header);
        List<WbsTable.Row> rows = new ArrayList<>();
        for (int r = header + 1; r < records.size(); r++) {
            List<Object> values = new ArrayList<>(records.get(r));
            rows.add(new WbsTable.Row(lines.get(r), values));
        }
        return new WbsTable(headers, rows);
    }

    /** The separator of the first line: comma, semicolon or tab, whichever appears most outside quotes. */
    private static char separator(String text) {
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semi++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > comma && tab > semi) {
            return '\t';
        }
        return semi > comma ? ';' : ',';
    }
}
