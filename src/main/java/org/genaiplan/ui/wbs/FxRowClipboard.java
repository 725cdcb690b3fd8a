package org.genaiplan.ui.wbs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.genaiplan.ui.command.TaskSubtree;

/**
 * Rows on the system clipboard: a private data format carrying the subtree as JSON (so another open
 * plan, even in another window of the app, can paste it; JSON rather than Java serialisation, so pasting
 * never runs code), plus tab-separated text for spreadsheets and mail.
 */
public final class FxRowClipboard implements RowClipboard {
    private static final String MIME = "application/x-genaiplan-tasks+json";
    private final DataFormat format;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public FxRowClipboard() {
        DataFormat existing = DataFormat.lookupMimeType(MIME);
        this.format = existing != null ? existing : new DataFormat(MIME);
    }

    @Override
    public void put(TaskSubtree rows, String tabSeparatedText) {
        ClipboardContent content = new ClipboardContent();
        try {
            content.put(format, json.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows could not be written as JSON", e);
        }
        content.putString(tabSeparatedText);
        Clipboard.getSystemClipboard().setContent(Map.copyOf(content));
    }

    @Override
    public Optional<TaskSubtree> rows() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasContent(format)) {
            return Optional.empty();
        }
        Object content = clipboard.getContent(format);
        if (!(content instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, TaskSubtree.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
