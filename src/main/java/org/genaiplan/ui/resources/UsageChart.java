package org.genaiplan.ui.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.genaiplan.schedule.ResourceUsage;

/**
 * A histogram of one resource: a bar per day, week or month for what is used, a line for what is available,
 * over-allocated bars in red (colours in resources.css). Drawn with regions so the style sheet colours it.
 */
final class UsageChart extends Pane {
    private static final double LEFT = 46;
    private static final double BOTTOM = 22;
    private static final double TOP = 10;
    private List<ResourceUsage.Bucket> buckets = List.of();
    private String unit = "";
    private final List<Region> bars = new ArrayList<>();
    private final List<Region> caps = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Label max = new Label();
    private final Label zero = new Label("0");
    private final Region axis = new Region();

    UsageChart() {
        getStyleClass().add("usage-chart");
        setId("usageChart");
        max.getStyleClass().add("usage-axis-label");
        zero.getStyleClass().add("usage-axis-label");
        axis.getStyleClass().add("usage-axis");
        setMinSize(200, 120);
    }

    void show(List<ResourceUsage.Bucket> newBuckets, String newUnit) {
        buckets = List.copyOf(newBuckets);
        unit = newUnit;
        getChildren().clear();
        bars.clear();
        caps.clear();
        labels.clear();
        for (ResourceUsage.Bucket b : buckets) {
            Region bar = new Region();
            bar.getStyleClass().add(b.over() ? "usage-bar-over" : "usage-bar");
            Tooltip.install(bar, new Tooltip(b.label() + ": " + fmt(b.used()) + " of " + fmt(b.available()) + " "
                    + unit + (b.over() ? " (over-allocated)" : "")));
            Region cap = new Region();
            cap.getStyleClass().add("usage-capacity");
            cap.setMouseTransparent(true);
            Label l = new Label(b.label());
            l.getStyleClass().add("usage-axis-label");
            bars.add(bar);
            caps.add(cap);
            labels.add(l);
        }
        getChildren().add(axis);
        getChildren().addAll(bars);
        getChildren().addAll(caps);
        getChildren().addAll(labels);
        getChildren().addAll(max, zero);
        requestLayout();
    }

    List<ResourceUsage.Bucket> buckets() {
        return buckets;
    }

    private static String fmt(double v) {
        return Math.abs(v - Math.rint(v)) < 0.05 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - LEFT - 8;
        double h = getHeight() - BOTTOM - TOP;
        if (buckets.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        double top = 0;
        for (ResourceUsage.Bucket b : buckets) {
            top = Math.max(top, Math.max(b.used(), b.available()));
        }
        top = top <= 0 ? 1 : top * 1.1;
        max.setText(fmt(top) + " " + unit);
        max.resizeRelocate(2, TOP - 8, LEFT + 60, 16);
        zero.resizeRelocate(2, TOP + h - 8, LEFT - 4, 16);
        axis.resizeRelocate(LEFT, TOP + h, w, 1);
        double slot = w / buckets.size();
        int every = Math.max(1, (int) Math.ceil(56 / slot));
        for (int i = 0; i < buckets.size(); i++) {
            ResourceUsage.Bucket b = buckets.get(i);
            double x = LEFT + i * slot;
            double bh = h * b.used() / top;
            bars.get(i).resizeRelocate(x + slot * 0.12, TOP + h - bh, Math.max(1, slot * 0.76), bh);
            double ch = h * b.available() / top;
            caps.get(i).resizeRelocate(x, TOP + h - ch - 1, slot, 2);
            Label l = labels.get(i);
            l.setVisible(i % every == 0);
            l.resizeRelocate(x, TOP + h + 3, Math.max(slot * every, 40), 16);
        }
    }
}
