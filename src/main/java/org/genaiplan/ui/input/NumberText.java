package org.genaiplan.ui.input;

import java.math.BigDecimal;

/** Reads the digits of a typed number by hand: an optional sign, thousands separators and one decimal dot. */
final class NumberText {

    /** The text would be a number with a decimal comma ("12,5"), which is not how numbers are typed here. */
    static final class DecimalComma extends NumberFormatException {
        private static final long serialVersionUID = 1L;
    }

    private NumberText() {
    }

    /**
     * The number in {@code text} (stripped): digits with an optional sign, groups of three digits separated by
     * commas, spaces or apostrophes when {@code grouping} is allowed, and at most one dot for decimals.
     *
     * @throws NumberFormatException when the text is not such a number ({@link DecimalComma} for "12,5")
     */
    static BigDecimal read(String text, boolean grouping) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > CellInput.MAX_LENGTH) {
            throw new NumberFormatException();
        }
        StringBuilder digits = new StringBuilder(s.length());
        int i = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            digits.append(s.charAt(0));
            i++;
        }
        int groupLength = 0;
        int groups = 0;
        int commas = 0;
        boolean badGroup = false;
        boolean any = false;
        for (; i < s.length() && s.charAt(i) != '.'; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                groupLength++;
                any = true;
            } else if (grouping && isSeparator(c)) {
                commas += c == ',' ? 1 : 0;
                badGroup |= groupLength == 0 || (groups == 0 ? groupLength > 3 : groupLength != 3);
                groups++;
                groupLength = 0;
            } else {
                throw new NumberFormatException();
            }
        }
        if (groups > 0 && groupLength != 3) {
            badGroup = true;
        }
        if (badGroup) {
            throw commas == 1 && groups == 1 && i == s.length() && groupLength > 0 ? new DecimalComma()
                    : new NumberFormatException();
        }
        if (i < s.length()) {
            digits.append('.');
            for (i++; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException();
                }
                digits.append(c);
                any = true;
            }
        }
        if (!any) {
            throw new NumberFormatException();
        }
        return new BigDecimal(digits.toString());
    }

    /** The text without one currency sign or ISO code (three capitals) before or after it: "$1,200", "1200 EUR". */
    static String withoutCurrency(String text) {
        String s = text.strip();
        if (!s.isEmpty() && Character.getType(s.charAt(0)) == Character.CURRENCY_SYMBOL) {
            s = s.substring(1).strip();
        } else if (s.length() > 3 && isCode(s, 0) && !Character.isLetter(s.charAt(3))) {
            s = s.substring(3).strip();
        }
        int n = s.length();
        if (n > 0 && Character.getType(s.charAt(n - 1)) == Character.CURRENCY_SYMBOL) {
            s = s.substring(0, n - 1).strip();
        } else if (n > 3 && isCode(s, n - 3) && !Character.isLetter(s.charAt(n - 4))) {
            s = s.substring(0, n - 3).strip();
        }
        return s;
    }

    private static boolean isCode(String s, int from) {
        for (int i = from; i < from + 3; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\'';
    }
}
