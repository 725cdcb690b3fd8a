package org.genaiplan.ui.window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import org.genaiplan.ui.wbs.WbsActions;
import org.genaiplan.ui.wbs.WbsClipboard;
import org.genaiplan.ui.EditTarget;
import org.genaiplan.ui.UndoStack;

/**
 * The window's command table: every command once, with its text, icon, shortcut, tooltip and when it is
 * enabled. The menus, the tool bar and the shortcut help are made from it ({@link WindowMenus}).
 * Edit commands go to the {@link EditTarget} of the tab on screen (or to the text field being typed in);
 * task commands go to the WBS rows.
 */
public final class WindowActions {

    /** What the commands need from the window around them. */
    public interface Host {
        /** Runs an edit command on the text being typed, or else on the tab on screen (unless a cell is edited). */
        void edit(Consumer<EditTarget> onTab, Consumer<TextInputControl> onText);

        /** Runs a command on the WBS rows (from another tab, the WBS tab comes to the front first). */
        void rows(Runnable action);

        void showFind();

        void exportGanttImage(boolean wholePlan);

        void printPreview();

        void insertFragment();

        void openTaskInfo();

        void showProjectInfo();

        void showShortcuts();

        void showAbout();

        void quit();

        /** File > Import evaluation results: measurements from a CSV into the quality plan. */
        default void importEvaluation() {
        }
    }

    private final Map<String, AppAction> actions = new LinkedHashMap<>();

