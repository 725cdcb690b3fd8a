package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** The shipped data files, with one of them edited in memory, for tests of bad input. */
final class DataFiles {
    private DataFiles() {
    }

    static String shipped(String file) {
        try (InputStream in = TemplateSource.shipped().open(file)) {
            assertThat(in).as("shipped file " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All shipped files, except that {@code file} reads as {@code content} (null: missing). */
    static TemplateSource replacing(String file, String content) {
        TemplateSource shipped = TemplateSource.shipped();
        return name -> {
            if (!name.equals(file)) {
                return shipped.open(name);
            }
            return content == null ? null : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** All shipped files, with {@code file} passed through {@code edit}; the edit must change something. */
    static TemplateSource editing(String file, UnaryOperator<String> edit) {
        String before = shipped(file);
        String after = edit.apply(before);
        assertThat(after).as("the edit of " + file + " changes it").isNotEqualTo(before);
        return replacing(file, after);
    }

    /** Replaces the first occurrence of {@code target} only. */
    static UnaryOperator<String> first(String target, String replacement) {
        return text -> {
            int i = text.indexOf(target);
            assertThat(i).as("\"" + target + "\" occurs in the file").isNotNegative();
            return text.substring(0, i) + replacement + text.substring(i + target.length());
        };
    }
}
