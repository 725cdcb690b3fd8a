package org.genaiplan.ui.report;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.SegmentedButton;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File > Print preview: the report's pages as pictures, the page-setup choices above them, page navigation and
 * the page fit below, and Print, Export PDF and Close. Page Up and Page Down turn the pages, Ctrl+Home and
 * Ctrl+End go to the first and last, Escape closes.
 */
public final class PrintPreviewWindow extends Stage {
    private static final double GAP = 24;

    private final PrintPreviewViewModel model;
    private final ImageView page = new ImageView();
    private final ScrollPane scroll = new ScrollPane();
    private final ToggleButton fitPage = new ToggleButton("Fit page");
    private final ToggleButton fitWidth = new ToggleButton("Fit width");

    /**
     * @param exportPdf writes the report with the choices given, asking where
     */
    public PrintPreviewWindow(Window owner, PrintPreviewViewModel model, TaskExecutor executor,
                              Consumer<ReportSetup> exportPdf) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Print preview");

        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.setId("previewPage");
        page.imageProperty().bind(Bindings.createObjectBinding(() -> model.pageImageProperty().get() == null ? null
                : ReportPrinter.toFx(model.pageImageProperty().get()), model.pageImageProperty()));
        StackPane sheet = new StackPane(page);
        sheet.getStyleClass().add("sheet");
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane desk = new StackPane(sheet);
        desk.getStyleClass().add("desk");
        scroll.setContent(desk);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setId("previewScroll");
        MaskerPane masker = new MaskerPane();
        masker.setText("Laying out the pages\u2026");
        masker.visibleProperty().bind(model.busyProperty().and(model.pageImageProperty().isNull()));
        StackPane middle = new StackPane(scroll, masker);

        SegmentedButton fit = new SegmentedButton(fitPage, fitWidth);
        fitPage.setId("previewFitPage");
        fitWidth.setId("previewFitWidth");
        fitPage.setSelected(true);
        fit.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                fit();
            }
        });
        scroll.viewportBoundsProperty().addListener((o, was, now) -> fit());
        model.pageImageProperty().addListener((o, was, now) -> fit());
        model.pageProperty().addListener((o, was, now) -> scroll.setVvalue(0)); // a new page starts at its top

        Label pageText = new Label();
        pageText.setId("previewPageText");
        pageText.textProperty().bind(model.pageTextProperty());
        pageText.getStyleClass().add("page-text");
        Button first = navButton("previewFirst", "mdi2p-page-first", "First page (Ctrl+Home)", model::first);
        Button previous = navButton("previewPrevious", "mdi2c-chevron-left", "Previous page (Page Up)", model::previous);
        Button next = navButton("previewNext", "mdi2c-chevron-right", "Next page (Page Down)", model::next);
        Button last = navButton("previewLast", "mdi2p-page-last", "Last page (Ctrl+End)", model::last);
        first.disableProperty().bind(model.atFirstProperty());
        previous.disableProperty().bind(model.atFirstProperty());
        next.disableProperty().bind(model.atLastProperty());
        last.disableProperty().bind(model.atLastProperty());

        Label message = new Label();
        message.setId("previewMessage");
        message.getStyleClass().add("preview-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Button print = new Button("Print\u2026", new FontIcon("mdi2p-printer"));
        print.setId("previewPrint");
        print.setOnAction(e -> ReportPrinter.print(this, model.pages(), model.setup(), executor, model::say));
        Button pdf = new Button("Export PDF\u2026", new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId("previewExportPdf");
        pdf.setOnAction(e -> exportPdf.accept(model.setup()));
        print.disableProperty().bind(model.busyProperty().or(model.pageCountProperty().isEqualTo(0)));
        pdf.disableProperty().bind(model.busyProperty());
        Button close = new Button("Close");
        close.setId("previewClose");
        close.setCancelButton(true);
        close.setOnAction(e -> close());

        HBox navigation = new HBox(6, first, previous, pageText, next, last, spacer(12), fit, spacer(12), message,
                print, pdf, close);
        navigation.setAlignment(Pos.CENTER_LEFT);
        for (var node : navigation.getChildren()) {
            if (node != message && node instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE); // a long message shortens, the buttons keep their words
            }
        }
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.messageProperty());
        message.setTooltip(whole);
        navigation.getStyleClass().add("preview-buttons");

        BorderPane root = new BorderPane(middle, new PageSetupBar(model), null, navigation, null);
        root.getStyleClass().add("print-preview");
        Scene scene = new Scene(root, size(owner == null ? 1100 : owner.getWidth(), 1100),
                size(owner == null ? 800 : owner.getHeight(), 800));
        scene.getStylesheets().add(PrintPreviewWindow.class.getResource("print-preview.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        setScene(scene);
        setOnShown(e -> model.start());
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            model.previous();
        } else if (e.getCode() == KeyCode.HOME && e.isShortcutDown()) {
            model.first();
        } else if (e.getCode() == KeyCode.END && e.isShortcutDown()) {
            model.last();
        } else {
            return;
        }
        e.consume();
    }

    /** Sizes the page to the view (whole page, or its width) and asks for a picture sharp at that size. */
    private void fit() {
        Bounds view = scroll.getViewportBounds();
        var pages = model.pages();
        if (view.getWidth() <= 0 || pages == null || pages.count() == 0) {
            return;
        }
        double width = Math.max(100, view.getWidth() - 2 * GAP);
        double height = Math.max(100, view.getHeight() - 2 * GAP);
        double ratio = pages.pageHeight() / pages.pageWidth();
        double shown = fitWidth.isSelected() ? width : Math.min(width, height / ratio);
        page.setFitWidth(shown);
        page.setFitHeight(shown * ratio);
        double scale = getOutputScaleX() > 0 ? getOutputScaleX() : 1;
        model.setDpi(shown * scale / (pages.pageWidth() / 72));
    }

    /** Most of the main window, but no smaller than {@code least}. */
    private static double size(double ownerSize, double least) {
        return Double.isNaN(ownerSize) || ownerSize <= 0 ? least : Math.max(least, ownerSize * 0.92);
    }

    private static Button navButton(String id, String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("nav-button");
        return b;
    }

    private static Region spacer(double width) {
        Region r = new Region();
        r.setMinWidth(width);
        return r;
    }

    public PrintPreviewViewModel viewModel() {
        return model;
    }
}
