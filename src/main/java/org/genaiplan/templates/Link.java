package org.genaiplan.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaiplan.model.DependencyType;

/**
 * A predecessor as written in a data file: {@code "key"} (finish-to-start), {@code "key SS"} or
 * {@code "key FS+2"} / {@code "key FF-0.5"} with a lag (or lead) in working days.
 */
record Link(String key, DependencyType type, double lagDays) {
    private static final Pattern FORM = Pattern.compile("(\\S+)(?:\\s+(FS|SS|FF|SF)([+-]\\d+(?:\\.\\d+)?)?)?");

    /** The parsed link, or null when the text does not have the form above. */
    static Link parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        DependencyType type = m.group(2) == null ? DependencyType.FS : DependencyType.valueOf(m.group(2));
        double lag = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        return new Link(m.group(1), type, lag);
    }
}
