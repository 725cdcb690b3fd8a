package org.genaiplan.ui.risks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * A filter of the register as a drop-down of check boxes (ControlsFX {@link CheckComboBox}): tick the values
 * to show; none ticked shows all. Kept in step both ways with the view-model's list of chosen values, and
 * with the values on offer as they change (a new category or owner appears at once).
 */
final class CheckFilter<T> extends CheckComboBox<T> {
    private final ObservableList<T> chosen;
    private final Function<T, String> label;
    private final String all;
    private final String plural;
    private final Tooltip tooltip = new Tooltip();
    private boolean syncing;

    /**
     * @param available the values on offer
     * @param chosen    the view-model's chosen values (empty means all)
     * @param all       the text when none is ticked ("All categories")
     * @param plural    the word after a count ("categories")
     */
    CheckFilter(String id, ObservableList<T> available, ObservableList<T> chosen, Function<T, String> label, String all,
                String plural) {
        this.chosen = chosen;
        this.label = label;
        this.all = all;
        this.plural = plural;
        setId(id);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        // Registered before the skin exists, so the title is right when the skin redraws the button.
        getCheckModel().getCheckedIndices().addListener((ListChangeListener<Integer>) c -> checksChanged());
        getItems().setAll(available);
        available.addListener((ListChangeListener<T>) c -> {
            syncing = true;
            try {
                getItems().setAll(available);
            } finally {
                syncing = false;
            }
            pullChosen();
        });
        chosen.addListener((ListChangeListener<T>) c -> pullChosen());
        setTooltip(tooltip);
        pullChosen();
    }

    /** Ticks exactly the chosen values that are on offer. */
    private void pullChosen() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            getCheckModel().clearChecks();
            for (T t : chosen) {
                if (getItems().contains(t)) {
                    getCheckModel().check(t);
                }
            }
        } finally {
            syncing = false;
        }
        updateTitle();
    }

    private void checksChanged() {
        updateTitle();
        if (syncing) {
            return;
        }
        List<T> ticked = new ArrayList<>();
        for (T t : getItems()) {
            if (getCheckModel().isChecked(t)) {
                ticked.add(t);
            }
        }
        syncing = true;
        try {
            chosen.setAll(ticked);
        } finally {
            syncing = false;
        }
    }

    private void updateTitle() {
        List<String> names = new ArrayList<>();
        for (T t : getItems()) {
            if (getCheckModel().isChecked(t)) {
                names.add(label.apply(t));
            }
        }
        setTitle(names.isEmpty() ? all : names.size() == 1 ? names.getFirst() : names.size() + " " + plural);
        tooltip.setText(names.isEmpty() ? all + " are shown; tick some to show only those."
                : "Showing only: " + String.join(", ", names));
    }
}
