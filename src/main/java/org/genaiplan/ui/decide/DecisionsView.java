package org.genaiplan.ui.decide;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.genaiplan.ui.PlanEditor;

/**
 * The Decisions tab: two sub-tabs, the model selection matrix and the business case. The business case works
 * its figures out only while it is on screen ({@link #shownProperty}, bound to the Decisions tab being selected).
 */
public final class DecisionsView extends BorderPane {
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final TabPane tabs = new TabPane();

    public DecisionsView(PlanEditor editor, javafx.beans.property.StringProperty message) {
        setId("decisionsView");
        Tab selection = new Tab("Model selection", new SelectionView(new SelectionViewModel(editor, message)));
        selection.setId("modelSelectionTab");
        BusinessCaseViewModel businessModel = new BusinessCaseViewModel(editor, message);
        Tab business = new Tab("Business case", new BusinessCaseView(businessModel));
        business.setId("businessCaseTab");
        for (Tab t : new Tab[] {selection, business}) {
            t.setClosable(false);
            tabs.getTabs().add(t);
        }
        tabs.setId("decisionsTabs");
        businessModel.shownProperty().bind(shown.and(business.selectedProperty()));
        setCenter(tabs);
    }

    /** Whether the Decisions tab is the one shown. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public TabPane tabs() {
        return tabs;
    }
}
