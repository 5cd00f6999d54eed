package org.relationstimeline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.relationstimeline.files.LockFile;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.StatStamp;
import org.relationstimeline.images.ImageCatalog;
import org.relationstimeline.lint.EntryLinter;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.render.BodyLinks;
import org.relationstimeline.render.MarkdownRenderer;
import org.relationstimeline.render.PageRenderer;
import org.relationstimeline.render.Theme;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.OutputFolderGuard;
import org.relationstimeline.site.Redirects;
import org.relationstimeline.site.SiteLinks;
import org.relationstimeline.site.SiteManifest;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.SitePlanner;
import org.relationstimeline.site.SiteWriter;
import org.relationstimeline.site.StateFiles;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.EntryPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.WithBody;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Body;
import org.relationstimeline.timeline.BodyLink;
import org.relationstimeline.timeline.Editorial;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.PageText;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Timeline;

/**
 * The pipeline: load and validate, group, plan, render, write. Nothing is written unless the
 * content is free of errors, and the new site replaces the old one whole.
 */
public final class SiteBuild {
    static final String TEMPLATE_HINT =
            "docs/THEME.md lists the variables and filters each page kind's template receives";
    private final BuildOptions options;
    private final Progress progress;
    private final PhaseTimer timer = new PhaseTimer();
    private List<String> themeOverrides = List.of();

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
        Clock clock = Clock.systemDefaultZone();
        // Taken before anything is read, so that an edit made while this build runs is seen by the next one.
        Optional<StatStamp> inputs = LastBuild.inputsOf(options, LocalDate.now(clock), clock.getZone());
        timer.lap("inputs");
        if (inputs.isPresent() && !options.verifyOutput()) {
            Optional<BuildReport> same = nothingChanged(inputs.get(), start);
            if (same.isPresent()) return same.get();
        }
        // Checked first: a refused output folder must not get even a cache file beside it.
        Optional<Problem> unsafeOutput = Optional.empty();
        SiteManifest outputManifest = SiteManifest.NONE;
        try {
            outputManifest = OutputFolderGuard.check(options.out(), protectedPaths());
        } catch (OutputFolderGuard.UnsafeOutputException e) {
            unsafeOutput = Optional.of(
                    Problem.error(BuildOptions.display(options.out()), 0, 0, "unsafe-output", e.getMessage(), ""));
        }
        // A folder restored from elsewhere (a CI cache) vouches only for files that hold what it lists.
        if (options.verifyOutput()) outputManifest = outputManifest.verifiedIn(out);
        StateFiles state = new StateFiles(out);
        if (unsafeOutput.isEmpty()) unsafeOutput = checkStateFiles(state);
        Optional<Path> cache =
                unsafeOutput.isPresent() ? Optional.empty() : stateFolder(state).map(StateFiles::entryCache);
        Workspace ws = Workspace.load(options, cache);
        timer.lap("load");
        List<Problem> problems = new ArrayList<>(ws.problems());
        // As check does: a future date is most often a mistyped year, and build is what everyone runs.
        problems.addAll(new EntryLinter(clock)
                .futureDates(ws.content().entries(), options.content(), BuildOptions.display(options.content())));
        int files = ws.filesRead();
        int entries = ws.content().entries().size();
        if (ws.hasErrors()) return failed(problems, files, entries, start);
        Theme theme;
        try {
            theme = openTheme();
        } catch (Theme.ThemeException e) {
            for (Theme.Fault f : e.faults()) {
                boolean missing = f.file().equals(options.templates()) && !Files.exists(options.templates());
                problems.add(Problem.error(
                        BuildOptions.display(f.file()),
                        0,
                        0,
                        missing ? "no-templates" : "theme",
                        f.message(),
                        missing ? "check the path (without --templates, a project needs no theme folder)" : ""));
            }
            return failed(problems, files, entries, start);
        }
        themeOverrides = theme.overrides();
        if (unsafeOutput.isPresent()) {
            problems.add(unsafeOutput.get());
            return failed(problems, files, entries, start);
        }
        UrlScheme urls = new UrlScheme(ws.config().baseUrl());
        String global = Hashes.of(theme.fingerprint() + "|" + ws.fingerprint() + "|" + ws.config());
        String siteFingerprint = siteFingerprint(
                global + "|" + ws.images().fingerprint(),
                ws.content().entries(),
                ws.editorial().editorial());
        try (SiteWriter writer = SiteWriter.open(options.out(), outputManifest)) {
            // A build asked to verify its output leaves one that the next build can verify the same way.
            if (options.verifyOutput()) writer.hashEveryFile();
            if (writer.upToDate(siteFingerprint)) {
                timer.lap("check");
                int count = writer.liveFileCount();
                remember(inputs, writer, problems, files, entries);
                return new BuildReport(List.copyOf(problems), files, entries, count, 0, count, 0, elapsed(start), true);
            }
            Timeline timeline = Timeline.of(ws.content().entries());
            List<Page> plan = new SitePlanner(ws.config(), urls, ws.editorial().editorial()).plan(timeline);
            timer.lap("plan");
            List<Problem> aliases =
                    Redirects.collisions(plan, timeline.entries(), urls, BuildOptions.display(options.content()));
            if (!aliases.isEmpty()) {
                problems.addAll(aliases);
                return failed(problems, files, entries, start);
            }
            PageRenderer renderer = new PageRenderer(
                    theme, ws.config(), urls, new MarkdownRenderer(ws.config().trustedHtml(), ws.links(), ws.images()));
            AtomicInteger done = new AtomicInteger();
            List<Problem> renderProblems = collapse(plan.parallelStream()
                    .map(page -> writePage(writer, renderer, theme, page, global, ws, done, plan.size()))
                    .filter(p -> p != null)
                    .toList());
            if (!renderProblems.isEmpty()) {
                problems.addAll(renderProblems);
                return failed(problems, files, entries, start);
            }
            timer.lap("render");
            List<Problem> imageProblems = writeImages(writer, ws.images());
            if (!imageProblems.isEmpty()) {
                problems.addAll(imageProblems);
                return failed(problems, files, entries, start);
            }
            timer.lap("images");
            copyAssets(writer, theme);
            SiteModel site = new SiteModel(ws.config(), urls, timeline, plan);
            writeExtras(writer, ExtraOutputs.forEveryPage(), site, global);
            writeExtras(writer, ExtraOutputs.forPublishedEntries(), published(site), global);
            timer.lap("extras");
            SiteWriter.Outcome outcome = writer.commit(siteFingerprint);
            timer.lap("commit");
            remember(inputs, writer, problems, files, entries);
            timer.lap("record");
            return new BuildReport(
                    List.copyOf(problems),
                    files,
                    entries,
                    plan.size(),
                    outcome.written(),
                    outcome.unchanged(),
                    outcome.removed(),
                    elapsed(start),
                    true);
        } catch (SiteWriter.BusyException e) {
            problems.add(Problem.error(BuildOptions.display(options.out()), 0, 0, "locked", e.getMessage(), ""));
        } catch (NoFollow.LinkFoundException e) {
            problems.add(linkProblem(e));
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(
                    BuildOptions.display(options.out()),
                    0,
                    0,
                    "write-failed",
                    "could not write the site: " + e.getMessage(),
                    "the previous site was left as it was"));
        }
        return failed(problems, files, entries, start);
    }

    /**
     * The report of the last build again, when its inputs and its site are as they were then
     * ({@link LastBuild}): nothing is loaded, planned or written. Any doubt (no record, another
     * build holding the lock, a link at the generator's own files, an output folder refused)
     * leaves the decision to the ordinary build.
     */
    private Optional<BuildReport> nothingChanged(StatStamp inputs, long start) {
        try {
            Path out = OutputFolderGuard.checkPlace(options.out(), protectedPaths());
            StateFiles state = new StateFiles(out);
            if (!NoFollow.isFolder(state.root())) return Optional.empty();
            state.refuseLinks();
            Optional<LockFile> lock = LockFile.tryTake(state.lock());
            if (lock.isEmpty()) return Optional.empty();
            try (LockFile held = lock.get()) {
                Optional<LastBuild> last = LastBuild.read(state.lastBuild());
                if (last.isEmpty() || !last.get().stillHolds(inputs, out)) return Optional.empty();
                LastBuild b = last.get();
                themeOverrides = b.themeOverrides();
                timer.lap("unchanged");
                return Optional.of(new BuildReport(
                        b.problems(), b.files(), b.entries(), b.pages(), 0, b.pages(), 0, elapsed(start), true));
            }
        } catch (OutputFolderGuard.UnsafeOutputException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a successful build for {@link #nothingChanged}, once its site is in place. Only
     * warnings are left among the problems of a build that got this far.
     */
    private void remember(
            Optional<StatStamp> inputs, SiteWriter writer, List<Problem> problems, int files, int entries) {
        if (inputs.isEmpty()) return;
        StateFiles state = new StateFiles(writer.folder());
        List<String> paths = LastBuild.sitePaths(writer.siteFiles());
        Optional<String> site = StatStamp.ofPaths(state.out(), paths);
        if (site.isEmpty()) return;
        LastBuild last = new LastBuild(
                inputs.get(),
                paths,
                site.get(),
                List.copyOf(problems),
                files,
                entries,
                writer.siteFiles().size(),
                themeOverrides);
        try {
            NoFollow.createFolders(state.root(), state.cacheFolder());
            last.write(state.lastBuild());
        } catch (IOException e) {
            // without the record the next build only does the ordinary checks
        }
    }

    private List<Path> protectedPaths() {
        return List.of(options.project(), options.content(), options.templates(), options.configFile());
    }

    /**
     * The default theme overridden by the project's theme folder. A project need not have one (as
     * with Hugo and Zola); a folder named with --templates must exist, as a misspelt path would
     * otherwise build silently with the default theme. Anything at the default place, a dangling
     * link included, is opened and so checked rather than passed over.
     */
    private Theme openTheme() throws Theme.ThemeException {
        boolean present = Files.exists(options.templates(), LinkOption.NOFOLLOW_LINKS);
        return present || options.templatesRequired() ? Theme.overriddenBy(options.templates()) : Theme.bundled();
    }

    /** A link at a place the generator keeps its own files: named, and nothing is touched. */
    private static Optional<Problem> checkStateFiles(StateFiles state) {
        try {
            state.refuseLinks();
            return Optional.empty();
        } catch (NoFollow.LinkFoundException e) {
            return Optional.of(linkProblem(e));
        } catch (IOException e) {
            return Optional.empty(); // not a link: the writer reports what is wrong when it gets there
        }
    }

    /** Makes the state folder for the entry cache; where it cannot be made, the build runs without a cache. */
    private static Optional<StateFiles> stateFolder(StateFiles state) {
        try {
            Files.createDirectories(state.out().getParent());
            state.createRoot();
            return Optional.of(state);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Problem linkProblem(NoFollow.LinkFoundException e) {
        return Problem.error(
                BuildOptions.display(e.link()), 0, 0, "link", e.getMessage(), "the previous site was left as it was");
    }

    /** The project's theme files that replace default ones in the last {@link #run} (relative paths, sorted). */
    public List<String> themeOverrides() {
        return themeOverrides;
    }

    /** Wall time of each phase of the last {@link #run}. */
    public List<String> timings() {
        return timer.lines();
    }

    /** A page that could not be made: what went wrong, and on which page. */
    private record PageFailure(Problem problem, String url) {}

    private PageFailure writePage(
            SiteWriter writer,
            PageRenderer renderer,
            Theme theme,
            Page page,
            String global,
            Workspace ws,
            AtomicInteger done,
            int total) {
        String file = page.frame().file();
        String inputs = Hashes.of(global
                + page.frame().dataFingerprint()
                + linkTargets(page, ws.links())
                + (page instanceof WithBody b ? ws.images().fingerprint(b.bodySource()) : ""));
        try {
            if (!writer.reuse(file, inputs)) writer.write(file, renderer.renderUtf8(page), inputs);
            progress.pages(done.incrementAndGet(), total);
            return null;
        } catch (Body.ChangedException e) {
            return new PageFailure(
                    Problem.error(
                            BuildOptions.display(e.file()),
                            0,
                            0,
                            "changed",
                            e.getMessage(),
                            "build again once the file is saved; the previous site was left as it was"),
                    page.url());
        } catch (PageRenderer.BodyException e) {
            return new PageFailure(
                    Problem.error(
                            BuildOptions.display(options.content().resolve(e.sourcePath())),
                            0,
                            0,
                            "markdown",
                            e.getMessage(),
                            ""),
                    page.url());
        } catch (PageRenderer.TemplateException e) {
            return new PageFailure(
                    Problem.error(
                            shownThemeFile(theme, e.template()),
                            e.line(),
                            0,
                            "template",
                            e.getMessage(),
                            e.hint().isEmpty() ? TEMPLATE_HINT : e.hint()),
                    page.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A theme file as the editor finds it: the project's own file, or the default theme's by name. */
    private static String shownThemeFile(Theme theme, String name) {
        return theme.projectFile(name).map(BuildOptions::display).orElse("(default theme) " + name);
    }

    /**
     * Where an entry's body links lead: part of its page's inputs, so the page is written again
     * when a page it links to moves, and only then.
     */
    private static String linkTargets(Page page, SiteLinks links) {
        if (!(page instanceof EntryPage entryPage)) return "";
        StringBuilder targets = new StringBuilder();
        for (BodyLink link : BodyLinks.of(entryPage.entry())) {
            targets.append('|').append(links.href(link.destination()));
        }
        return targets.toString();
    }

    /**
     * One mistake in a template fails every page of its kind: it is reported once, with the first
     * page it failed on and how many others, so the real count of mistakes is what the editor sees.
     */
    private static List<Problem> collapse(List<PageFailure> failures) {
        Map<Problem, List<String>> pages = new LinkedHashMap<>();
        for (PageFailure f : failures)
            pages.computeIfAbsent(f.problem(), k -> new ArrayList<>()).add(f.url());
        List<Problem> out = new ArrayList<>();
        pages.forEach((p, urls) -> {
            String where = urls.size() == 1
                    ? urls.get(0)
                    : urls.get(0) + " and " + (urls.size() - 1) + (urls.size() == 2 ? " other page" : " other pages");
            out.add(new Problem(
                    p.file(), p.line(), p.column(), p.severity(), p.code(), p.message() + ", on " + where, p.hint()));
        });
        return out;
    }

    /**
     * The site without its drafts. A preview built with {@code --drafts} shows them as pages, but
     * feeds, the sitemap, the exports and redirects speak for the published site only.
     */
    private static SiteModel published(SiteModel site) {
        if (site.timeline().entries().stream().noneMatch(Entry::draft)) return site;
        Timeline timeline = Timeline.of(
                site.timeline().entries().stream().filter(e -> !e.draft()).toList());
        return new SiteModel(
                site.config(), site.urls(), timeline, new SitePlanner(site.config(), site.urls()).plan(timeline));
    }

    /**
     * Feeds, sitemap, search index and exports are independent: they are made side by side, each
     * timed for {@code --timings}, since together they are a large part of a rebuild.
     */
    private void writeExtras(SiteWriter writer, List<ExtraOutput> outputs, SiteModel model, String global)
            throws IOException {
        long[] nanos = new long[outputs.size()];
        try {
            IntStream.range(0, outputs.size()).parallel().forEach(i -> {
                long start = System.nanoTime();
                for (OutputFile f : produce(outputs.get(i), model)) {
                    try {
                        String inputs = f.inputs() == null ? null : Hashes.of(global + f.inputs());
                        if (inputs != null && writer.reuse(f.file(), inputs)) continue;
                        f.writeTo(writer, inputs);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                nanos[i] = System.nanoTime() - start;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < outputs.size(); i++)
            timer.detail(outputs.get(i).getClass().getSimpleName(), nanos[i]);
    }

    /**
     * The copies of the bodies' local pictures, side by side. A copy whose inputs (the picture's
     * hash, its size, the resizer) match the previous site's file is kept without decoding; a
     * picture that cannot be decoded is reported at its first use, all of them in one run.
     */
    private static List<Problem> writeImages(SiteWriter writer, ImageCatalog images) throws IOException {
        try {
            return images.files().parallelStream()
                    .map(f -> {
                        try {
                            String inputs = Hashes.of(f.inputs());
                            if (!writer.reuse(f.file(), inputs)) writer.write(f.file(), f.content(), inputs);
                            return null;
                        } catch (ImageCatalog.CopyFailure e) {
                            return e.problem();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(p -> p != null)
                    .distinct()
                    .toList();
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
            throw new UncheckedIOException(
                    new IOException(output.getClass().getSimpleName() + " failed: " + e.getMessage(), e));
        }
    }

    private static void copyAssets(SiteWriter writer, Theme theme) throws IOException {
        for (String file : theme.filesUnder("assets")) {
            writer.write(file, theme.read(file), null);
        }
    }

    /** All inputs of the site at once: when it matches the current site's, there is nothing to do. */
    private static String siteFingerprint(String global, List<Entry> entries, Editorial editorial) {
        java.security.MessageDigest digest = Hashes.digest();
        digest.update(global.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Entry e : entries) {
            digest.update((e.path() + "\t" + e.fingerprint() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<Profile> profiles = new ArrayList<>(editorial.pairProfiles().values());
        profiles.addAll(editorial.partyProfiles().values());
        for (Profile p : profiles) {
            digest.update((p.path() + "\t" + p.fingerprint() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (PageText p : editorial.pages()) {
            digest.update((p.path() + "\t" + p.fingerprint() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Hashes.hex(digest);
    }

    private static BuildReport failed(List<Problem> problems, int files, int entries, long start) {
        problems.sort(Problem.ORDER);
        return new BuildReport(List.copyOf(problems), files, entries, 0, 0, 0, 0, elapsed(start), false);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
