package org.relationstimeline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.serve.PreviewFixture.EventStream;
import org.relationstimeline.serve.PreviewFixture.RawResponse;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreviewServerTest {
    private static final String ENTRY = "content/entries/2023/2023-08-01-military-talks.md";
    private static final String ENTRY_PAGE = "entries/2023/military-talks/";

    /** A test that edits the project or stops the server: it gets a server of its own instead of the shared one. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface OwnServer {}

    // Most tests only send requests, so they share one server (starting one is a full build).
    @TempDir
    static Path sharedTmp;

    private static Path sharedProject;
    private static PreviewServer sharedServer;
    private static final StringWriter sharedLog = new StringWriter();

    @TempDir
    Path tmp;

    private Path project;
    private PreviewServer server;
    private StringWriter log;
    private boolean ownServer;
    private PreviewBuilder.State sharedStateBefore;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void startShared() throws IOException {
        sharedProject = PreviewFixture.project(sharedTmp.resolve("project"));
        sharedServer = PreviewServer.start(BuildOptions.standard(sharedProject), 0, new PrintWriter(sharedLog, true));
    }

    @AfterAll
    static void stopShared() throws IOException {
        if (sharedServer != null) sharedServer.close();
    }

    @BeforeEach
    void start(TestInfo test) throws IOException {
        ownServer = test.getTestMethod().orElseThrow().isAnnotationPresent(OwnServer.class);
        if (ownServer) {
            project = PreviewFixture.project(tmp.resolve("project"));
            log = new StringWriter();
            server = PreviewServer.start(BuildOptions.standard(project), 0, new PrintWriter(log, true));
        } else {
            project = sharedProject;
            log = sharedLog;
            server = sharedServer;
            sharedStateBefore = server.builder().state();
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (ownServer) {
            if (server != null) server.close();
        } else {
            // Every rebuild makes a new state: a test that changed the shared server must be marked @OwnServer.
            assertThat(sharedServer.builder().state())
                    .as("the shared server was not rebuilt")
                    .isSameAs(sharedStateBefore);
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    private HttpResponse<String> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as("status of " + path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = project.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void servesOnLoopbackOnly() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(log.toString()).contains("built 5 entries");
    }

    @Test
    void servesBuiltPagesWithTheReloadScriptAddedButNeverWrittenToDisk() throws Exception {
        Document home = page("/");
        assertThat(home.select("script").html()).contains("new EventSource(\"/__rt/events\")");
        assertThat(home.select("main").text()).contains("Russia and Algeria discuss military cooperation");
        String onDisk = Files.readString(server.siteFolder().resolve("index.html"));
        assertThat(onDisk).doesNotContain("__rt").doesNotContain("EventSource");
        assertThat(Files.exists(project.resolve("site")))
                .as("the published site folder is not touched")
                .isFalse();
    }

    @Test
    void linksPointAtThePreviewNotAtThePublishedBaseUrl() throws Exception {
        Document home = page("/");
        assertThat(home.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/style.css");
        assertThat(home.select("a[href]").eachAttr("href")).noneMatch(h -> h.contains("/published/"));
    }

    @ParameterizedTest
    @CsvSource({
        "/, text/html; charset=utf-8",
        "/assets/style.css, text/css; charset=utf-8",
        "/assets/app.js, text/javascript; charset=utf-8",
        "/assets/data.json, application/json",
        "/assets/list.xml, application/xml; charset=utf-8",
        "/assets/feed.atom, application/atom+xml; charset=utf-8",
        "/assets/logo.svg, image/svg+xml",
        "/assets/dot.png, image/png",
        "/assets/notes.txt, text/plain; charset=utf-8"
    })
    void sendsTheContentTypeOfEachKindOfFile(String path, String type) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
    }

    @Test
    void nonHtmlFilesAreSentByteForByte() throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(server.url().resolve("/assets/dot.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.body()).isEqualTo(Files.readAllBytes(PreviewFixture.FIXTURE.resolve("assets/dot.png")));
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = get("/assets/style.css");
        HttpResponse<String> head = send("HEAD", "/assets/style.css");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Type"))
                .isEqualTo(get.headers().firstValue("Content-Type"));
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<String> r = send("POST", "/");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/assets/style.css", "/" + ENTRY_PAGE})
    void aMatchingEtagGets304(String path) throws Exception {
        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void ifModifiedSinceGets304UntilTheFileChanges() throws Exception {
        HttpResponse<String> first = get("/assets/style.css");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/assets/style.css", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(get("/assets/style.css", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void folderUrlsWithoutTrailingSlashRedirect() throws Exception {
        HttpResponse<String> r = get("/relations?x=1");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/relations/?x=1");
        assertThat(page("/relations/").select("h1").text()).isEqualTo("Relations");
    }

    @Test
    void aMistypedPairAddressGetsTheNotFoundPageWithItsDidYouMean() throws Exception {
        HttpResponse<String> r = get("/relations/algeria-rusia/");
        assertThat(r.statusCode()).isEqualTo(404);
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select(".not-found__suggest").attr("data-addresses")).isEqualTo("/known-addresses.json");
        assertThat(doc.select("script[src=/assets/not-found.js]")).hasSize(1);
        assertThat(get("/known-addresses.json").body()).contains("\"/relations/algeria-russia/\"");
    }

    @Test
    void missingPagesGetTheSitesNotFoundPageWithAHint() throws Exception {
        HttpResponse<String> r = get("/entries/2023/no-such-entry/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select("h1").text()).isEqualTo("Page not found");
        assertThat(doc.select("#rt-hint").text())
                .contains("/entries/2023/no-such-entry/")
                .contains("--drafts");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../site.yaml",
                "/assets/../../site.yaml",
                "/%2e%2e/site.yaml",
                "/%2E%2E/%2e%2e/site.yaml",
                "/assets/%2e%2e/%2e%2e/site.yaml",
                "/%252e%252e/site.yaml",
                "/..%2fsite.yaml",
                "/assets%2f..%2f..%2fsite.yaml",
                "/..%5csite.yaml",
                "/assets\\..\\..\\site.yaml",
                "/%00",
                "/index.html%00.css",
                "/./index.html",
                "//etc/passwd",
                "/C:/Windows/win.ini",
                "/.rt-manifest.tsv",
                "/%c0%ae%c0%ae/site.yaml",
                "http://127.0.0.1/../site.yaml",
                "site.yaml"
            })
    void pathsThatCouldLeaveTheSiteFolderAreRefused(String target) throws Exception {
        Files.writeString(server.siteFolder().getParent().resolve("secret.txt"), "TOP-SECRET");
        RawResponse r = PreviewFixture.raw(server.port(), target);
        assertThat(r.status()).as(target).isIn(400, 404);
        assertThat(r.body()).doesNotContain("TOP-SECRET").doesNotContain("Preview Fixture\ndescription");
    }

    @Test
    void requestsForAnotherHostNameAreRefused() throws Exception {
        RawResponse r = PreviewFixture.rawRequest(
                server.port(), "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).isEqualTo(421);
        assertThat(PreviewFixture.rawRequest(
                                server.port(), "GET / HTTP/1.1\r\nHost: localhost:1234\r\nConnection: close\r\n\r\n")
                        .status())
                .isEqualTo(200);
    }

    @Test
    @OwnServer
    void savingAnEntryRebuildsAndTellsOpenTabsToReload() throws Exception {
        try (EventStream events = new EventStream(server.port())) {
            String hello = events.next("hello", 10);
            assertThat(hello).isEqualTo(Long.toString(server.builder().state().generation()));
            edit(ENTRY, "discuss military cooperation", "hold talks on air defence");
            String reload = events.next("reload", 20);
            assertThat(reload).isNotNull();
            assertThat(Long.parseLong(reload)).isGreaterThan(Long.parseLong(hello));
        }
        Document entry = page("/" + ENTRY_PAGE);
        assertThat(entry.select("h1").text()).isEqualTo("Russia and Algeria hold talks on air defence");
        assertThat(entry.select("script").html())
                .contains("var g=\"" + server.builder().state().generation() + "\"");
    }

    @Test
    @OwnServer
    void contentErrorsKeepTheLastGoodSiteAndShowAnOverlayUntilFixed() throws Exception {
        try (EventStream events = new EventStream(server.port())) {
            events.next("hello", 10);
            edit(ENTRY, "countries: [DZ, RU]", "countries: [DZ, Rusia]");
            assertThat(events.next("reload", 20)).isNotNull();

            Document home = page("/");
            assertThat(home.select("main").text())
                    .as("last good site")
                    .contains("Russia and Algeria discuss military cooperation");
            assertThat(home.select("#rt-overlay li").eachText())
                    .singleElement()
                    .asString()
                    .contains("content/entries/2023/2023-08-01-military-talks.md:4:17: unknown country 'Rusia'")
                    .contains("did you mean 'Russia'?");
            assertThat(page("/relations/").select("#rt-overlay")).isNotEmpty();

            edit(ENTRY, "Rusia", "RU");
            assertThat(events.next("reload", 20)).isNotNull();
            assertThat(page("/").select("#rt-overlay")).isEmpty();
        }
    }

    @Test
    @OwnServer
    void overlayAppearsAlsoOnNotFoundPages() throws Exception {
        edit(ENTRY, "date: 2023-08-01", "date: 2023-02-30");
        server.requestRebuild();
        awaitErrors(true);
        Document doc = Jsoup.parse(get("/nowhere/").body());
        assertThat(doc.select("#rt-overlay").text()).contains("2023-02-30");
    }

    @Test
    @OwnServer
    void survivesTheContentFolderBeingDeletedAndCreatedAgain() throws Exception {
        Path content = project.resolve("content");
        Path aside = tmp.resolve("content-aside");
        PreviewFixture.copyTree(content, aside);
        try (EventStream events = new EventStream(server.port())) {
            events.next("hello", 10);
            org.relationstimeline.files.NoFollow.deleteTree(content);
            assertThat(events.next("reload", 20)).isNotNull();
            assertThat(page("/").select("#rt-overlay").text()).contains("does not exist");

            PreviewFixture.copyTree(aside, content);
            assertThat(events.next("reload", 20)).isNotNull();
            awaitErrors(false);
            assertThat(page("/").select("#rt-overlay")).isEmpty();

            // The recreated folder is watched again.
            edit(ENTRY, "discuss military cooperation", "meet again");
            assertThat(events.next("reload", 20)).isNotNull();
        }
        assertThat(page("/" + ENTRY_PAGE).select("h1").text()).isEqualTo("Russia and Algeria meet again");
    }

    @Test
    @OwnServer
    void newSubfoldersAreWatched() throws Exception {
        try (EventStream events = new EventStream(server.port())) {
            events.next("hello", 10);
            Path dir = project.resolve("content/entries/2024/spring");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("2024-04-01-visit.md"), """
                    ---
                    title: Russia and Egypt exchange visits
                    date: 2024-04-01
                    countries: [EG, RU]
                    ---
                    Text.
                    """);
            assertThat(events.next("reload", 20)).isNotNull();
            Files.writeString(
                    dir.resolve("2024-04-01-visit.md"),
                    Files.readString(dir.resolve("2024-04-01-visit.md")).replace("exchange visits", "exchange envoys"));
            assertThat(events.next("reload", 20)).isNotNull();
        }
        assertThat(page("/entries/2024/visit/").select("h1").text()).isEqualTo("Russia and Egypt exchange envoys");
    }

    @Test
    @OwnServer
    void themeAndConfigChangesRebuildToo() throws Exception {
        try (EventStream events = new EventStream(server.port())) {
            events.next("hello", 10);
            edit("site.yaml", "title: Preview Fixture", "title: Renamed Fixture");
            assertThat(events.next("reload", 20)).isNotNull();
            assertThat(page("/").select(".site-title").text()).isEqualTo("Renamed Fixture");
            Path css = project.resolve("templates/assets/style.css");
            Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
            assertThat(events.next("reload", 20)).isNotNull();
            assertThat(get("/assets/style.css").body()).endsWith("/* edited */\n");
        }
    }

    @Test
    void twoHundredConcurrentClientsAreAllServed() throws Exception {
        List<String> paths = List.of("/", "/relations/", "/countries/russia/", "/" + ENTRY_PAGE, "/assets/style.css");
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            HttpRequest req = HttpRequest.newBuilder(server.url().resolve(paths.get(i % paths.size())))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            all.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(45, TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isNotEmpty();
        }
    }

    @Test
    void slowClientsDoNotHoldUpOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream()
                        .write("GET / HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.US_ASCII)); // never finished
                slow.add(s);
            }
            for (int i = 0; i < 5; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setReceiveBufferSize(1024);
                s.getOutputStream()
                        .write("GET /assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                slow.add(s); // never reads its response
            }
            long start = System.nanoTime();
            assertThat(get("/").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    @OwnServer
    void openEventStreamsEndWhenTheServerStops() throws Exception {
        try (EventStream events = new EventStream(server.port())) {
            assertThat(events.next("hello", 10)).isNotNull();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.reloadListeners() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(server.reloadListeners()).isEqualTo(1);
            server.close();
            server = null;
            assertThat(events.next("reload", 5)).isNull();
        }
    }

    private void awaitErrors(boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            PreviewBuilder.State s = server.builder().state();
            if (s.lastReport() != null
                    && s.errors().isEmpty() != present
                    && !server.builder().isBuilding()) return;
            Thread.sleep(20);
        }
        throw new AssertionError("errors " + (present ? "never appeared" : "never went away") + "; log:\n" + log);
    }
}
