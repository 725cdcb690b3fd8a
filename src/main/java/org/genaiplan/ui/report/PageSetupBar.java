package org.genaiplan.ui.report;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.genaiplan.ui.ReportSetup;

/** The preview's page-setup choices: paper, orientation, pages wide, zoom, dates and sections. */
final class PageSetupBar extends FlowPane {
    private final PrintPreviewViewModel model;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    PageSetupBar(PrintPreviewViewModel model) {
        this.model = model;
        ReportSetup setup = model.setup();
        getStyleClass().add("page-setup");

        ComboBox<ReportSetup.Paper> paper = new ComboBox<>();
        paper.getItems().setAll(ReportSetup.Paper.values());
        paper.setValue(setup.paper());
        paper.setId("previewPaper");
        paper.valueProperty().addListener((o, was, now) -> model.choosePaper(now));

        ToggleButton landscape = new ToggleButton("Landscape");
        ToggleButton portrait = new ToggleButton("Portrait");
        landscape.setId("previewLandscape");
        portrait.setId("previewPortrait");
        SegmentedButton orientation = new SegmentedButton(landscape, portrait);
        (setup.landscape() ? landscape : portrait).setSelected(true);
        orientation.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two stays chosen
            } else {
                model.chooseLandscape(now == landscape);
            }
        });

        Spinner<Integer> wide = new Spinner<>(0, ReportSetup.MAX_PAGES_WIDE, setup.pagesWide());
        wide.setId("previewPagesWide");
        wide.setEditable(true);
        wide.setPrefWidth(80);
        wide.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == 0 ? "Auto" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty() || t.equalsIgnoreCase("auto")) {
                    return 0;
                }
                try {
                    return Math.max(0, Math.min(ReportSetup.MAX_PAGES_WIDE, Integer.parseInt(t)));
                } catch (NumberFormatException e) {
                    return wide.getValue();
                }
            }
        });
        wide.setTooltip(new Tooltip("How many pages wide the Gantt chart is spread (Auto: as its zoom needs)"));
        wide.valueProperty().addListener((o, was, now) -> model.choosePagesWide(now == null ? 0 : now));

        ComboBox<ReportSetup.Zoom> zoom = new ComboBox<>();
        zoom.getItems().setAll(ReportSetup.Zoom.values());
        zoom.setValue(setup.zoom());
        zoom.setId("previewZoom");
        zoom.valueProperty().addListener((o, was, now) -> model.chooseZoom(now));

        for (DatePicker picker : new DatePicker[] {from, to}) {
            org.genaiplan.ui.input.DatePickers.iso(picker);
            picker.setPrefWidth(130);
            picker.setPromptText(picker == from ? "plan start" : "plan finish");
            picker.valueProperty().addListener((o, was, now) -> dates(picker, was));
        }
        from.setId("previewFrom");
        to.setId("previewTo");
        from.setValue(setup.from());
        to.setValue(setup.to());

        HBox sections = new HBox(8);
        sections.setAlignment(Pos.CENTER_LEFT);
        for (ReportSetup.Section section : ReportSetup.Section.values()) {
            CheckBox box = new CheckBox(section.toString());
            box.setId("previewSection" + section);
            box.setSelected(setup.has(section));
            box.selectedProperty().addListener((o, was, now) -> {
                if (!model.chooseSection(section, now)) {
                    box.setSelected(was);
                }
            });
            sections.getChildren().add(box);
        }

        getChildren().addAll(group("Paper", paper), orientation, group("Pages wide", wide), group("Zoom", zoom),
                group("From", from), group("To", to), group("Sections", sections));
    }

    /** New dates go to the report; dates that cross are refused and the picker goes back. */
    private void dates(DatePicker changed, LocalDate was) {
        if (!model.chooseDates(from.getValue(), to.getValue())) {
            changed.setValue(was);
        }
    }

    private static HBox group(String label, javafx.scene.Node control) {
        Label text = new Label(label);
        text.setLabelFor(control);
        HBox box = new HBox(6, text, control);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("setup-group");
        return box;
    }
}
