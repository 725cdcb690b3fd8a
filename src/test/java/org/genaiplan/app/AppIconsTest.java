package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(RobotExtension.class)
class AppIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new GenaiPlanApp().start(stage, new org.genaiplan.store.StoreHome(java.nio.file.Files.createTempDirectory("genaiplan-icons")),
                java.util.prefs.Preferences.userRoot().node("genaiplan-test/" + java.util.UUID.randomUUID()),
                org.genaiplan.ui.window.FxDialogs::new, null);
    }

    @Test
    void everyIconSizeLoadsAtItsSize() {
        List<Image> icons = AppIcons.windowIcons();

        assertThat(icons).hasSize(AppIcons.SIZES.length);
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertThat(icon.isError()).as("icon %d px", AppIcons.SIZES[i]).isFalse();
            assertThat(icon.getWidth()).isEqualTo(AppIcons.SIZES[i]);
            assertThat(icon.getHeight()).isEqualTo(AppIcons.SIZES[i]);
        }
    }

    @Test
    void theWindowCarriesTheAppIcon() {
        assertThat(stage.getIcons()).extracting(icon -> (int) icon.getWidth())
                .containsAll(java.util.Arrays.stream(AppIcons.SIZES).boxed().toList());
    }
}
