package org.genaiplan.ui.wbs;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
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
            .addMixIn(CostInput.class, CostInputKinds.class)
            .build();

    /** Cost line inputs travel with their kind, so a pasted line comes back as the same kind. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = PeopleCost.class, name = "people"),
            @JsonSubTypes.Type(value = ComputeCost.class, name = "compute"),
            @JsonSubTypes.Type(value = ApiCost.class, name = "api"),
            @JsonSubTypes.Type(value = LicenceCost.class, name = "licence"),
            @JsonSubTypes.Type(value = AnnotationCost.class, name = "annotation"),
            @JsonSubTypes.Type(value = EvaluationCost.class, name = "evaluation"),
            @JsonSubTypes.Type(value = OtherCost.class, name = "other"),
            @JsonSubTypes.Type(value = org.genaiplan.model.cost.InfrastructureCost.class, name = "infrastructure")})
    private interface CostInputKinds {
    }

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
