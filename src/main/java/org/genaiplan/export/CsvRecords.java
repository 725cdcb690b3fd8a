package org.genaiplan.export;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time from a stream: fields split by one separator, quoted fields with doubled
 * quotes and line breaks inside, lines ended by LF, CR LF or CR. A record keeps at most {@link #MAX_FIELDS}
 * fields (more are read past), so a line of a million separators costs no memory.
 */
final class CsvRecords {
    static final int MAX_FIELDS = 1_000;

    /** One record and the line of the file it starts on. */
    record Record(int line, List<String> fields) {
    }

    private final Reader in;
    private final char separator;
    private final String shown;
    private final char[] buffer = new char[1 << 16];
    private int filled;
    private int at;
    private int line = 1;
    private int pending = -2;

    CsvRecords(Reader in, char separator, String shown) {
        this.in = in;
        this.separator = separator;
        this.shown = shown;
    }

    /** The next record, or null at the end of the file. */
    Record next() throws IOException, ImportException {
        int c = read();
        if (c < 0) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new ImportException(shown + " ends inside a quoted field that starts on line " + start + ".");
                }
                add(fields, field);
                return new Record(start, fields);
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                add(fields, field);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = read();
                    if (next != '\n') {
                        pending = next;
                    }
                }
                line++;
                add(fields, field);
                return new Record(start, fields);
            } else {
                field.append(ch);
            }
            c = read();
        }
    }

    private static void add(List<String> fields, StringBuilder field) {
        if (fields.size() < MAX_FIELDS) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (at == filled) {
            filled = in.read(buffer, 0, buffer.length);
            at = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[at++];
    }
}
