package org.relationstimeline.cms;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.Chromium;
import org.relationstimeline.testing.StaticSiteServer;
import org.relationstimeline.testing.TestProject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The editor at {@code /admin/} in Debian's chromium: the shipped content and site.yaml, with a
 * {@code cms:} section and a party whose name is hostile YAML, built for a sub-path and served
 * from loopback, exactly as published, with one change: the configuration's {@code backend} block
 * (GitHub, which needs an account and the network) is swapped on its way to the browser for the
 * CMS's test backend, which reads the repository from the browser's private file system. The test
 * copies the shipped content there first, so the CMS lists the real files through the generated
 * collection.
 *
 * <p>Covered: the generated configuration is accepted (no configuration error, no warning), the
 * entries collection lists every shipped entry, an entry's parties and topics show as the
 * configured choices, a hostile party name is shown as text, and an entry made in the editor is
 * saved where the content layout puts it and passes {@code check}. Not covered: signing in to
 * GitHub and committing, which need a real repository and token.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@BrowserTest
class CmsBrowserTest {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String REPO = "octocat/relations-timeline";
    static final String HOSTILE = "Quote \" colon: # <b>NO</b> ]} & yes";
    static final String GITHUB_BACKEND = "backend:\n  name: \"github\"\n  repo: \"" + REPO + "\"\n  branch: \"main\"\n"
            + "  auth_methods:\n    - \"token\"\n";
    static final String TEST_BACKEND = "backend:\n  name: \"test-repo\"\n";
    /** The test backend's folder in the origin-private file system (Sveltia's name for it). */
    static final String TEST_REPO_FOLDER = "sveltia-cms-test";

    @TempDir
    static Path dir;

    static TestProject project;
    static StaticSiteServer server;
    static Playwright playwright;
    static Browser browser;
    static Map<String, String> repository;

    BrowserContext context;
    Page page;
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final List<String> external = Collections.synchronizedList(new ArrayList<>());
    volatile String servedConfig;

    @BeforeAll
    static void buildServeAndLaunch() throws IOException {
        Chromium.requireInstalled();
        project = TestProject.empty(dir.resolve("project"));
        TestProject.copyTree(Path.of("content"), project.content());
        String siteYaml = Files.readString(Path.of("site.yaml"))
                .replace(
                        "parties:\n",
                        "parties:\n  - code: ZQ\n    name: " + org.relationstimeline.text.YamlDocument.quote(HOSTILE)
                                + "\n    slug: hostile-party\n");
        Files.writeString(project.root().resolve("site.yaml"), siteYaml + "cms:\n  repo: " + REPO + "\n");
        server = StaticSiteServer.start("/sub/");
        TestProject.Run run = project.build("--base-url", server.baseUrl(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        server.serve(project.site());
        repository = contentFiles(project.content());
        Files.createDirectories(SCREENSHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    /** Every file under content/, by its path from the repository root, as the test backend will hold it. */
    static Map<String, String> contentFiles(Path content) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put("content/" + content.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        String origin = server.baseUrl().substring(0, server.baseUrl().indexOf("/sub/"));
        // Nothing leaves the machine: what the CMS asks of other hosts is recorded and answered here.
        context.route(url -> !url.startsWith(origin + "/"), this::answerExternal);
        context.route(Pattern.compile(".*/sub/admin/config\\.yml(\\?.*)?$"), this::swapBackend);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                problems.add("console " + m.type() + " on " + page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
        page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " (" + r.failure() + ")"));
        page.onResponse(r -> {
            if (r.status() >= 400) problems.add("HTTP " + r.status() + ": " + r.url());
        });
        page.onDialog(d -> {
            problems.add("a dialog opened: " + d.message());
            d.dismiss();
        });
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
    }

    /**
     * The CMS checks unpkg for a newer release and loads its fonts from jsDelivr. The version check
     * gets the pinned version back; a font gets an empty reply (the CMS then draws with the
     * system's fonts, and its icons as their names), which Chrome reports only as a warning that
     * {@link #fontWarning} recognises.
     */
    private void answerExternal(Route route) {
        String url = route.request().url();
        external.add(url);
        if (url.startsWith("https://unpkg.com/@sveltia/cms/package.json")) {
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("application/json")
                    .setBody("{\"version\":\"" + SveltiaBundle.shipped().version() + "\"}"));
        } else if (url.startsWith("https://cdn.jsdelivr.net/fontsource/fonts/")) {
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("font/woff2")
                    .setBody(""));
        } else {
            route.abort();
        }
    }

    private void swapBackend(Route route) {
        APIResponse response = route.fetch();
        String config = response.text();
        servedConfig = config;
        String swapped =
                config.startsWith(GITHUB_BACKEND) ? TEST_BACKEND + config.substring(GITHUB_BACKEND.length()) : config;
        route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(swapped));
    }

