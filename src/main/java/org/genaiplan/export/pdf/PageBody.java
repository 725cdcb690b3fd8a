package org.genaiplan.export.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What one page shows between its header and footer, drawn in points into {@code area}. */
@FunctionalInterface
public interface PageBody {
    void paint(Graphics2D g, Rectangle2D area);
}
