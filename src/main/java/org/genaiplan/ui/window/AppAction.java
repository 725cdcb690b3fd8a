package org.genaiplan.ui.window;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCombination;

/**
 * One command of the window, as the menus, the tool bar, the shortcuts and the shortcut help all show it:
 * made once in {@link WindowActions}, so a name, a key or an enabled state is never written twice.
 *
 * @param id      the menu item's node id ({@code menuSave}), for tests and look-ups
 * @param text    the menu text
 * @param icon    an Ikonli icon literal, or null
 * @param keys    the shortcut, or null
 * @param tip     what the tool bar button's tooltip and the shortcut help say
 * @param run     what it does
 * @param enabled when it can be used, or null for always
 */
public record AppAction(String id, String text, String icon, KeyCombination keys, String tip, Runnable run,
                        ObservableValue<Boolean> enabled) {

    public AppAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(run, "run");
    }

    /** The shortcut as the help shows it ("Ctrl+S"), or empty. */
    public String keyText() {
        return keys == null ? "" : keys.getDisplayText();
    }
}
