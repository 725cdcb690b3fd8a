package org.genaiplan.ui.window;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs the last piece of work handed to it once the user has paused for a moment; each new one restarts the wait. */
final class WhenIdle implements Consumer<Runnable> {
    private final PauseTransition pause;
    private Runnable work = () -> { };

    WhenIdle(Duration wait) {
        pause = new PauseTransition(wait);
        pause.setOnFinished(e -> work.run());
    }

    @Override
    public void accept(Runnable next) {
        work = next;
        pause.playFromStart();
    }
}
