package org.genaiplan.ui.gantt.layout;

import java.util.Objects;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;

/**
 * The routes of the links a frame draws, kept from one frame to the next. A route is kept in content
 * coordinates (x from the time scale's origin, y from the top of the first row), so scrolling, which is most
 * of the frames, only shifts it: the bars of its two tasks are not laid out again. The link spans (links and
 * rows), the time scale's mapping (origin, day width, level, calendar) and the row height key the whole
 * cache; each route also remembers what it was worked out from (its two tasks' start, finish, kind and
 * criticality) and is worked out again when one of them differs, so an edit re-routes only the links of the
 * tasks it moved. Those are compared once per version of the rows' content ({@link RowSource#contentVersion()}),
 * so a frame that only scrolls reads no task of a kept route.
 *
 * <p>A kept route also knows its horizontal extent, so a link wholly left or right of the view (most of the
 * long links merely passing through it) costs no drawing call.
 */
public final class LinkRoutes {
    private static final int POINTS = 6;
    private static final int BLOCK = 256;
    /** Room around a route for its arrow head and line width. */
    private static final double MARGIN = 8;

    private final RouteBuffer fresh = new RouteBuffer();
    private long spansGeneration = -1;
    private LinkSpans spans;
    private double originX = Double.NaN;
    private double dayWidth = Double.NaN;
    private ZoomLevel zoom;
    private WorkingCalendar calendar;
    private double rowHeight = Double.NaN;
    /** A link's entry is valid when its stamp equals this. */
    private int generation = 1;
    private int[] stamps = new int[0];
    /** The rows' content version the inputs were last compared at, and the per-link stamp for it. */
    private long content = Long.MIN_VALUE;
    private int checkGeneration = 1;
    private int[] checked = new int[0];
    private double[][] xs = new double[0][];
    private double[][] ys = new double[0][];
    private byte[] sizes = new byte[0];
    private boolean[] critical = new boolean[0];
    private double[] minX = new double[0];
    private double[] maxX = new double[0];
    /** Per link: the predecessor's and successor's start and finish the route was worked out from. */
    private Object[][] inputs = new Object[0][];
    /** Per link: both tasks' kinds and criticality the route was worked out from. */
    private int[] shapes = new int[0];

    /** Brings the cache in step with this frame; call once per frame, after {@link LinkSpans#update}. */
    public void update(LinkSpans links, GanttLayout layout, RowSource rows) {
        long version = rows.contentVersion();
        if (version < 0 || version != content) {
            content = version;
            checkGeneration++;
        }
        TimeScale scale = layout.scale();
        double origin = scale.xOfDay(0) + scale.scrollX();
        boolean same = links == spans && links.generation() == spansGeneration
                && origin == originX && scale.dayWidth() == dayWidth && scale.zoom() == zoom
                && scale.calendar() == calendar && layout.rowHeight() == rowHeight;
        if (same) {
            return;
        }
        if (links != spans || links.generation() != spansGeneration) {
            int n = links.size();
            stamps = new int[n];
            xs = new double[(n + BLOCK - 1) / BLOCK][];
            ys = new double[xs.length][];
            sizes = new byte[n];
            critical = new boolean[n];
            minX = new double[n];
            maxX = new double[n];
            inputs = new Object[xs.length][];
            shapes = new int[n];
            checked = new int[n];
        }
        spans = links;
        spansGeneration = links.generation();
        originX = origin;
        dayWidth = scale.dayWidth();
        zoom = scale.zoom();
        calendar = scale.calendar();
        rowHeight = layout.rowHeight();
        generation++;
    }

    /**
     * The route of link {@code index} of the spans, in view coordinates, into {@code out}; false when it has
     * none (a task without dates) or when it lies wholly outside {@code 0..width}.
     */
    public boolean route(int index, Dependency link, int fromRow, int toRow, GanttLayout layout, RowSource rows,
                         double width, RouteBuffer out) {
        double shiftX = layout.scale().scrollX();
        double shiftY = layout.scrollY();
        if (stamps[index] != generation || checked[index] != checkGeneration) {
            Task pred = rows.task(fromRow);
            Task succ = rows.task(toRow);
            if (stamps[index] != generation || !sameInputs(index, pred, succ)) {
                remember(index, link, layout, rows, shiftX, shiftY);
                keepInputs(index, pred, succ);
            }
            checked[index] = checkGeneration;
        }
        int n = sizes[index];
        if (n == 0 || maxX[index] - shiftX < -MARGIN || minX[index] - shiftX > width + MARGIN) {
            return false;
        }
        double[] bx = xs[index / BLOCK];
        double[] by = ys[index / BLOCK];
        int at = (index % BLOCK) * POINTS;
        out.clear();
        for (int i = 0; i < n; i++) {
            out.add(bx[at + i] - shiftX, by[at + i] - shiftY);
        }
        return true;
    }

    /** Whether both tasks of link {@code index} were critical when its route was worked out. */
    public boolean critical(int index) {
        return critical[index];
    }

    private boolean sameInputs(int index, Task pred, Task succ) {
        Object[] kept = inputs[index / BLOCK];
        int at = (index % BLOCK) * 4;
        return shapes[index] == shape(pred, succ) && Objects.equals(kept[at], pred.start())
                && Objects.equals(kept[at + 1], pred.finish()) && Objects.equals(kept[at + 2], succ.start())
                && Objects.equals(kept[at + 3], succ.finish());
    }

    private void keepInputs(int index, Task pred, Task succ) {
        int block = index / BLOCK;
        if (inputs[block] == null) {
            inputs[block] = new Object[BLOCK * 4];
        }
        int at = (index % BLOCK) * 4;
        inputs[block][at] = pred.start();
        inputs[block][at + 1] = pred.finish();
        inputs[block][at + 2] = succ.start();
        inputs[block][at + 3] = succ.finish();
        shapes[index] = shape(pred, succ);
    }

    /** Both tasks' kinds and criticality in one number. */
    private static int shape(Task pred, Task succ) {
        return pred.kind().ordinal() | succ.kind().ordinal() << 4 | (pred.isCritical() ? 1 << 8 : 0)
                | (succ.isCritical() ? 1 << 9 : 0);
    }

    private void remember(int index, Dependency link, GanttLayout layout, RowSource rows, double shiftX, double shiftY) {
        stamps[index] = generation;
        if (!layout.route(link, rows, fresh)) {
            sizes[index] = 0;
            return;
        }
        int block = index / BLOCK;
        if (xs[block] == null) {
            xs[block] = new double[BLOCK * POINTS];
            ys[block] = new double[BLOCK * POINTS];
        }
        int at = (index % BLOCK) * POINTS;
        int n = fresh.size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = fresh.x(i) + shiftX;
            xs[block][at + i] = x;
            ys[block][at + i] = fresh.y(i) + shiftY;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        sizes[index] = (byte) n;
        minX[index] = lo;
        maxX[index] = hi;
        critical[index] = rows.task(rows.rowOf(link.predecessorId())).isCritical()
                && rows.task(rows.rowOf(link.successorId())).isCritical();
    }
}
