package org.genaiplan.bench;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The next frame of a window as the toolkit makes it, through JavaFX's public calls only: it asks for a pulse
 * and waits in a nested event loop until the scene's pulse has run its CSS pass (over what changed), its layout
 * pass and the listeners after layout (where the Gantt chart draws). The wait for the pulse's turn and the
 * pulse's hand-over to the renderer are no work of the app's, so they are counted apart ({@link #waited}) and
 * the measurements leave them out. (Not {@code root.applyCss()} and {@code layout()}: applyCss forces CSS over every
 * node below it, which no frame does.)
 */
final class NextFrame {
    private static long waited;

    private NextFrame() {
    }

    /** Nanoseconds spent so far waiting for pulses to begin, on the measurements' clock. */
    static long waited() {
        return waited;
    }

    /** Call on the FX thread, from an event handler or a runLater task (not from inside a pulse). */
    static void await(Scene scene) {
        Object loop = new Object();
        long asked = WindowBench.now();
        boolean[] begun = {false};
        boolean[] done = {false};
        Runnable before = () -> {
            if (!begun[0]) {
                begun[0] = true;
                waited += WindowBench.now() - asked;
            }
        };
        long[] laidOut = {0};
        Runnable after = () -> {
            if (begun[0] && !done[0]) {
                done[0] = true;
                laidOut[0] = WindowBench.now();
                Platform.exitNestedEventLoop(loop, null);
            }
        };
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
        try {
            Platform.requestNextPulse();
            Platform.enterNestedEventLoop(loop);
        } finally {
            scene.removePreLayoutPulseListener(before);
            scene.removePostLayoutPulseListener(after);
        }
        // the rest of the pulse waits for the renderer to finish the frame before (in the headless toolkit a
        // slow copy of every pixel that a window on a screen does not make) and hands this one over
        waited += WindowBench.now() - laidOut[0];
    }
}
