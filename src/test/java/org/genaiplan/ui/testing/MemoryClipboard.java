package org.genaiplan.ui.testing;

import java.util.Optional;
import org.genaiplan.ui.command.TaskSubtree;
import org.genaiplan.ui.wbs.RowClipboard;

/** A clipboard private to one test. */
public final class MemoryClipboard implements RowClipboard {
    public TaskSubtree rows;
    public String text;

    @Override
    public void put(TaskSubtree rows, String tabSeparatedText) {
        this.rows = rows;
        this.text = tabSeparatedText;
    }

    @Override
    public Optional<TaskSubtree> rows() {
        return Optional.ofNullable(rows);
    }
}
