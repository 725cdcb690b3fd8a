package org.genaiplan.ui.bench;

/** Starts {@link LookHarness} with JavaFX on the class path. */
public final class LookMain {
    private LookMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(LookHarness.class, args);
    }
}
