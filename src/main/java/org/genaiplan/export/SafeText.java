package org.genaiplan.export;

/**
 * Keeps user text from being taken for a formula by a spreadsheet: text starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is what spreadsheets read as a formula or command.
 */
public final class SafeText {
    private SafeText() {
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** One CSV field: a leading {@code '} on formula-looking text, quoted when it holds a separator, quote or line break. */
    public static String csvField(String text) {
        if (text == null) {
            return "";
        }
        String value = looksLikeFormula(text) ? "'" + text : text;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Undoes the {@code '} that {@link #csvField} puts before formula-looking text. */
    public static String unprotect(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
