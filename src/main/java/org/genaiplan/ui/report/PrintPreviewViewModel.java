package org.genaiplan.ui.report;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.StringBinding;
import org.genaiplan.ui.BackgroundTask;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.TaskExecutor;

/**
 * The print preview without a window: the page-setup choices, the report's pages laid out from them in the
 * background, the page on screen and its picture. A new choice lays the report out again and keeps the page on
 * screen when the new layout still has it (else the last page). Results of a layout or picture overtaken by a
 * newer one are dropped.
 */
public final class PrintPreviewViewModel {
    /** Dots per inch of the page pictures when the view has not said how large it shows them. */
    public static final double SCREEN_DPI = 96;

    private final PlanExchange.Preview preview;
    private final TaskExecutor executor;
    private final Function<Throwable, String> describe;
    private final ReadOnlyObjectWrapper<ReportSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>(this, "pageImage");
    private final StringBinding pageText;
    private final AtomicInteger layouts = new AtomicInteger();
    private final AtomicInteger pictures = new AtomicInteger();
    private PlanExchange.ReportPages pages;
    private double dpi = SCREEN_DPI;

    /**
     * @param describe one sentence for the user about a failure
     */
    public PrintPreviewViewModel(PlanExchange.Preview preview, ReportSetup initial, TaskExecutor executor,
                                 Function<Throwable, String> describe) {
        this.preview = Objects.requireNonNull(preview);
        this.executor = Objects.requireNonNull(executor);
        this.describe = Objects.requireNonNull(describe);
        setup.set(Objects.requireNonNull(initial));
        pageText = Bindings.createStringBinding(() -> pageCount.get() == 0 ? "No pages"
                : "Page " + (page.get() + 1) + " of " + pageCount.get(), page, pageCount);
    }

    /** Lays out the first pages. */
    public void start() {
        layOut();
    }

    // ---- pages ----

    public void first() {
        show(0);
    }

    public void previous() {
        show(page.get() - 1);
    }

    public void next() {
        show(page.get() + 1);
    }

    public void last() {
        show(pageCount.get() - 1);
    }

    /** Shows page {@code index} (0-based) when the report has it; otherwise nothing changes. */
    public void show(int index) {
        if (index < 0 || index >= pageCount.get() || index == page.get()) {
            return;
        }
        page.set(index);
        draw();
    }

    /** How sharp the page picture is drawn (the view says so when its size changes). */
    public void setDpi(double dotsPerInch) {
        double d = Math.max(36, Math.min(300, dotsPerInch));
        if (Math.abs(d - dpi) >= 4) {
            dpi = d;
            draw();
        }
    }

    public double dpi() {
        return dpi;
    }

    // ---- choices ----

    public void choosePaper(ReportSetup.Paper paper) {
        apply(setup.get().withPaper(paper));
    }

    public void chooseLandscape(boolean landscape) {
        apply(setup.get().withLandscape(landscape));
    }

    public void choosePagesWide(int n) {
        if (n < 0 || n > ReportSetup.MAX_PAGES_WIDE) {
            message.set("The chart can be from 1 to " + ReportSetup.MAX_PAGES_WIDE + " pages wide (0 or Auto:"
                    + " as wide as its zoom needs).");
            return;
        }
        apply(setup.get().withPagesWide(n));
    }

    public void chooseZoom(ReportSetup.Zoom zoom) {
        apply(setup.get().withZoom(zoom));
    }

    /** The dates the chart shows; null for either end: the plan's own. Refused, in a sentence, when they cross. */
    public boolean chooseDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            message.set("The report's dates end (" + to + ") before they start (" + from + ").");
            return false;
        }
        apply(setup.get().withDates(from, to));
        return true;
    }

    /** Puts a section in the report or leaves it out; the last section cannot be left out. */
    public boolean chooseSection(ReportSetup.Section section, boolean shown) {
        ReportSetup next = setup.get().withSection(section, shown);
        if (next.sections().isEmpty()) {
            message.set("A report needs at least one section.");
            return false;
        }
        apply(next);
        return true;
    }

    private void apply(ReportSetup next) {
        if (next.equals(setup.get())) {
            return;
        }
        setup.set(next);
        layOut();
    }

    // ---- background work ----

    private void layOut() {
        int run = layouts.incrementAndGet();
        ReportSetup chosen = setup.get();
        busy.set(true);
        message.set("Laying out the pages\u2026");
        executor.execute(new BackgroundTask<>("Laying out the report\u2026", false, false,
                progress -> run == layouts.get() ? preview.layout(chosen) : null, laidOut -> {
                    if (run != layouts.get() || laidOut == null) {
                        return;
                    }
                    pages = laidOut;
                    busy.set(false);
                    message.set("");
                    int count = laidOut.count();
                    page.set(Math.max(0, Math.min(page.get(), count - 1)));
                    pageCount.set(count);
                    draw();
                }, error -> {
                    if (run == layouts.get()) {
                        busy.set(false);
                        message.set(describe.apply(error));
                    }
                }), fraction -> { }, () -> false);
    }

    private void draw() {
        PlanExchange.ReportPages shown = pages;
        int run = pictures.incrementAndGet();
        if (shown == null || shown.count() == 0) {
            pageImage.set(null);
            return;
        }
        int index = page.get();
        double d = dpi;
        executor.execute(new BackgroundTask<>("Drawing the page\u2026", false, false,
                progress -> run == pictures.get() ? shown.image(index, d) : null, picture -> {
                    if (run == pictures.get() && picture != null) {
                        pageImage.set(picture);
                    }
                }, error -> {
                    if (run == pictures.get()) {
                        message.set(describe.apply(error));
                    }
                }), fraction -> { }, () -> false);
    }

    // ---- properties ----

    public PlanExchange.Preview preview() {
        return preview;
    }

    /** The pages laid out last (null before the first layout); printing draws from them. */
    public PlanExchange.ReportPages pages() {
        return pages;
    }

    public ReadOnlyObjectProperty<ReportSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public ReportSetup setup() {
        return setup.get();
    }

    /** The page on screen, 0-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** "Page n of m". */
    public StringBinding pageTextProperty() {
        return pageText;
    }

    public BooleanBinding atFirstProperty() {
        return page.lessThanOrEqualTo(0);
    }

    public BooleanBinding atLastProperty() {
        return page.greaterThanOrEqualTo(pageCount.subtract(1));
    }

    /** True while the pages are laid out again. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is under way, or the last refusal or failure, in one sentence; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void say(String sentence) {
        message.set(sentence == null ? "" : sentence);
    }

    /** The picture of the page on screen, or null while there is none. */
    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }
}
