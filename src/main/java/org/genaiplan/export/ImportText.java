package org.genaiplan.export;

/** Reads cell text of imported tables by hand, without regular expressions that could backtrack on long cells. */
final class ImportText {
    private ImportText() {
    }

    /** Text for a problem message: as is, or its first 40 characters and an ellipsis. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40).strip() + "\u2026";
    }

    /** "40", "40%", "40 %" or "12,5" as a number, or null; read without regular expressions. */
    static Double percent(String s) {
        String t = s.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.replace(',', '.');
        if (t.isEmpty() || t.length() > 20 || t.charAt(0) == '.' || t.charAt(t.length() - 1) == '.') {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return null;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first of a list of resource names, without MS Project's units ("Analyst[50%]" is "Analyst"). */
    static String firstResource(String owner) {
        String first = owner.split("[,;]", 2)[0];
        StringBuilder out = new StringBuilder(first.length());
        int depth = 0;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
