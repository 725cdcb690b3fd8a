package org.genaiplan.store;

import java.util.Locale;

/** Small helpers to put a model message or a value from a file inside one of our sentences. */
final class Sentences {
    private Sentences() {
    }

    /** "A task needs a name." becomes "a task needs a name". */
    static String fragment(String message) {
        if (message == null || message.isBlank()) {
            return "a value is not valid";
        }
        String s = message.strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            s = s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    /** Text from a file made safe to show: control characters become "?", at most {@code max} characters. */
    static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.length() < text.length() ? sb + "..." : sb.toString();
    }

    /** A whole number with thousands separated: 100,000. */
    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
