package org.genaiplan.ui.window;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The views inside the window's tabs. A view is in the scene only while its tab is shown: a hidden tab's
 * tables and charts would otherwise be styled and laid out again after every edit that reaches them (the
 * Costs tab's lines after each duration typed in the WBS), and the first frame would style every tab. A
 * view that joins the scene again is styled and laid out once, as the tab shows.
 */
final class TabBodies {
    private final TabPane tabs;
    private final ObservableBooleanValue documentOpen;

    TabBodies(TabPane tabs, ObservableBooleanValue documentOpen) {
        this.tabs = tabs;
        this.documentOpen = documentOpen;
    }

    /**
     * Puts {@code view} into {@code tab} inside a holder of its own: the tab sets the holder's disabled state
     * when it changes its content, while the view's own follows whether a plan is open. When the tab shows,
     * the control that had the keyboard there before has it again; the first time, {@code focus} gives it to
     * the view's table (so that typing, Insert and Delete act on what the tab shows); null leaves it alone.
     */
    void put(Tab tab, Node view, Runnable focus) {
        view.disableProperty().bind(javafx.beans.binding.Bindings.not(documentOpen));
        StackPane holder = new StackPane();
        holder.getStyleClass().add("tab-body");
        holder.setUserData(view);
        tab.setContent(holder);
        if (tab.isSelected()) {
            attach(tab);
            focusIn(holder, focus);
        }
        Node[] focused = new Node[1];
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (tab.getContent() == holder) {
                if (now) {
                    attach(tab);
                    // the control that had the keyboard when the tab was left has it again (the sheet's cell)
                    if (focused[0] != null && focused[0].getScene() != null) {
                        focused[0].requestFocus();
                    } else {
                        focusIn(holder, focus);
                    }
                } else {
                    focused[0] = focusInside(holder);
                    holder.getChildren().clear();
                }
            }
        });
    }

    /** Gives the keyboard to the shown view, unless it already has it (or there is nothing to give it to). */
    private static void focusIn(Node holder, Runnable focus) {
        if (focus != null && holder.getScene() != null && focusInside(holder) == null) {
            focus.run();
        }
    }

    private static Node focusInside(Node holder) {
        Node owner = holder.getScene() == null ? null : holder.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == holder) {
                return owner;
            }
        }
        return null;
    }

    /**
     * Runs {@code work} with the view of {@code tab} in the scene, styled and laid out at the tab's size even
     * when the tab is hidden (for a picture of it); a hidden tab's view leaves the scene again afterwards.
     */
    <T> T withAttached(Tab tab, Supplier<T> work) {
        boolean added = attach(tab);
        if (added && !tab.isSelected()) {
            tabs.layout();
        }
        try {
            return work.get();
        } finally {
            if (!tab.isSelected() && tab.getContent() instanceof StackPane holder) {
                holder.getChildren().clear();
            }
        }
    }

    /** Puts the view of {@code tab} into the scene, styled at once; whether it was out. */
    private static boolean attach(Tab tab) {
        if (tab.getContent() instanceof StackPane holder && holder.getUserData() instanceof Node view
                && holder.getChildren().isEmpty()) {
            holder.getChildren().setAll(view);
            holder.applyCss(); // callers may read its looks right away
            return true;
        }
        return false;
    }
}