    public WindowActions(MainViewModel main, WbsActions wbs, WbsClipboard clipboard, Host host) {
        BooleanExpression open = main.documentOpenProperty();
        // edits wait only while a plan is being opened or imported; saving and exporting work from a snapshot
        BooleanExpression editable = open.and(main.blockingProperty().not());
        BooleanExpression fileFree = open.and(main.busyProperty().not());
        UndoStack undo = main.editor().undoStack();

        add("menuNew", "New", "mdi2f-file-plus-outline", "Shortcut+N", "New plan (Ctrl+N)", main::newPlan, null);
        add("menuOpen", "Open\u2026", "mdi2f-folder-open-outline", "Shortcut+O", "Open a plan (Ctrl+O)", main::open, null);
        add("menuSave", "Save", "mdi2c-content-save-outline", "Shortcut+S", "Save (Ctrl+S)", main::save, fileFree);
        add("menuSaveAs", "Save As\u2026", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S", "Save under a new name",
                main::saveAs, fileFree);
        add("menuImport", "Import\u2026", "mdi2f-file-import-outline", null, "Make a plan from an Excel or CSV table or another planner's file (MS Project, Primavera, Planner...)",
                main::importTable, null);
        add("menuImportEvaluation", "Import evaluation results\u2026", "mdi2c-chart-line", null,
                "Add measurements of the quality metrics from a CSV file", host::importEvaluation, editable);
        add("menuPrintPreview", "Print preview\u2026", "mdi2p-printer-eye", "Shortcut+P",
                "Preview, print or export the report's pages (Ctrl+P)", host::printPreview, open);
        add("menuExportExcel", "Excel workbook\u2026", "mdi2f-file-excel-outline", "Shortcut+E",
                "Export the plan as an Excel workbook", main::exportWorkbook, fileFree);
        add("menuExportPdf", "PDF report\u2026", "mdi2f-file-pdf-box", null,
                "Export the plan as a PDF report: Gantt chart, WBS, risks and costs", main::exportPdf, fileFree);
        add("menuExportMspdi", "MS Project XML\u2026", null, null,
                "Export the plan as MS Project XML (tasks, links, constraints, calendar, people and costs)",
                main::exportMsProjectXml, fileFree);
        add("menuExportPlanner", "GNOME Planner\u2026", null, null, "Export the plan as a GNOME Planner file",
                () -> main.exportForOtherPlanner(org.genaiplan.ui.OtherPlanners.Format.PLANNER), fileFree);
        add("menuExportPmxml", "Primavera P6 XML\u2026", null, null, "Export the plan as Primavera P6 XML (PMXML)",
                () -> main.exportForOtherPlanner(org.genaiplan.ui.OtherPlanners.Format.PMXML), fileFree);
        add("menuExportGanttImage", "Gantt image (visible chart)\u2026", "mdi2i-image-outline", null,
                "Export the visible chart as a picture", () -> host.exportGanttImage(false), open);
        add("menuExportGanttPlanImage", "Gantt image (whole plan)\u2026", null, null,
                "Export the whole plan's chart with its task names as a PNG or SVG picture",
                () -> host.exportGanttImage(true), open);
        add("menuClose", "Close", null, "Shortcut+W", "Close the plan", main::close, open);
        add("menuQuit", "Quit", null, "Ctrl+Q", "Quit GenAI Planner", host::quit, null);

        add("menuUndo", "Undo", "mdi2u-undo", "Shortcut+Z", "Undo (Ctrl+Z)",
                () -> host.edit(EditTarget::undo, TextInputControl::undo), editable.and(undo.canUndoProperty()));
        add("menuRedo", "Redo", "mdi2r-redo", "Shortcut+Y", "Redo (Ctrl+Y or Ctrl+Shift+Z)",
                () -> host.edit(EditTarget::redo, TextInputControl::redo), editable.and(undo.canRedoProperty()));
        add("menuCut", "Cut", "mdi2c-content-cut", "Shortcut+X", "Cut rows (Ctrl+X)",
                () -> host.edit(EditTarget::cut, TextInputControl::cut), editable);
        add("menuCopy", "Copy", "mdi2c-content-copy", "Shortcut+C", "Copy rows (Ctrl+C)",
                () -> host.edit(EditTarget::copy, TextInputControl::copy), editable);
        add("menuPaste", "Paste", "mdi2c-content-paste", "Shortcut+V", "Paste rows (Ctrl+V)",
                () -> host.edit(EditTarget::paste, TextInputControl::paste), editable);
        add("menuDelete", "Delete", "mdi2d-delete-outline", "Delete", "Delete the selected rows (Delete)",
                () -> host.edit(EditTarget::delete, TextInputControl::deleteNextChar), editable);
        add("menuFind", "Find\u2026", "mdi2m-magnify", "Shortcut+F", "Find a task by name (Ctrl+F)", host::showFind, editable);

        add("menuInsertTask", "Insert task", "mdi2t-table-row-plus-after", "Insert",
                "Insert a task below (Insert or Ctrl+Enter)", () -> host.rows(wbs::insertTask), editable);
        add("menuInsertChild", "Insert child", "mdi2s-subdirectory-arrow-right", "Shortcut+Shift+Enter",
                "Insert a child task (Ctrl+Shift+Enter)", () -> host.rows(wbs::insertChild), editable);
        add("menuInsertMilestone", "Insert milestone", "mdi2r-rhombus-outline", "Shortcut+Shift+M",
                "Insert a milestone (Ctrl+Shift+M)", () -> host.rows(wbs::insertMilestone), editable);
        add("menuInsertFragment", "Insert work package\u2026", "mdi2p-package-variant-plus", "Shortcut+Shift+I",
                "Insert a work package from the templates", host::insertFragment, editable);
        add("menuIndent", "Indent", "mdi2f-format-indent-increase", "Alt+Shift+Right", "Indent (Alt+Shift+Right)",
                () -> host.rows(wbs::indent), editable);
        add("menuOutdent", "Outdent", "mdi2f-format-indent-decrease", "Alt+Shift+Left", "Outdent (Alt+Shift+Left)",
                () -> host.rows(wbs::outdent), editable);
        add("menuMoveUp", "Move up", "mdi2a-arrow-up", "Alt+Shift+Up", "Move up (Alt+Shift+Up)",
                () -> host.rows(wbs::moveUp), editable);
        add("menuMoveDown", "Move down", "mdi2a-arrow-down", "Alt+Shift+Down", "Move down (Alt+Shift+Down)",
                () -> host.rows(wbs::moveDown), editable);
        add("menuLink", "Link tasks", "mdi2l-link-variant", "Shortcut+F2",
                "Link the selected tasks one after the other (Ctrl+F2)", () -> host.rows(wbs::link), editable);
        add("menuUnlink", "Unlink tasks", "mdi2l-link-variant-off", "Shortcut+Shift+F2",
                "Remove the links between the selected tasks (Ctrl+Shift+F2)", () -> host.rows(wbs::unlink), editable);
        add("menuTaskInfo", "Task information\u2026", "mdi2i-information-outline", "Shift+F2",
                "Every field of the selected task (Shift+F2)", host::openTaskInfo, editable);
        add("menuExpandAll", "Expand all", null, null, "Show every row", wbs::expandAll, editable);
        add("menuCollapseAll", "Collapse all", null, null, "Show the top-level rows only", wbs::collapseAll, editable);
        add("menuLateTasks", "Show late tasks", "mdi2c-calendar-alert", null,
                "Show and select the tasks that cannot meet their dates", () -> host.rows(wbs::showLateTasks), editable);
        add("menuAllTasks", "Show all tasks", null, null, "Show every row again after a filter", wbs::showAllTasks,
                editable);

        add("menuProjectInfo", "Project information\u2026", "mdi2c-calendar-edit", null,
                "The plan's name, dates, working days, hours and holidays", host::showProjectInfo, editable);

        TrackingActions.of(main, editable).forEach(a -> actions.put(a.id(), a));

        add("menuShortcuts", "Keyboard shortcuts", "mdi2k-keyboard-outline", "F1", "The keys of the window",
                host::showShortcuts, null);
        add("menuAbout", "About GenAI Planner", "mdi2i-information-outline", null, "About GenAI Planner",
                host::showAbout, null);
    }

    private void add(String id, String text, String icon, String keys, String tip, Runnable run,
                     ObservableValue<Boolean> enabled) {
        actions.put(id, new AppAction(id, text, icon, keys == null ? null : KeyCombination.keyCombination(keys), tip,
                run, enabled));
    }

    /** The command with this id; it must exist. */
    public AppAction get(String id) {
        AppAction a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("No window command " + id);
        }
        return a;
    }

    /** Every command, in the order of the menus. */
    public Iterable<AppAction> all() {
        return actions.values();
    }
}
