package org.relationstimeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relationstimeline.content.EntryCache;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.StatStamp;
import org.relationstimeline.lint.EntryLinter;
import org.relationstimeline.lint.ProblemJson;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.pipeline.LastBuild;
import org.relationstimeline.pipeline.LastCheck;
import org.relationstimeline.pipeline.Workspace;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.site.Redirects;
import org.relationstimeline.site.SitePlanner;
import org.relationstimeline.site.StateFiles;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.timeline.Timeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: validates content and lints it, reporting every problem and writing nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check every entry and the site config without building.",
            "Prints each problem as path:line:column: error|warning: message (how to fix).",
            "Errors stop a build. Warnings do not; they point at what readers would",
            "notice: an entry with no sources (an error when site.yaml sets",
            "require_sources: true), a source without a URL or a date, a summary over",
            EntryLinter.MAX_SUMMARY + " characters, a date in the future, a link to a path of the site",
            "(write entry:SLUG, pair:DZ-RU or country:DZ instead), or an entry that",
            "repeats another (same date, same parties, near-identical title). Unknown",
            "countries and topics, and links that name no page, are errors.",
            "Profiles (content/relations/, content/countries/) and general pages",
            "(content/pages/) are checked too: an unknown pair or party, overlapping eras",
            "and a fact without a source are errors.",
            "Local pictures (![alt](photo.jpg \"credit\"), /images/x.png) are checked as the",
            "build reads them: a missing file, no alt text, a path outside content/, a link,",
            "a format other than JPEG, PNG, GIF or WebP, or a file over limits.max_image_bytes",
            "or limits.max_image_pixels (from its header) is an error; no credit line warns.",
            "With GITHUB_ACTIONS=true, problems are also printed as workflow annotations,",
            "which GitHub shows on the lines of a pull request. --format github prints",
            "them on standard output for a workflow step (.github/workflows/check.yml)."
        },
        footer = {
            "",
            "Examples:",
            "  check",
            "  check --drafts                 lint drafts too",
            "  check --format json > findings.json",
            "  check --format github          in a GitHub Actions step",
            "",
            "JSON: an array of {file, line, column, severity, code, message, hint};",
            "line and column are 0 when unknown. The summary goes to standard error.",
            "GitHub: one ::error or ::warning file=...,line=...,col=...::message line per",
            "problem on standard output; the usual lines and the summary on standard error.",
            "",
            "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage errors."
        })
final class CheckCommand implements Callable<Integer> {
    /** How findings are printed. */
    enum Format {
        text,
        json,
        github
    }

    /** GitHub draws at most this many error and this many warning annotations per step, dropping the rest silently. */
    static final int GITHUB_ANNOTATIONS_PER_KIND = 10;

    @Mixin
    ProjectOptions project;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (people, standard error), json (tools, standard output) or github "
                    + "(workflow annotations, standard output)")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** "Today" for the future-date lint; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    /** Whether to add GitHub workflow annotations; tests set it. */
    boolean githubActions = ProblemPrinter.inGitHubActions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        BuildOptions options = project.toBuildOptions(Path.of("site"));
        Optional<Path> cache = cacheFolder(options.project(), options.content(), err);
        // Taken before anything is read, so that an edit made while this check runs is seen by the next one.
        Optional<StatStamp> inputs =
                cache.flatMap(c -> LastBuild.inputsOf(options, LocalDate.now(clock), clock.getZone()));
        LastCheck found = inputs.flatMap(i -> LastCheck.read(cache.get(), i)).orElseGet(() -> {
            LastCheck fresh = checkFiles(options, cache, inputs);
            cache.ifPresent(fresh::writeIn);
            return fresh;
        });
        List<Problem> problems = found.problems();
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        String summary =
                String.format("checked %d file(s): %d error(s), %d warning(s)", found.files(), errors, warnings);
        if (format == Format.json) {
            out.println(ProblemJson.write(problems));
            if (githubActions) problems.forEach(p -> err.println(ProblemPrinter.annotation(p)));
            err.println(summary);
        } else if (format == Format.github) {
            // Asked for explicitly, so the environment's flag would only print them twice.
            problems.forEach(p -> out.println(ProblemPrinter.annotation(p)));
            if (errors > GITHUB_ANNOTATIONS_PER_KIND || warnings > GITHUB_ANNOTATIONS_PER_KIND) {
                out.println("::notice::check found " + errors + " error(s) and " + warnings
                        + " warning(s); GitHub shows " + GITHUB_ANNOTATIONS_PER_KIND
                        + " of each kind on the lines, and this step's log lists them all");
            }
            ProblemPrinter.print(problems, err, false);
            err.println(summary);
        } else {
            ProblemPrinter.print(problems, err, githubActions);
            (errors > 0 ? err : out).println(summary);
        }
        err.flush();
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    /** Loads and lints every file (with check's entry cache, where there is one). */
    private LastCheck checkFiles(BuildOptions options, Optional<Path> cache, Optional<StatStamp> inputs) {
        Workspace ws = cache.map(c -> Workspace.loadToCheck(options, c)).orElseGet(() -> Workspace.load(options));
        List<Problem> problems = new ArrayList<>(ws.problems());
        String display = BuildOptions.display(project.content);
        problems.addAll(new EntryLinter(clock).lint(ws.content().entries(), project.content, display));
        if (!ws.hasErrors()) problems.addAll(aliasCollisions(ws, display));
        problems.sort(Problem.ORDER);
        return new LastCheck(inputs, List.copyOf(problems), ws.filesRead());
    }

    /**
     * The folder of check's own entry cache, {@code .rt-cache/check/} in the project (the folder
     * check runs in), made without following a link on the way (a pull request can commit one
     * there). None when the content is not inside the project (check writes nothing elsewhere) or
     * the folder cannot be made: check then reads every file. The cache's files are sealed with this
     * machine's key, so a committed one is never believed.
     */
    static Optional<Path> cacheFolder(Path project, Path content, PrintWriter notes) {
        if (!content.toAbsolutePath()
                .normalize()
                .startsWith(project.toAbsolutePath().normalize())) return Optional.empty();
        Path folder = project.resolve(StateFiles.FOLDER).resolve("check");
        try {
            NoFollow.createFolders(project, folder);
            EntryCache.refuseLinks(folder, "check's cache");
            NoFollow.refuseLink(LastCheck.fileIn(folder), "check's cache");
            return Optional.of(folder);
        } catch (NoFollow.LinkFoundException e) {
            notes.println("note: " + e.getMessage() + "; check ran without its cache");
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Old addresses are checked against the pages the build would make, so the site is planned. */
    private static List<Problem> aliasCollisions(Workspace ws, String display) {
        // Planning is half of what check costs; without old addresses there is nothing to check it against.
        if (ws.content().entries().stream().allMatch(e -> e.aliases().isEmpty())) return List.of();
        UrlScheme urls = new UrlScheme(ws.config().baseUrl());
        Timeline timeline = Timeline.of(ws.content().entries());
        return Redirects.collisions(
                new SitePlanner(ws.config(), urls).plan(timeline), timeline.entries(), urls, display);
    }
}
