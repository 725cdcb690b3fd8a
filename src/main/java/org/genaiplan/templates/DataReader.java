package org.genaiplan.templates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/** Reads one JSON data file into its spec record and turns Jackson's errors into one readable sentence. */
final class DataReader {
    private final TemplateSource source;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    DataReader(TemplateSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    <T> T read(String file, Class<T> type) {
        if (file == null || file.isBlank()) {
            throw new TemplateDataException("A template data file name is missing from the catalogue.");
        }
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new TemplateDataException(file + " is missing from the template data.");
            }
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw new TemplateDataException(file + " is empty.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new TemplateDataException(file + ": " + describe(e), e);
        } catch (IOException e) {
            throw new TemplateDataException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    static String describe(JsonProcessingException e) {
        String where = location(e.getLocation());
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                || e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
            return "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")" + where + ".";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"" + path(u) + where + ".";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String got = m instanceof InvalidFormatException f ? ", not \"" + f.getValue() + "\"" : "";
            return "bad value" + path(m) + where + ": expected " + expected(m.getTargetType()) + got + ".";
        }
        if (e instanceof JsonMappingException m) {
            return "bad value" + path(m) + where + ": " + simpleNames(firstLine(e.getOriginalMessage())) + ".";
        }
        return firstLine(e.getOriginalMessage()) + where + ".";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == double.class || type == long.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "" : " at " + sb;
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Drops package prefixes and backticks so that messages name {@code ResponseStrategy}, not a class path. */
    private static String simpleNames(String message) {
        return message.replaceAll("`?\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)`?", "$1").replace("`", "");
    }
}
