package org.genaiplan.ui.window;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.genaiplan.ui.EditTarget;
import org.genaiplan.ui.lessons.LessonsView;
import org.genaiplan.ui.quality.IssueLogView;

/** The Issues tab's two sub-tabs, the issue log and the lessons-learned log; edit actions go to the one on screen. */
final class IssuesAndLessons extends BorderPane implements EditTarget {
    private final IssueLogView issues;
    private final LessonsView lessons;
    private final TabPane tabs = new TabPane();
    private final Tab lessonsTab;

    IssuesAndLessons(IssueLogView issues, LessonsView lessons) {
        this.issues = issues;
        this.lessons = lessons;
        Tab issuesTab = new Tab("Issue log", issues);
        issuesTab.setId("issueLogTab");
        lessonsTab = new Tab("Lessons learned", lessons);
        lessonsTab.setId("lessonsTab");
        tabs.getTabs().setAll(issuesTab, lessonsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("issuesSubTabs");
        setCenter(tabs);
    }

    /** Shows the lessons-learned log. */
    void showLessons() {
        tabs.getSelectionModel().select(lessonsTab);
    }

    private EditTarget current() {
        return tabs.getSelectionModel().getSelectedItem() == lessonsTab ? lessons : issues;
    }

    @Override
    public boolean isEditing() {
        return current().isEditing();
    }

    @Override
    public void undo() {
        current().undo();
    }

    @Override
    public void redo() {
        current().redo();
    }

    @Override
    public void cut() {
        current().cut();
    }

    @Override
    public void copy() {
        current().copy();
    }

    @Override
    public void paste() {
        current().paste();
    }

    @Override
    public void delete() {
        current().delete();
    }

    @Override
    public void focus() {
        current().focus();
    }
}
