package org.genaiplan.ui.window;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;
import org.genaiplan.ui.tracking.TrackingDialogs;

/** The Project menu's tracking commands, added to the window's command table by {@link WindowActions}. */
final class TrackingActions {
    /** Their ids, in menu order. */
    static final List<String> IDS = List.of("menuSaveBaseline", "menuBaselines", "menuImportActuals",
            "menuUpdateToStatusDate", "menuRescheduleUnstarted", "menuEarnedValue");

    private TrackingActions() {
    }

    static List<AppAction> of(MainViewModel main, ObservableValue<Boolean> editable) {
        TrackingDialogs dialogs = new TrackingDialogs(main.editor(), text -> main.messageProperty().set(text));
        return List.of(
                action("menuSaveBaseline", "Save baseline\u2026", "mdi2f-flag-outline",
                        "Keep the plan's dates, work, costs and GPU-hours as a named baseline",
                        dialogs::saveBaseline, editable),
                action("menuBaselines", "Baselines\u2026", null,
                        "Choose the baseline to compare against; rename or delete baselines; the EAC method",
                        dialogs::manageBaselines, editable),
                action("menuImportActuals", "Import actuals\u2026", "mdi2f-file-import-outline",
                        "Add actual costs, GPU-hours, tokens and % complete from a CSV usage or billing export",
                        dialogs::importActuals, editable),
                action("menuUpdateToStatusDate", "Update plan to status date", null,
                        "Mark the work scheduled up to the status date as done", dialogs::updateToStatusDate,
                        editable),
                action("menuRescheduleUnstarted", "Reschedule unstarted work after status date", null,
                        "Tasks not started that should have started by the status date start the day after it",
                        dialogs::rescheduleUnstarted, editable),
                action("menuEarnedValue", "Earned value\u2026", "mdi2c-chart-line",
                        "PV, EV and AC curves, the earned-value figures and the monthly burn",
                        dialogs::showEarnedValue, editable));
    }

    private static AppAction action(String id, String text, String icon, String tip, Consumer<Window> run,
                                    ObservableValue<Boolean> enabled) {
        return new AppAction(id, text, icon, null, tip, () -> run.accept(focusedWindow()), enabled);
    }

    /** The window the command was chosen in: the focused one, else the first shown. */
    private static Window focusedWindow() {
        Window first = null;
        for (Window w : Window.getWindows()) {
            if (w.isFocused()) {
                return w;
            }
            first = first == null && w.isShowing() ? w : first;
        }
        return first;
    }
}
