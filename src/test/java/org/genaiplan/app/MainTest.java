package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void noArgumentOrOneFileGoesStraightToTheWindow() {
        assertThat(Main.opensTheWindowOnly()).isTrue();
        assertThat(Main.opensTheWindowOnly("plan.genaiplan")).isTrue();
        assertThat(Main.opensTheWindowOnly("/tmp/some folder/plan.genaiplan")).isTrue();
    }

    @Test
    void optionsSubcommandsArgumentFilesAndSeveralArgumentsGoThroughTheCommandLine() {
        assertThat(Main.opensTheWindowOnly("--help")).isFalse();
        assertThat(Main.opensTheWindowOnly("-V")).isFalse();
        assertThat(Main.opensTheWindowOnly("@args.txt")).isFalse();
        assertThat(Main.opensTheWindowOnly("info")).isFalse();
        assertThat(Main.opensTheWindowOnly("")).isFalse();
        assertThat(Main.opensTheWindowOnly("a.genaiplan", "b.genaiplan")).isFalse();
        assertThat(Main.opensTheWindowOnly("bad\0name")).isFalse();
    }

    @Test
    void theShortcutKnowsEverySubcommand() {
        assertThat(Main.SUBCOMMANDS)
                .containsExactlyInAnyOrderElementsOf(new CommandLine(new GenaiPlanCommand()).getSubcommands().keySet());
    }
}
