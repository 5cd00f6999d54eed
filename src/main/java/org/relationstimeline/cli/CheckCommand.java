package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.relationstimeline.build.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: validates content and reports every problem, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check every entry and the site config without building.",
            "Prints each problem as path:line:column: error|warning: message (how to fix).",
            "With GITHUB_ACTIONS=true, problems are also printed as workflow annotations."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage errors."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = Workspace.load(project.toBuildOptions(java.nio.file.Path.of("site")));
        ProblemPrinter.print(ws.problems(), err);
        long errors = ws.problems().stream().filter(p -> p.isError()).count();
        long warnings = ws.problems().size() - errors;
        String summary = String.format("checked %d file(s): %d error(s), %d warning(s)", ws.content().filesRead(), errors, warnings);
        (errors > 0 ? err : spec.commandLine().getOut()).println(summary);
        err.flush();
        spec.commandLine().getOut().flush();
        return errors > 0 ? 1 : 0;
    }
}
