package org.genaiplan.ui.gantt.layout;

/** The corner points of one dependency arrow, an orthogonal polyline ending at the arrow head. Reused. */
public final class RouteBuffer {
    private final double[] xs = new double[8];
    private final double[] ys = new double[8];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double x, double y) {
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** Direct access for drawing calls that take arrays; only the first {@link #size()} entries count. */
    public double[] xs() {
        return xs;
    }

    public double[] ys() {
        return ys;
    }

    /** The points as "x,y x,y ..." (for tests and messages). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : " ").append(fmt(xs[i])).append(',').append(fmt(ys[i]));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

}
