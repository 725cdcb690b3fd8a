package org.genaiplan.ui;

/**
 * What a tab offers the Edit menu and its shortcuts: undo, redo, cut, copy, paste and delete on what the tab
 * shows (rows, risks, cost lines), and whether a cell is being edited there (then the keys belong to the
 * cell). The window sends each edit action to the target of the tab on screen.
 */
public interface EditTarget {
    /** What a tab whose rows are not cut, copied or pasted says when asked to. */
    String NO_CLIPBOARD = "Cut, copy and paste work on the rows of the WBS and the Risks tabs.";

    /** Whether a cell of the tab is being edited (its text field then gets the keys). */
    boolean isEditing();

    void undo();

    void redo();

    void cut();

    void copy();

    void paste();

    void delete();

    /** Gives the keyboard back to the tab's table after an action. */
    void focus();

    /** A tab whose rows are not cut, copied or pasted: the three actions say so where the tab's messages go. */
    interface WithoutClipboard extends EditTarget {
        /** Puts a sentence where the tab's messages go (the status bar). */
        void say(String sentence);

        @Override
        default void cut() {
            say(NO_CLIPBOARD);
        }

        @Override
        default void copy() {
            say(NO_CLIPBOARD);
        }

        @Override
        default void paste() {
            say(NO_CLIPBOARD);
        }
    }
}
