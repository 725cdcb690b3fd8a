package org.genaiplan.ui;

/**
 * The edit target of a tab whose rows are not cut, copied, pasted or deleted with the keyboard (Risk
 * analysis, Decisions, Stakeholders): undo and redo act on the plan as everywhere else, and the other
 * actions say in the status bar where they work instead of doing nothing.
 */
public final class PlainEditTarget implements EditTarget.WithoutClipboard {
    /** What the Delete key says on such a tab. */
    public static final String NO_DELETE = "On this tab the Delete key removes nothing: use its Remove buttons.";

    private final CommandRunner runner;

    public PlainEditTarget(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public boolean isEditing() {
        return false;
    }

    @Override
    public void undo() {
        runner.undo();
    }

    @Override
    public void redo() {
        runner.redo();
    }

    @Override
    public void say(String sentence) {
        runner.tell(sentence);
    }

    @Override
    public void delete() {
        runner.tell(NO_DELETE);
    }

    /** The keyboard stays where it is. */
    @Override
    public void focus() {
    }
}
