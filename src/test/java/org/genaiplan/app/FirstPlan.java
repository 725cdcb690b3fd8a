package org.genaiplan.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.genaiplan.ui.window.Workbench;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens its first plan in the background (see {@link GenaiPlanApp}); tests wait for it here. */
final class FirstPlan {
    private FirstPlan() {
    }

    /** Waits, off the FX thread, until a plan is open and nothing is being opened or created. */
    static void await(Workbench bench) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> bench.editor().session() != null && !bench.main().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits, off the FX thread, up to {@code seconds} until no document work is under way, then for FX events. */
    static void idle(Workbench bench, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !bench.main().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
