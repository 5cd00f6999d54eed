package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.relationstimeline.config.BaseUrl;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.pipeline.BuildReport;
import org.relationstimeline.pipeline.SiteBuild;
import org.relationstimeline.problems.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: the whole site, or nothing when the content has errors. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Build the site from the content folder into the output folder.",
            "All content problems are reported at once as path:line:column: error: message.",
            "If there is any error, the existing output folder is left untouched; otherwise",
            "it is replaced whole (pages of deleted entries disappear). Unchanged pages keep",
            "their files, so rebuilding is fast. Warnings (a date in the future, a link",
            "to a path of the site) are printed and do not stop the build.",
            "The theme is the default one inside the generator; each file in templates/",
            "(or --templates DIR) replaces the default file of the same path, so changing",
            "one partial means copying one file. The build names the files that do."
        },
        footer = {
            "",
            "Examples:",
            "  build",
            "  build --base-url https://user.github.io/repo/ --out public",
            "",
            "Exit codes: 0 built, 1 content errors (nothing written), 2 usage errors."
        })
final class BuildCommand implements Callable<Integer> {
    private static final Set<String> USAGE_PROBLEMS = Set.of("no-templates", "unsafe-output");

    @Mixin
    ProjectOptions project;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "output folder, replaced on success (default: ${DEFAULT-VALUE})",
            defaultValue = "site")
    Path out;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "absolute URL the site is served from, e.g. https://user.github.io/repo/ (default: base_url in site.yaml)")
    String baseUrl;

    @Option(names = "--quiet", description = "print only problems")
    boolean quiet;

    @Option(names = "--timings", description = "print the time spent in each phase of the build")
    boolean timings;

    @Option(
            names = "--verify-output",
            description = "hash the output folder's files against its manifest before reusing any,"
                    + " and list every file's hash for the next build to verify"
                    + " (for an output folder kept in a CI cache)")
    boolean verifyOutput;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        BuildOptions options = project.toBuildOptions(out);
        if (baseUrl != null) {
            Optional<String> bad = BaseUrl.problem(baseUrl);
            if (bad.isPresent())
                throw new CommandLine.ParameterException(spec.commandLine(), "--base-url: " + bad.get());
            options = options.withBaseUrl(baseUrl);
        }
        if (verifyOutput) options = options.withVerifiedOutput();
        ProgressCounter counter = new ProgressCounter(err, quiet);
        SiteBuild build = new SiteBuild(options, counter);
        BuildReport report = build.run();
        counter.finish();
        if (timings) build.timings().forEach(err::println);
        ProblemPrinter.print(report.problems(), err);
        if (report.committed()) {
            if (!quiet) {
                outWriter.println(report.summary() + " -> " + BuildOptions.display(out));
                overridesLine(build.themeOverrides()).ifPresent(outWriter::println);
            }
        } else {
            err.println(report.summary());
        }
        outWriter.flush();
        err.flush();
        if (report.committed()) return 0;
        // A missing --templates folder or a refused --out is a mistake in the command, not in the content.
        boolean usage =
                report.problems().stream().filter(Problem::isError).allMatch(p -> USAGE_PROBLEMS.contains(p.code()));
        return usage ? 2 : 1;
    }

    /** Which theme files the project replaces, so an editor sees what a new default theme would not change. */
    private static Optional<String> overridesLine(List<String> overrides) {
        if (overrides.isEmpty()) return Optional.empty();
        String files = overrides.size() == 1 ? "1 file overrides" : overrides.size() + " files override";
        return Optional.of("theme: " + files + " the default theme: " + String.join(", ", overrides));
    }
}
