package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.bench.BenchCommand;
import org.genaiplan.export.ImportException;
import org.genaiplan.model.ValidationException;
import org.genaiplan.store.PlanFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code genaiplan [FILE]}: opens the window; the subcommands work without one. */
@Command(name = "genaiplan", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "GenAI Planner: plan Generative-AI and LLM projects.",
        subcommands = {NewCommand.class, InfoCommand.class, TemplatesCommand.class, GenerateCommand.class,
                ExportCommand.class, ImportCommand.class, BenchCommand.class, SimulateCommand.class,
                BaselineCommand.class, ActualsCommand.class, LevelCommand.class, QualityCommand.class})
public final class GenaiPlanCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A .genaiplan file to open in the window.")
    Path file;

    @Override
    public Integer call() {
        DesktopLauncher.launch(file);
        return 0;
    }

    /** Runs the command line and returns the exit code; errors are one line on standard error. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Everything printed passes {@link TerminalText}, so text from a file cannot control the terminal. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GenaiPlanCommand());
        cli.setOut(new PrintWriter(new TerminalText(out), true));
        cli.setErr(new PrintWriter(new TerminalText(err), true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("genaiplan: " + withDetails(ex, commandLine));
            return 1;
        });
        return cli.execute(args);
    }

    /** The failure's sentence; an internal error is recorded whole in the app's log, whose path the line then gives. */
    private static String withDetails(Exception ex, CommandLine commandLine) {
        String line = sentence(ex, commandLine);
        if (!isOurs(ex)) {
            AppLog log = AppLog.install(org.genaiplan.store.StoreHome.fromSystemProperties().root().resolve("logs"));
            log.record("genaiplan " + commandLine.getCommandName(), ex);
            if (log.file() != null) {
                line += " The details are in " + log.file() + ".";
            }
        }
        return line;
    }

    private static boolean isOurs(Exception ex) {
        return (ex instanceof PlanFileException || ex instanceof ImportException || ex instanceof ValidationException)
                && ex.getMessage() != null && !ex.getMessage().isBlank();
    }

    /**
     * The one line a failure prints: our own exceptions carry a sentence for the user; anything else (a bug, a
     * library's message) is not shown as it is, but named by the command that failed.
     */
    static String sentence(Exception ex, CommandLine commandLine) {
        if (isOurs(ex)) {
            return ex.getMessage().replace('\n', ' ').replace('\r', ' ');
        }
        return "the command \"" + commandLine.getCommandName() + "\" could not finish because of an internal error.";
    }
}
