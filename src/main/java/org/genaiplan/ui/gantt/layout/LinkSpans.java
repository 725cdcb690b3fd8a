package org.genaiplan.ui.gantt.layout;

import java.util.Arrays;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;

/**
 * The plan's links by the rows they span, so that a frame visits only the links that cross the rows on
 * screen, not every link of the plan. Built again when the links or the rows change (an edit of a duration
 * changes neither). Links are sorted by their upper row and kept in blocks that know how far down their
 * longest link reaches, so a query skips whole blocks above the view and stops at the first block below it.
 */
public final class LinkSpans {
    private static final int BLOCK = 64;

    private Plan plan;
    private RowSource rows;
    private long linksVersion = -1;
    private long rowsVersion = -1;
    /** Bumped each time the spans are built again, so that what is kept per link index knows it is stale. */
    private long generation;
    private Dependency[] links = new Dependency[0];
    private int[] fromRows = new int[0];
    private int[] toRows = new int[0];
    private int[] tops = new int[0];
    private int[] bottoms = new int[0];
    private int[] blockBottom = new int[0];

    /** What a query hands each link crossing the view, with the rows of its two ends. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Dependency link, int predecessorRow, int successorRow);
    }

    /** As {@link Visitor}, with the link's index in the spans (stable until {@link #generation()} changes). */
    @FunctionalInterface
    public interface IndexedVisitor {
        void visit(int index, Dependency link, int predecessorRow, int successorRow);
    }

    /** Brings the spans up to date with the plan's links and the rows shown. */
    public void update(Plan p, RowSource r) {
        long version = r.version();
        if (p == plan && r == rows && p.dependencyVersion() == linksVersion && version == rowsVersion) {
            return;
        }
        plan = p;
        rows = r;
        linksVersion = p.dependencyVersion();
        rowsVersion = version;
        generation++;
        int n = 0;
        long[] keyed = new long[p.dependencies().size()];
        Dependency[] all = p.dependencies().toArray(new Dependency[0]);
        int[] fromAll = new int[all.length];
        int[] toAll = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            int a = r.rowOf(all[i].predecessorId());
            int b = r.rowOf(all[i].successorId());
            fromAll[i] = a;
            toAll[i] = b;
            if (a >= 0 && b >= 0) {
                keyed[n++] = ((long) Math.min(a, b) << 32) | i; // upper row first, then the link's position
            }
        }
        Arrays.sort(keyed, 0, n);
        links = new Dependency[n];
        fromRows = new int[n];
        toRows = new int[n];
        tops = new int[n];
        bottoms = new int[n];
        for (int k = 0; k < n; k++) {
            int i = (int) keyed[k];
            int a = fromAll[i];
            int b = toAll[i];
            links[k] = all[i];
            fromRows[k] = a;
            toRows[k] = b;
            tops[k] = Math.min(a, b);
            bottoms[k] = Math.max(a, b);
        }
        blockBottom = new int[(n + BLOCK - 1) / BLOCK];
        for (int k = 0; k < n; k++) {
            blockBottom[k / BLOCK] = Math.max(blockBottom[k / BLOCK], bottoms[k]);
        }
    }

    /** Visits every link with at least one row in {@code first..last}, or passing across them. */
    public void visit(int first, int last, Visitor visitor) {
        visitIndexed(first, last, (k, d, a, b) -> visitor.visit(d, a, b));
    }

    /** As {@link #visit}, handing each link's index in the spans too. */
    public void visitIndexed(int first, int last, IndexedVisitor visitor) {
        for (int block = 0; block < blockBottom.length; block++) {
            int start = block * BLOCK;
            if (tops[start] > last) {
                return; // this block and every later one begin below the view
            }
            if (blockBottom[block] < first) {
                continue;
            }
            for (int k = start, end = Math.min(start + BLOCK, links.length); k < end; k++) {
                if (tops[k] <= last && bottoms[k] >= first) {
                    visitor.visit(k, links[k], fromRows[k], toRows[k]);
                }
            }
        }
    }

    /** Changes whenever the spans were built again (the links or the rows changed). */
    public long generation() {
        return generation;
    }

    /** The number of links whose both ends are on rows. */
    public int size() {
        return links.length;
    }
}
