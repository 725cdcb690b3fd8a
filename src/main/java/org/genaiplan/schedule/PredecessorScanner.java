package org.genaiplan.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.ValidationException;

/**
 * Reads the text of a predecessors cell into {@link PredecessorEntry}s, one character at a time (no regular
 * expressions, so no backtracking: any text is read in time linear in its length).
 *
 * <p>Entries are separated by commas or semicolons. Each is a reference, then optionally a link type
 * ({@code FS}, {@code SS}, {@code FF}, {@code SF}, any case) and a lag or lead with its sign ({@code +2d},
 * {@code -4h}; a number alone is in days). A reference is an ID ({@code 3}) or a WBS code after the prefix
 * {@code W} ({@code W1.2}, any case). Spaces between the parts are allowed. A dotted code without the prefix
 * ({@code 1.2}) is refused with a hint unless the scanner is made for imported files, where such codes are
 * unambiguous and mean WBS codes.
 */
public final class PredecessorScanner {
    /** Entries longer than this are shortened in messages. */
    private static final int SHOWN = 40;

    private final DurationFormat durations;
    private final boolean bareCodes;

    /**
     * @param durations how lags are read
     * @param bareCodes true to read a dotted code without the prefix ({@code 1.2}) as a WBS code, as imports do
     */
    public PredecessorScanner(DurationFormat durations, boolean bareCodes) {
        this.durations = Objects.requireNonNull(durations, "durations");
        this.bareCodes = bareCodes;
    }

    /** The non-empty entries of a cell, stripped, in order. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ';') {
                String entry = text.substring(from, i).strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** Every entry of a cell; the first that cannot be read is refused with a sentence naming it. */
    public List<PredecessorEntry> read(String text) {
        List<PredecessorEntry> out = new ArrayList<>();
        for (String entry : split(text)) {
            out.add(readEntry(entry));
        }
        return out;
    }

    /** One entry, stripped and without separators; a ValidationException names it when it cannot be read. */
    public PredecessorEntry readEntry(String entry) {
        String s = entry.strip();
        int n = s.length();
        int i = 0;
        boolean prefixed = n > 0 && (s.charAt(0) == 'W' || s.charAt(0) == 'w');
        if (prefixed) {
            i = skipSpaces(s, 1);
        }
        int refStart = i;
        int dots = 0;
        if (i >= n || !isDigit(s.charAt(i))) {
            throw notUnderstood(s);
        }
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1))) {
                dots++;
                i++;
            } else {
                break;
            }
        }
        String reference = s.substring(refStart, i);
        if (dots > 0 && !prefixed && !bareCodes) {
            throw new ValidationException("Entry \"" + shorten(s) + "\" looks like a WBS code; predecessors are "
                    + "given by ID, so write W" + reference + " for the task with WBS code " + reference + ".");
        }
        i = skipSpaces(s, i);
        DependencyType type = DependencyType.FS;
        if (i + 1 < n && isLetter(s.charAt(i))) {
            type = type(s.charAt(i), s.charAt(i + 1));
            if (type == null || i + 2 < n && isLetter(s.charAt(i + 2))) {
                throw notUnderstood(s);
            }
            i = skipSpaces(s, i + 2);
        }
        long lag = 0;
        if (i < n) {
            char sign = s.charAt(i);
            if (sign != '+' && sign != '-') {
                throw notUnderstood(s);
            }
            String amount = s.substring(i + 1).strip();
            if (amount.isEmpty() || amount.charAt(0) == '+' || amount.charAt(0) == '-') {
                throw badLag(s);
            }
            try {
                lag = durations.parse(amount);
            } catch (ValidationException e) {
                throw badLag(s);
            }
            if (sign == '-') {
                lag = -lag;
            }
        }
        return new PredecessorEntry(s, prefixed || dots > 0, reference, type, lag);
    }

    /** Text for a message: as is, or its start and an ellipsis when longer than 40 characters. */
    static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN).strip() + "\u2026";
    }

    private static ValidationException badLag(String entry) {
        return new ValidationException("Entry \"" + shorten(entry) + "\" has a lag that is not a duration; "
                + "write it like +2d or -4h.");
    }

    private static DependencyType type(char a, char b) {
        char x = Character.toUpperCase(a);
        char y = Character.toUpperCase(b);
        if (x == 'F' && y == 'S') {
            return DependencyType.FS;
        }
        if (x == 'S' && y == 'S') {
            return DependencyType.SS;
        }
        if (x == 'F' && y == 'F') {
            return DependencyType.FF;
        }
        if (x == 'S' && y == 'F') {
            return DependencyType.SF;
        }
        return null;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static ValidationException notUnderstood(String entry) {
        return new ValidationException("Entry \"" + shorten(entry) + "\" is not understood; write an ID (3) or a "
                + "WBS code after W (W1.2), optionally a type (FS, SS, FF, SF) and a lag, such as 3FS+2d.");
    }
}
