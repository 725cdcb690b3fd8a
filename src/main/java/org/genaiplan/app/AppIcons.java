package org.genaiplan.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in the sizes a window manager or task bar picks from (drawn in icons/). */
public final class AppIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** One image per size, smallest first; for {@code stage.getIcons().addAll(AppIcons.windowIcons())}. */
    public static List<Image> windowIcons() {
        List<Image> icons = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            icons.add(new Image(resource(size).toExternalForm()));
        }
        return icons;
    }

    static URL resource(int size) {
        URL url = AppIcons.class.getResource("/org/genaiplan/icons/genaiplan-" + size + ".png");
        if (url == null) {
            throw new IllegalStateException("The " + size + " px application icon is missing from the build.");
        }
        return url;
    }
}
