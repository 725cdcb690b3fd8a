package org.genaiplan.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints goes through this writer: control characters (terminal escape codes, a lone
 * carriage return, bell, C1 codes) and the characters that reorder text on screen become "?", so a plan name
 * or a file name cannot rewrite or hide what the terminal shows. Line feeds and tabs pass, and carriage returns
 * where the system ends lines with them.
 */
final class TerminalText extends FilterWriter {
    private static final boolean CR_ENDS_LINES = System.lineSeparator().contains("\r");

    TerminalText(Writer out) {
        super(out);
    }

    /** The character as it may be printed. */
    static char safe(char c) {
        if (c == '\n' || c == '\t' || c == '\r' && CR_ENDS_LINES) {
            return c;
        }
        boolean reorders = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
        return Character.isISOControl(c) || reorders ? '?' : c;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(safe((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        char[] copy = new char[len];
        for (int i = 0; i < len; i++) {
            copy[i] = safe(cbuf[off + i]);
        }
        out.write(copy, 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
