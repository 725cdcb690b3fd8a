package org.genaiplan.ui.wbs;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sheet's right-click menu: the task commands a PM reaches for on a row, with their shortcuts shown. */
final class SheetMenu {
    private final WbsSheet sheet;

    SheetMenu(WbsSheet sheet) {
        this.sheet = sheet;
    }

    ContextMenu menu() {
        WbsActions a = sheet.actions();
        WbsClipboard c = sheet.clipboard();
        ContextMenu menu = new ContextMenu(
                item("Insert task", "mdi2t-table-row-plus-after", e -> a.insertTask()),
                item("Insert child task", "mdi2s-subdirectory-arrow-right", e -> a.insertChild()),
                item("Insert milestone", "mdi2r-rhombus-outline", e -> a.insertMilestone()),
                item("Delete", "mdi2d-delete-outline", e -> a.delete()),
                new SeparatorMenuItem(),
                item("Indent", "mdi2f-format-indent-increase", e -> a.indent()),
                item("Outdent", "mdi2f-format-indent-decrease", e -> a.outdent()),
                item("Link selected tasks", "mdi2l-link-variant", e -> a.link()),
                item("Unlink selected tasks", "mdi2l-link-variant-off", e -> a.unlink()),
                new SeparatorMenuItem(),
                item("Cut", "mdi2c-content-cut", e -> c.cut()),
                item("Copy", "mdi2c-content-copy", e -> c.copy()),
                item("Paste", "mdi2c-content-paste", e -> c.paste()),
                new SeparatorMenuItem(),
                item("Task information\u2026", "mdi2i-information-outline", e -> sheet.openTaskInfo()));
        menu.setId("wbsContextMenu");
        return menu;
    }

    /**
     * No accelerators here: a context menu's accelerators would act on the whole window, whichever tab
     * shows; the main menu owns the shortcuts.
     */
    private static MenuItem item(String text, String icon, EventHandler<ActionEvent> action) {
        MenuItem mi = new MenuItem(text, new FontIcon(icon));
        mi.setOnAction(action);
        return mi;
    }
}
