package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, for the editor command tests. */
final class EditorCli {
    record Run(int exit, String out, String err) {}

    private EditorCli() {}

    static Run run(String... args) {
        return run(cl -> {}, args);
    }

    /** {@code setup} may reach into the subcommands first, e.g. to fix the clock of {@code new}. */
    static Run run(Consumer<CommandLine> setup, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl =
                Main.commandLine(args).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        setup.accept(cl);
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
