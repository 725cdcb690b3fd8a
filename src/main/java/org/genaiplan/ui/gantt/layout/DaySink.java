package org.genaiplan.ui.gantt.layout;

/** Receives spans of non-working time, in pixels. */
@FunctionalInterface
public interface DaySink {
    void span(double x, double width);
}
