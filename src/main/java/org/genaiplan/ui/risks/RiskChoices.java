package org.genaiplan.ui.risks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;

/**
 * The values the register offers in its pick lists and filters: the categories (the library's defaults,
 * then any other a risk uses) and the owners (the plan's roles and any other name a risk gives). The lists
 * change only when their contents do, so the filters and open pick lists are left alone otherwise.
 */
final class RiskChoices {
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();

    void sync(Plan plan, List<String> defaultCategories) {
        if (plan == null) {
            categories.clear();
            owners.clear();
            return;
        }
        List<String> cats = new ArrayList<>(defaultCategories);
        TreeSet<String> extra = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        for (Role role : plan.roles()) {
            people.add(role.name());
        }
        plan.resources().people().forEach(p -> people.add(p.name()));
        for (Risk r : plan.risks()) {
            if (r.category() != null && !cats.contains(r.category())) {
                extra.add(r.category());
            }
            if (r.owner() != null) {
                people.add(r.owner());
            }
        }
        cats.addAll(extra);
        if (!cats.equals(categories)) {
            categories.setAll(cats);
        }
        if (!new ArrayList<>(people).equals(owners)) {
            owners.setAll(people);
        }
    }

    ObservableList<String> categories() {
        return categories;
    }

    ObservableList<String> owners() {
        return owners;
    }
}
