package org.genaiplan.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.genaiplan.ui.CatalogEntry;

/**
 * The menu bar and the tool bar, laid out from the command table ({@link WindowActions}): each entry names a
 * command by id, {@code "-"} is a separator. Only the lists that change while the app runs (templates, recent
 * plans, the tabs) are made here by hand.
 */
final class WindowMenus {
    private static final String SEP = "-";
    private static final List<String> FILE_TOP = List.of("menuNew");
    private static final List<String> FILE_MIDDLE = List.of("menuOpen");
    private static final List<String> FILE_SAVE = List.of(SEP, "menuSave", "menuSaveAs", SEP, "menuPrintPreview",
            SEP, "menuImport", "menuImportEvaluation");
    private static final List<String> EXPORT = List.of("menuExportExcel", "menuExportPdf", "menuExportMspdi", "menuExportPlanner", "menuExportPmxml", "menuExportGanttImage", "menuExportGanttPlanImage");
    private static final List<String> FILE_END = List.of(SEP, "menuClose", "menuQuit");
    private static final List<String> EDIT = List.of("menuUndo", "menuRedo", SEP, "menuCut", "menuCopy", "menuPaste",
            "menuDelete", SEP, "menuFind");
    private static final List<String> TASK = List.of("menuInsertTask", "menuInsertChild", "menuInsertMilestone",
            "menuInsertFragment", SEP, "menuIndent", "menuOutdent", "menuMoveUp", "menuMoveDown", SEP, "menuLink",
            "menuUnlink", "menuTaskInfo", SEP, "menuExpandAll", "menuCollapseAll", "menuLateTasks", "menuAllTasks");
    private static final List<String> PROJECT = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "menuProjectInfo", SEP), TrackingActions.IDS.stream()).toList();
    private static final List<String> HELP = List.of("menuShortcuts", "menuAbout");
    private static final List<String> TOOLS = List.of("menuNew", "menuOpen", "menuSave", SEP, "menuUndo", "menuRedo", SEP,
            "menuInsertTask", "menuInsertChild", "menuInsertMilestone", "menuDelete", SEP, "menuOutdent", "menuIndent",
            "menuMoveUp", "menuMoveDown", SEP, "menuCut", "menuCopy", "menuPaste", SEP, "menuFind");

    private final WindowActions actions;
    private final MainViewModel main;

    WindowMenus(WindowActions actions, MainViewModel main) {
        this.actions = actions;
        this.main = main;
    }

    MenuBar menuBar(TabPane tabs, List<Menu> extra) {
        MenuBar bar = new MenuBar(fileMenu(), menu("_Edit", EDIT), menu("_Task", TASK), menu("_Project", PROJECT));
        bar.getMenus().addAll(extra);
        bar.getMenus().addAll(viewMenu(tabs), menu("_Help", HELP));
        bar.setId("menuBar");
        return bar;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (String id : TOOLS) {
            bar.getItems().add(id.equals(SEP) ? new Separator() : button(actions.get(id)));
        }
        bar.setId("toolBar");
        return bar;
    }

    Menu menu(String title, List<String> ids) {
        Menu menu = new Menu(title);
        menu.getItems().addAll(items(ids));
        return menu;
    }

    /** The menu items of the commands {@code ids}, not yet in any menu. */
    private List<MenuItem> items(List<String> ids) {
        List<MenuItem> items = new ArrayList<>();
        for (String id : ids) {
            items.add(id.equals(SEP) ? new SeparatorMenuItem() : item(actions.get(id)));
        }
        return items;
    }

    private Menu fileMenu() {
        Menu fromTemplate = new Menu("New from template");
        fromTemplate.setId("menuNewFromTemplate");
        fromTemplate.setOnShowing(e -> fillTemplates(fromTemplate));
        fillTemplates(fromTemplate);
        Menu openRecent = new Menu("Open Recent");
        openRecent.setId("menuOpenRecent");
        fillRecent(openRecent);
        main.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent(openRecent));
        Menu export = menu("Export", EXPORT);
        export.setGraphic(new FontIcon("mdi2f-file-excel-outline"));
        Menu file = menu("_File", FILE_TOP);
        file.getItems().add(fromTemplate);
        file.getItems().addAll(items(FILE_MIDDLE));
        file.getItems().add(openRecent);
        file.getItems().addAll(items(FILE_SAVE));
        file.getItems().add(export);
        file.getItems().addAll(items(FILE_END));
        return file;
    }

    private void fillTemplates(Menu menu) {
        menu.getItems().clear();
        List<CatalogEntry> templates = main.templates();
        if (templates.isEmpty()) {
            MenuItem none = new MenuItem("No templates installed");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (CatalogEntry t : templates) {
            MenuItem mi = new MenuItem(t.name());
            mi.setOnAction(e -> main.newFromTemplate(t.id()));
            menu.getItems().add(mi);
        }
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> files = main.recentFiles().files();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent plans");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path p : files) {
            MenuItem mi = new MenuItem(p.getFileName() + "   \u2014 " + (p.getParent() == null ? "" : p.getParent()));
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> main.open(p));
            menu.getItems().add(mi);
        }
    }

    private static Menu viewMenu(TabPane tabs) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("_View");
        int i = 1;
        for (Tab tab : tabs.getTabs()) {
            RadioMenuItem mi = new RadioMenuItem(tab.getText());
            mi.setId("menuTab" + tab.getText());
            mi.setToggleGroup(group);
            mi.setAccelerator(KeyCombination.keyCombination("Shortcut+" + i++));
            mi.setSelected(tabs.getSelectionModel().getSelectedItem() == tab);
            mi.setOnAction(e -> tabs.getSelectionModel().select(tab));
            tab.selectedProperty().addListener((obs, o, n) -> mi.setSelected(n));
            menu.getItems().add(mi);
        }
        return menu;
    }

    static MenuItem item(AppAction a) {
        MenuItem mi = new MenuItem(a.text());
        mi.setId(a.id());
        if (a.icon() != null) {
            mi.setGraphic(new FontIcon(a.icon()));
        }
        if (a.keys() != null) {
            mi.setAccelerator(a.keys());
        }
        mi.setOnAction(e -> a.run().run());
        enable(a, mi.disableProperty());
        return mi;
    }

    private static Button button(AppAction a) {
        Button b = new Button(null, new FontIcon(a.icon()));
        b.setId("tool" + a.id().substring("menu".length()));
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(a.tip()));
        b.setFocusTraversable(false);
        b.setOnAction(e -> a.run().run());
        enable(a, b.disableProperty());
        return b;
    }

    private static void enable(AppAction a, javafx.beans.property.BooleanProperty disable) {
        if (a.enabled() != null) {
            disable.bind(BooleanExpression.booleanExpression(a.enabled()).not());
        }
    }

    /** The shortcut help's rows: every command with a key, then the keys of the sheet itself. */
    static String[][] shortcutRows(WindowActions actions) {
        java.util.List<String[]> rows = new ArrayList<>();
        for (AppAction a : actions.all()) {
            if (a.keys() != null) {
                rows.add(new String[] {a.keyText(), a.tip()});
            }
        }
        rows.add(new String[] {"Ctrl+1 \u2026 5", "WBS, Gantt, Risks, Costs, Resources"});
        rows.add(new String[] {"Typing a letter or digit", "Starts editing the selected cell with it"});
        rows.add(new String[] {"F2", "Edits the selected cell in place"});
        rows.add(new String[] {"Enter / Tab / Shift+Tab", "Keeps the value and goes down / right / left"});
        rows.add(new String[] {"Esc", "Cancels the edit"});
        rows.add(new String[] {"Alt+Shift+ plus / minus", "Opens / closes the branch of the selected row"});
        rows.add(new String[] {"Double-click an ID or a bar", "Task information"});
        rows.add(new String[] {"R, A, C, I / Delete", "Stakeholders tab, RACI matrix: sets / empties the selected cell"});
        return rows.toArray(new String[0][]);
    }
}
