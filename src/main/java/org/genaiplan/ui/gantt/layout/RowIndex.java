package org.genaiplan.ui.gantt.layout;

import java.util.Arrays;

/** Task id to row number with open addressing: look-ups while drawing box nothing. */
public final class RowIndex {
    private long[] keys = new long[16];
    private int[] rows = new int[16];
    private int mask = 15;

    /** Empties the index and sizes it for {@code expected} rows. */
    public void reset(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        if (keys.length != capacity) {
            keys = new long[capacity];
            rows = new int[capacity];
        } else {
            Arrays.fill(keys, 0);
        }
        mask = capacity - 1;
    }

    /** Records the row of a task id (ids are positive). */
    public void put(long id, int row) {
        int slot = slot(id);
        while (keys[slot] != 0 && keys[slot] != id) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = id;
        rows[slot] = row;
    }

    /** The row of a task id, or -1. */
    public int get(long id) {
        int slot = slot(id);
        while (keys[slot] != 0) {
            if (keys[slot] == id) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
