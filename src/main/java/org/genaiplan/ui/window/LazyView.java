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
    private T view;

    LazyView(Supplier<? extends T> factory, Consumer<? super T> install) {
        this.factory = factory;
        this.install = install;
    }

    /** The view, built and installed now if it was not yet. */
    T get() {
        if (view == null) {
            view = factory.get();
            install.accept(view);
        }
        return view;
    }
}
