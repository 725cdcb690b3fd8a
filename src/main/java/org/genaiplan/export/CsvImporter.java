package org.genaiplan.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 *
 * <p>The file is read as a stream and only the columns the import uses are kept; a file larger than
 * {@link #MAX_BYTES} or with more rows than a plan may hold is refused before it is read whole.
 */
public final class CsvImporter {
    /** Refuse text files larger than this (a WBS of the most tasks a plan may hold fits easily). */
    static final long MAX_BYTES = 64L << 20;
    /** How much of the file the separator is guessed from: its first line, or this much of it. */
    private static final int FIRST_LINE_CHARS = 1 << 20;
    private static final int HEADER_SEARCH = 20;

    public ImportResult read(Path file, String planName, LocalDate defaultStart) throws ImportException {
        String shown = String.valueOf(file.getFileName());
        ImportFiles.check(file, shown, MAX_BYTES);
        WbsTable table;
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            table = parse(in, shown);
        } catch (CharacterCodingException e) {
            throw new ImportException(shown + " is not UTF-8 text; save it as \"CSV UTF-8\" and import it again.");
        } catch (IOException e) {
            throw ImportFiles.unreadable(shown, e);
        }
        return new WbsBuilder().build(table, planName, defaultStart);
    }

    private static WbsTable parse(Reader reader, String shown) throws IOException, ImportException {
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(FIRST_LINE_CHARS + 1);
        char[] first = new char[FIRST_LINE_CHARS];
        int n = in.read(first, 0, first.length);
        in.reset();
        if (n > 0 && first[0] == '\uFEFF') {
            in.skip(1);
        }
        CsvRecords records = new CsvRecords(in, separator(first, Math.max(n, 0)), shown);
        List<String> headers = null;
        WbsColumns cols = null;
        for (int r = 0; r < HEADER_SEARCH && cols == null; r++) {
            CsvRecords.Record record = records.next();
            if (record == null) {
                break;
            }
            headers = record.fields();
            cols = WbsColumns.of(headers);
        }
        if (cols == null) {
            throw new ImportException(shown + " has no header line with a task-name column; name one \"Name\" or "
                    + "\"Task Name\".");
        }
        int[] used = cols.used();
        List<WbsTable.Row> rows = new ArrayList<>();
        int taskRows = 0;
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            WbsTable.Row row = new WbsTable.Row(record.line(), keep(record.fields(), used));
            if (!row.blank() && ++taskRows > WbsBuilder.MAX_TASKS) {
                throw new ImportException(shown + " has more than " + String.format(java.util.Locale.ROOT, "%,d",
                        WbsBuilder.MAX_TASKS) + " task rows, the most a plan may hold; split it into smaller files.");
            }
            rows.add(row);
        }
        List<String> kept = new ArrayList<>(used.length);
        for (int i : used) {
            kept.add(headers.get(i));
        }
        return new WbsTable(kept, rows);
    }

    /** The fields at the given positions (empty where a record is shorter). */
    private static List<Object> keep(List<String> fields, int[] used) {
        List<Object> out = new ArrayList<>(used.length);
        for (int i : used) {
            out.add(i < fields.size() ? fields.get(i) : null);
        }
        return out;
    }

    /** The separator of the first line: comma, semicolon or tab, whichever appears most outside quotes. */
    private static char separator(char[] text, int length) {
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = text[i];
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
