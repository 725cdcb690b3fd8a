package org.genaiplan.ui.testing;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@link ApplicationExtension} (a fresh {@code @Start} stage per test), with a robot that waits for the UI
 * once per key stroke instead of after every key-down and key-up plus fixed pauses.
 *
 * <p>TestFX's own keyboard robot waits for the UI thread ({@link WaitForAsyncUtils#waitForFxEvents()}, five round
 * trips with 10 ms pauses) after each key goes down and again when it comes up, sleeps 25 ms after each key typed
 * and after each character written. The robot tests spent most of their time in those pauses. Here a chord
 * (press then release) or a typed key sends its key events, then waits once, as long as TestFX waits; a character
 * of text written waits one round trip, and the text as a whole the full wait. The events go through the same
 * glass robot on the UI thread in the order they are sent, so each handler runs before the next key arrives, and
 * the wait after the last key lets whatever they left for later run and the window lay itself out. Mouse moves
 * and clicks are TestFX's own.
 */
public class RobotExtension extends ApplicationExtension {
    /** Holds keys down without waiting: the release, key or click that follows waits for all of it. */
    @Override
    public FxRobot press(KeyCode... keys) {
        robotContext().getKeyboardRobot().pressNoWait(keys);
        return this;
    }

    @Override
    public FxRobot release(KeyCode... keys) {
        robotContext().getKeyboardRobot().releaseNoWait(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @Override
    public FxRobot type(KeyCode... keys) {
        for (KeyCode key : keys) {
            robotContext().getKeyboardRobot().pressNoWait(key);
            robotContext().getKeyboardRobot().releaseNoWait(key);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return this;
    }

    @Override
    public FxRobot type(KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            type(key);
        }
        return this;
    }

    @Override
    public FxRobot write(char character) {
        return write(String.valueOf(character));
    }

    @Override
    public FxRobot write(String text) {
        Scene scene = typingWindow().getScene();
        for (char c : text.toCharArray()) {
            KeyCode code = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            robotContext().getBaseRobot().typeKeyboard(scene, code, String.valueOf(c));
            WaitForAsyncUtils.waitForFxEvents(1);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @Override
    public FxRobot write(String text, int sleepMillis) {
        return write(text);
    }

    /** The window that gets typed text, as TestFX's write robot picks it: the focused one, else its target. */
    private Window typingWindow() {
        Window window = robotContext().getWindowFinder().window(Window::isFocused);
        if (window == null) {
            window = robotContext().getWindowFinder().targetWindow();
        }
        if (window == null) {
            window = robotContext().getWindowFinder().window(0);
        }
        return window;
    }
}
