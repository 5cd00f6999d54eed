package org.relationstimeline.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.relationstimeline.content.Problem;
import org.relationstimeline.render.MarkdownRenderer;
import org.relationstimeline.render.PageRenderer;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.OutputFolderGuard;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.PlannedPage;
import org.relationstimeline.site.SitePlanner;
import org.relationstimeline.site.SiteWriter;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Timeline;

/**
 * The pipeline: load and validate, group, plan, render, write. Nothing is written unless the
 * content is free of errors, and the new site replaces the old one whole.
 */
public final class SiteBuild {
    private final BuildOptions options;
    private final Progress progress;
    private final PhaseTimer timer = new PhaseTimer();

    /** Told how far rendering has gone; called from many threads. */
    @FunctionalInterface
    public interface Progress {
        void pages(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    public SiteBuild(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    public BuildReport run() {
        long start = System.nanoTime();
        Path out = options.out().toAbsolutePath().normalize();
        // Checked first: a refused output folder must not get even a cache file beside it.
        Optional<Problem> unsafeOutput = checkOutputFolder();
        Optional<Path> cache = unsafeOutput.isPresent() ? Optional.empty()
                : Optional.of(out.resolveSibling("." + out.getFileName() + ".cache").resolve("entries.bin"));
        Workspace ws = Workspace.load(options, cache);
        timer.lap("load");
        List<Problem> problems = new ArrayList<>(ws.problems());
        int files = ws.content().filesRead();
        int entries = ws.content().entries().size();
        if (ws.hasErrors()) return failed(problems, files, entries, start);
        if (!Files.isDirectory(options.templates())) {
            problems.add(Problem.error(BuildOptions.display(options.templates()), 0, 0, "no-templates",
                    "templates folder does not exist", "create it or give --templates DIR"));
            return failed(problems, files, entries, start);
        }
        if (unsafeOutput.isPresent()) {
            problems.add(unsafeOutput.get());
            return failed(problems, files, entries, start);
        }
        UrlScheme urls = new UrlScheme(ws.config().baseUrl());
        String theme = themeFingerprint(options.templates());
        String global = Hashes.of(theme + "|" + ws.config() + "|" + GeneratorVersion.fingerprint());
        String siteFingerprint = siteFingerprint(global, ws.content().entries());
        try (SiteWriter writer = SiteWriter.open(options.out())) {
            if (writer.upToDate(siteFingerprint)) {
                timer.lap("check");
                int count = writer.liveFileCount();
                return new BuildReport(List.copyOf(problems), files, entries, count, 0, count, 0, elapsed(start), true);
            }
            Timeline timeline = Timeline.of(ws.content().entries());
            List<PlannedPage> plan = new SitePlanner(ws.config(), urls).plan(timeline);
            timer.lap("plan");
            PageRenderer renderer = new PageRenderer(options.templates(), ws.config(), urls,
                    new MarkdownRenderer(ws.config().trustedHtml()));
            AtomicInteger done = new AtomicInteger();
            List<Problem> renderProblems = plan.parallelStream()
                    .map(page -> writePage(writer, renderer, page, global, done, plan.size()))
                    .filter(p -> p != null)
                    .distinct()
                    .toList();
            if (!renderProblems.isEmpty()) {
                problems.addAll(renderProblems);
                return failed(problems, files, entries, start);
            }
            timer.lap("render");
            copyAssets(writer, options.templates().resolve("assets"));
            writeExtras(writer, new SiteModel(ws.config(), urls, timeline, plan));
            timer.lap("extras");
            SiteWriter.Outcome outcome = writer.commit(siteFingerprint);
            timer.lap("commit");
            return new BuildReport(List.copyOf(problems), files, entries, plan.size(), outcome.written(),
                    outcome.unchanged(), outcome.removed(), elapsed(start), true);
        } catch (SiteWriter.BusyException e) {
            problems.add(Problem.error(BuildOptions.display(options.out()), 0, 0, "locked", e.getMessage(), ""));
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(BuildOptions.display(options.out()), 0, 0, "write-failed",
                    "could not write the site: " + e.getMessage(), "the previous site was left as it was"));
        }
        return failed(problems, files, entries, start);
    }

    private Optional<Problem> checkOutputFolder() {
        try {
            OutputFolderGuard.check(options.out(), List.of(options.project(), options.content(), options.templates(),
                    options.configFile()));
            return Optional.empty();
        } catch (OutputFolderGuard.UnsafeOutputException e) {
            return Optional.of(Problem.error(BuildOptions.display(options.out()), 0, 0, "unsafe-output", e.getMessage(), ""));
        }
    }

    /** Wall time of each phase of the last {@link #run}. */
    public List<String> timings() {
        return timer.lines();
    }

    private Problem writePage(SiteWriter writer, PageRenderer renderer, PlannedPage page, String global, AtomicInteger done,
                              int total) {
        String inputs = Hashes.of(global + page.dataFingerprint());
        try {
            if (!writer.reuse(page.file(), inputs)) writer.write(page.file(), renderer.renderUtf8(page), inputs);
            progress.pages(done.incrementAndGet(), total);
            return null;
        } catch (PageRenderer.BodyException e) {
            return Problem.error(BuildOptions.display(options.content().resolve(e.entryPath())), 0, 0, "markdown",
                    e.getMessage(), "");
        } catch (PageRenderer.TemplateException e) {
            return Problem.error(BuildOptions.display(options.templates().resolve(page.template() + ".peb")), 0, 0,
                    "template", e.getMessage(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds, sitemap, search index and exports are independent: they are made side by side. */
    private static void writeExtras(SiteWriter writer, SiteModel model) throws IOException {
        try {
            ExtraOutputs.all().parallelStream()
                    .flatMap(output -> produce(output, model).stream())
                    .forEach(f -> {
                        try {
                            writer.write(f.file(), f.content(), Hashes.of(f.content()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<OutputFile> produce(ExtraOutput output, SiteModel model) {
        try {
            return output.files(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(output.getClass().getSimpleName() + " failed: " + e.getMessage(), e));
        }
    }

    private static void copyAssets(SiteWriter writer, Path assets) throws IOException {
        if (!Files.isDirectory(assets)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        Path root = assets.toRealPath();
        for (Path file : files) {
            // Like content/, the theme may come from a pull request: a link must not publish a file
            // from elsewhere on the machine (a key, a token) as a site asset.
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
                throw new IOException(BuildOptions.display(file) + " is a symbolic link to a file outside the theme's assets folder");
            }
            if (!Files.isRegularFile(file)) continue;
            String rel = "assets/" + assets.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            writer.write(rel, bytes, Hashes.of(bytes));
        }
    }

    /** All inputs of the site at once: when it matches the current site's, there is nothing to do. */
    private static String siteFingerprint(String global, List<Entry> entries) {
        java.security.MessageDigest digest = Hashes.digest();
        digest.update(global.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Entry e : entries) {
            digest.update((e.path() + "\t" + e.fingerprint() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Hashes.hex(digest);
    }

    /** Every file of the theme by path and content: any edit invalidates every page. */
    static String themeFingerprint(Path templates) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(templates.relativize(file)).append('=').append(Hashes.of(Files.readAllBytes(file))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Hashes.of(all.toString());
    }

    private static BuildReport failed(List<Problem> problems, int files, int entries, long start) {
        problems.sort(Problem.ORDER);
        return new BuildReport(List.copyOf(problems), files, entries, 0, 0, 0, 0, elapsed(start), false);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