    private static boolean fontWarning(String problem) {
        return problem.contains("Failed to decode downloaded font") || problem.contains("OTS parsing error");
    }

    private void assertNoProblems() {
        assertThat(problems.stream().filter(p -> !fontWarning(p)).toList())
                .as("console errors, warnings and failed requests")
                .isEmpty();
        assertThat(external)
                .as("requests to other hosts")
                .allSatisfy(
                        url -> assertThat(url)
                                .matches(
                                        "https://(unpkg\\.com/@sveltia/cms/package\\.json|cdn\\.jsdelivr\\.net/fontsource/fonts/).*"));
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Fills the test backend's repository with the shipped content (any page of the origin can). */
    private void seedRepository(Map<String, String> files) {
        page.navigate(server.baseUrl());
        page.evaluate("""
                async ([folder, files]) => {
                  const root = await navigator.storage.getDirectory();
                  await root.removeEntry(folder, {recursive: true}).catch(() => {});
                  const repo = await root.getDirectoryHandle(folder, {create: true});
                  for (const [path, text] of Object.entries(files)) {
                    const parts = path.split('/');
                    let dir = repo;
                    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
                    const writable = await (await dir.getFileHandle(parts.at(-1), {create: true})).createWritable();
                    await writable.write(text);
                    await writable.close();
                  }
                }""", List.of(TEST_REPO_FOLDER, files));
    }

    /** Every file of the test backend's repository, by path (a file being moved may read as null). */
    @SuppressWarnings("unchecked")
    private Map<String, String> repositoryFiles() {
        return (Map<String, String>) page.evaluate("""
                async (folder) => {
                  const out = {};
                  // The CMS writes through a temporary file it then moves: one may vanish while we read.
                  const gone = (e) => { if (e.name !== 'NotFoundError') throw e; };
                  const walk = async (dir, prefix) => {
                    for await (const [name, handle] of dir.entries()) {
                      if (handle.kind === 'directory') await walk(handle, prefix + name + '/').catch(gone);
                      else out[prefix + name] = await handle.getFile().then(f => f.text()).catch(gone);
                    }
                  };
                  await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
                  return out;
                }""", TEST_REPO_FOLDER);
    }

    /** Opens /admin/ and enters the test repository; returns once the entries collection is listed. */
    private void openEditor() {
        seedRepository(repository);
        page.navigate(server.baseUrl() + "admin/");
        Locator enter =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work with Test Repository"));
        assertThat(enter).isVisible();
        assertThat(page.getByText(Pattern.compile("error in the CMS configuration|errors in the CMS configuration")))
                .hasCount(0);
        shot("cms-sign-in");
        enter.click();
        assertThat(page.getByText(Pattern.compile("You’re now viewing the “\u2068?Entries\u2069?” collection")))
                .isAttached();
    }

    /** The titles of the shipped entries, read from their front matter. */
    private static List<String> shippedTitles() {
        return repository.entrySet().stream()
                .filter(e ->
                        e.getKey().startsWith("content/entries/") && e.getKey().endsWith(".md"))
                .map(e -> (String) frontMatter(e.getValue()).get("title"))
                .sorted()
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> frontMatter(String file) {
        String[] parts = file.split("(?m)^---\\s*$", 3);
        // Dates stay as written (SnakeYAML would make 2024-07-30 a timestamp), as the editor shows them.
        LoaderOptions options = new LoaderOptions();
        return (Map<String, Object>) new Yaml(new SafeConstructor(options) {
                    {
                        yamlConstructors.put(
                                org.yaml.snakeyaml.nodes.Tag.TIMESTAMP,
                                yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
                    }
                })
                .load(parts[1]);
    }

    /** The entries the list shows, scrolling it to the end: it draws its rows as they come into view. */
    private List<String> listedTitles() {
        Locator rows = page.locator("[role=grid] [role=row][aria-label]");
        java.util.Set<String> seen = new java.util.TreeSet<>();
        // Rows come as the list scrolls; on a loaded machine they can be late, so the list counts as
        // read only after five scrolls in a row brought nothing new.
        int quiet = 0;
        while (quiet < 5) {
            int before = seen.size();
            ((List<?>) rows.evaluateAll("rows => rows.map(r => r.getAttribute('aria-label'))"))
                    .forEach(label -> seen.add(String.valueOf(label)));
            quiet = seen.size() == before ? quiet + 1 : 0;
            rows.last().scrollIntoViewIfNeeded();
            page.waitForTimeout(200);
        }
        return List.copyOf(seen);
    }

    @Test
    void theGeneratedConfigurationIsAcceptedAndListsEveryShippedEntry() {
        openEditor();
        assertThat(servedConfig)
                .as("the published configuration commits to the configured repository")
                .startsWith(GITHUB_BACKEND);
        List<String> titles = shippedTitles();
        assertThat(page.getByText(Pattern.compile("collection, which has " + titles.size() + " entries")))
                .isAttached();
        // Newest first, by the date as written.
        Map<String, Object> newest = repository.entrySet().stream()
                .filter(e ->
                        e.getKey().startsWith("content/entries/") && e.getKey().endsWith(".md"))
                .map(e -> frontMatter(e.getValue()))
                .max(java.util.Comparator.comparing(m -> String.valueOf(m.get("date"))))
                .orElseThrow();
        assertThat(page.locator("[role=grid] [role=row][aria-label]").first().locator("bdi"))
                .hasText(newest.get("date") + " \u00b7 " + newest.get("title"));
        shot("cms-entries");
        assertThat(listedTitles()).containsExactlyElementsOf(titles);
        assertNoProblems();
    }

    @Test
    void profilesAndPagesAreListedInTheirOwnCollections() {
        openEditor();
        for (String[] c : new String[][] {
            {"relations", "Relation profiles", "content/relations/"}, {"pages", "General pages", "content/pages/"}
        }) {
            long files = repository.keySet().stream()
                    .filter(k -> k.startsWith(c[2]) && k.endsWith(".md"))
                    .count();
            assertThat(files).as(c[2]).isPositive();
            page.navigate(server.baseUrl() + "admin/#/collections/" + c[0]);
            assertThat(page.getByText(Pattern.compile("You’re now viewing the “\u2068?" + c[1]
                            + "\u2069?” collection, which has " + (files == 1 ? "one entry" : files + " entries"))))
                    .isAttached();
            shot("cms-" + c[0]);
        }
        assertNoProblems();
    }

    private Locator field(String keyPath) {
        return page.locator("section.field[data-key-path='" + keyPath + "']");
    }

    private void choose(String keyPath, String option) {
        field(keyPath).getByRole(AriaRole.COMBOBOX).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }

    @Test
    void anEntryShowsItsPartiesAndTopicsAsTheConfiguredChoicesAndAHostileNameAsText() {
        openEditor();
        listedTitles();
        page.locator(
                        "[role=grid] [role=row][aria-label=\"Sweden recognises Norway's independence and Oscar II gives up the"
                                + " Norwegian throne\"]")
                .click();
        assertThat(field("title").locator("input"))
                .hasValue("Sweden recognises Norway's independence and Oscar II gives up the Norwegian throne");
        assertThat(field("date").locator("input")).hasValue("1905-10-26");
        // "NO" is Norway, not false: each code is one of the choices, shown by its name.
        assertThat(field("countries").getByLabel("Selected Options"))
                .hasText(Pattern.compile("Norway \\(NO\\).*Sweden \\(SE\\)"));
        assertThat(field("topics").getByLabel("Selected Options"))
                .hasText(Pattern.compile("Diplomacy.*Treaties & agreements.*Borders & territory"));
        int sources = repository.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/1905-10-26-sweden-recognises-norway.md"))
                .map(e -> ((List<?>) frontMatter(e.getValue()).get("sources")).size())
                .findFirst()
                .orElseThrow();
        assertThat(field("sources")).containsText(sources == 1 ? "1 Source" : sources + " Sources");
        field("countries").getByRole(AriaRole.COMBOBOX).click();
        assertThat(page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(HOSTILE + " (ZQ)").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Soviet Union (SU)")))
                .isAttached();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("European Union (EU)")))
                .isAttached();
        shot("cms-entry");
        page.keyboard().press("Escape");
        assertNoProblems();
    }

    @Test
    void anEntryMadeInTheEditorIsSavedWhereTheLayoutPutsItAndPassesCheck() throws IOException {
        openEditor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("New")))
                .click();
        choose("countries", "France (FR)");
        choose("countries", "Mali (ML)");
        choose("topics", "Diplomacy");
        field("sources")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("Add .*Source")))
                .click();
        field("body").locator("[contenteditable=true]").fill("Talks resumed in Paris.");
        // The editor can still be setting up a new entry's fields for a moment after it opens, which
        // on a loaded machine undoes what was typed first: each text is typed until it stays.
        Map<Locator, String> texts = new java.util.LinkedHashMap<>();
        texts.put(field("title").locator("input"), "\u00c9lys\u00e9e talks on the Sahel: \"a new chapter\"");
        texts.put(field("date").locator("input"), "2024-05-06");
        texts.put(field("summary").locator("textarea"), "The two governments resume talks.");
        texts.put(field("sources.0.title").locator("input"), "Talks resume");
        texts.put(field("sources.0.publisher").locator("input"), "Example News");
        texts.put(field("sources.0.date").locator("input"), "2024-05-06");
        texts.put(field("sources.0.url").locator("input"), "https://example.org/talks");
        for (int round = 0; round < 20; round++) {
            boolean kept = true;
            for (Map.Entry<Locator, String> t : texts.entrySet()) {
                if (!t.getValue().equals(t.getKey().inputValue())) {
                    t.getKey().fill(t.getValue());
                    kept = false;
                }
            }
            if (kept) break;
            page.waitForTimeout(500);
        }
        shot("cms-new-entry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        String path = "content/entries/2024/2024-05-06-elysee-talks-on-the-sahel-a-new-chapter.md";
        Map<String, String> files = repositoryFiles();
        // Saving runs in the page; on a loaded machine it can take long, so wait up to 60 s (only a failure waits that
        // long).
        for (int i = 0; i < 600 && files.get(path) == null; i++) {
            page.waitForTimeout(100);
            files = repositoryFiles();
        }
        assertThat(files).as("files of the test repository").containsKey(path);
        Map<String, Object> saved = frontMatter(files.get(path));
        assertThat(saved)
                .containsEntry("title", "\u00c9lys\u00e9e talks on the Sahel: \"a new chapter\"")
                .containsEntry("countries", List.of("FR", "ML"))
                .containsEntry("topics", List.of("diplomacy"))
                .containsEntry("summary", "The two governments resume talks.")
                .containsEntry(
                        "sources",
                        List.of(Map.of(
                                "title",
                                "Talks resume",
                                "publisher",
                                "Example News",
                                "date",
                                "2024-05-06",
                                "url",
                                "https://example.org/talks")))
                .doesNotContainKey("slug");
        // Read as written (a YAML 1.1 reader would make it a timestamp).
        assertThat(files.get(path)).containsPattern("(?m)^date: ['\"]?2024-05-06['\"]?$");

        project.write(path.substring("content/".length()), files.get(path));
        TestProject.Run check = project.run("check");
        assertThat(check.err()).as("check's findings").doesNotContain("2024-05-06-elysee");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertNoProblems();
    }
}
