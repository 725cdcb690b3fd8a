package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code genaiplan [FILE]}: opens the window; the subcommands work without one. */
@Command(name = "genaiplan", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "GenAI Planner: plan Generative-AI and LLM projects.",
        subcommands = {NewCommand.class, InfoCommand.class, TemplatesCommand.class, GenerateCommand.class,
                ExportCommand.class, ImportCommand.class, BenchCommand.class})
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

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GenaiPlanCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            commandLine.getErr().println("genaiplan: " + message);
            return 1;
        });
        return cli.execute(args);
    }
}
