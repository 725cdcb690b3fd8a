package org.genaiplan.ui.window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A tab's view that is built once, when its tab is first shown or when it is first asked for, and then put into
 * the tab by {@code install}; start-up does not pay for the views the user has not opened.
 */
final class LazyView<T> {
    private final Supplier<? extends T> factory;
    private final Consumer<? super T> install;
    private volatile T view;

    LazyView(Supplier<? extends T> factory, Consumer<? super T> install) {
        this.factory = factory;
        this.install = install;
    }

    /**
     * The view, built and installed now if it was not yet; asked for from another thread (a test's), it is built
     * on the JavaFX thread while that thread waits.
     */
    T get() {
        if (view == null && !javafx.application.Platform.isFxApplicationThread()) {
            java.util.concurrent.FutureTask<T> onFxThread = new java.util.concurrent.FutureTask<>(this::get);
            javafx.application.Platform.runLater(onFxThread);
            try {
                return onFxThread.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the view was built", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("The view could not be built", e.getCause());
            }
        }
        if (view == null) {
            view = factory.get();
            install.accept(view);
        }
        return view;
    }

    /** The view if it has been built, else null. */
    T built() {
        return view;
    }

    /** Runs {@code action} on the view if it has been built. */
    void ifBuilt(Consumer<? super T> action) {
        if (view != null) {
            action.accept(view);
        }
    }
}
