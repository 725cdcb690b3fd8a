package org.genaiplan.ui.wbs;

import java.util.Optional;
import org.genaiplan.ui.command.TaskSubtree;

/** Where copied rows go: between open plans as a subtree, to other apps as tab-separated text. */
public interface RowClipboard {

    void put(TaskSubtree rows, String tabSeparatedText);

    /** The rows last copied from a plan, if the clipboard holds some. */
    Optional<TaskSubtree> rows();
}
