package org.genaiplan.ui.gantt;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.genaiplan.ui.gantt.layout.ZoomLevel;

/** What the Gantt chart's tool bar sets: the zoom, whether the critical path is coloured, what labels show. */
public final class GanttViewModel {
    private final ObjectProperty<ZoomLevel> zoom = new SimpleObjectProperty<>(this, "zoom", ZoomLevel.DAYS);
    private final BooleanProperty showCritical = new SimpleBooleanProperty(this, "showCritical", true);
    private final ObjectProperty<GanttPainter.LabelMode> labels =
            new SimpleObjectProperty<>(this, "labels", GanttPainter.LabelMode.NAME);

    public ObjectProperty<ZoomLevel> zoomProperty() {
        return zoom;
    }

    public BooleanProperty showCriticalProperty() {
        return showCritical;
    }

    public ObjectProperty<GanttPainter.LabelMode> labelsProperty() {
        return labels;
    }

    public void zoomIn() {
        zoom.set(zoom.get().finer());
    }

    public void zoomOut() {
        zoom.set(zoom.get().coarser());
    }
}
