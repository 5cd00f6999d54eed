package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.serve.PreviewServer;

/**
 * Hostile input the preview server's own tests (serve.PreviewServerTest: loopback, traversal in
 * many encodings, 200 clients, slow clients, content folder deleted) leave out: content text in
 * the error overlay and request text in the not-found hint stay text, Unicode look-alikes of '/'
 * and '.' do not traverse, and an oversized request does not stop the server.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreviewHostileInputTest {
    static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    // The tests only send requests, so they share one server (starting one is a full build); the
    // test that edits the content starts a server of its own.
    @TempDir
    static Path dir;

    static PreviewServer server;

    @BeforeAll
    static void startShared() throws IOException {
        server = start(dir.resolve("shared"));
        // Something to steal one and two levels above the folder the server serves.
        Files.writeString(server.siteFolder().getParent().resolve("secret.txt"), "TOP-SECRET");
        if (server.siteFolder().getParent().getParent().startsWith(dir)) {
            Files.writeString(server.siteFolder().getParent().getParent().resolve("secret.txt"), "TOP-SECRET");
        }
    }

    /** A preview of a one-entry project at {@code root/project}. */
    static PreviewServer start(Path root) throws IOException {
        Path project = root.resolve("project");
        Files.createDirectories(project.resolve("content/entries"));
        Files.writeString(project.resolve("site.yaml"), "title: Preview\n");
        Files.writeString(
                project.resolve("content/entries/ok.md"),
                "---\ntitle: Fine\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nText.\n");
        BuildOptions options = BuildOptions.standard(project).withOut(root.resolve("unused-site"));
        options = new BuildOptions(
                project,
                project.resolve("content"),
                Path.of("templates").toAbsolutePath(),
                true,
                options.out(),
                project.resolve("site.yaml"),
                options.baseUrl(),
                false);
        return PreviewServer.start(options, 0, new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void removeSecretsAndStop() throws IOException {
        if (server == null) return;
        Files.deleteIfExists(server.siteFolder().getParent().resolve("secret.txt"));
        if (server.siteFolder().getParent().getParent().startsWith(dir)) {
            Files.deleteIfExists(server.siteFolder().getParent().getParent().resolve("secret.txt"));
        }
        server.close();
    }

    private record Response(int status, String body) {}

    private static Response raw(String target, String host) throws IOException {
        return raw(server, target, host);
    }

    private static Response raw(PreviewServer server, String target, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String[] status = all.split("\r\n", 2)[0].split(" ");
            return new Response(
                    status.length > 1 ? Integer.parseInt(status[1]) : -1, end < 0 ? "" : all.substring(end + 4));
        }
    }

    private static Response get(String target) throws IOException {
        return get(server, target);
    }

    private static Response get(PreviewServer server, String target) throws IOException {
        return raw(server, target, "127.0.0.1:" + server.port());
    }

    private static void assertInert(String html) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script").stream().filter(s -> s.data().contains("alert(")))
                .isEmpty();
        assertThat(doc.select("img[onerror], [onerror], [onload]")).isEmpty();
    }

    @Test
    void contentErrorsInTheOverlayStayText() throws Exception {
        Document page = null;
        try (PreviewServer own = start(dir.resolve("edited"))) {
            Files.writeString(
                    dir.resolve("edited/project/content/entries/bad " + "<svg onload=alert(3)>" + ".md"),
                    "---\ntitle: x\ndate: 2023-01-01\ncountries: [RU, \"" + XSS.replace("\"", "\\\"") + "\"]\n---\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Response r = get(own, "/");
                page = Jsoup.parse(r.body());
                if (!page.select("#rt-overlay").isEmpty()) break;
                Thread.sleep(200);
            }
        }
        assertThat(page.select("#rt-overlay")).as("the overlay appeared").isNotEmpty();
        assertThat(page.select("#rt-overlay").text()).contains(XSS).contains("<svg onload=alert(3)>");
        assertThat(page.select("#rt-overlay img, #rt-overlay svg, #rt-overlay script"))
                .isEmpty();
        assertInert(page.outerHtml());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/%3Cscript%3Ealert(1)%3C/script%3E/",
                "/%3Cimg%20src=x%20onerror=alert(1)%3E",
                "/x%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
                "/%27;alert(1);//"
            })
    void requestTextInTheNotFoundHintStaysText(String target) throws Exception {
        Response r = get(target);
        assertThat(r.status()).isIn(400, 404);
        assertInert(r.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/%EF%BC%8F..%EF%BC%8F..%EF%BC%8Fsecret.txt",
                "/..%EF%BC%8F..%EF%BC%8Fsecret.txt",
                "/..%E2%88%95..%E2%88%95secret.txt",
                "/%EF%BC%8E%EF%BC%8E/%EF%BC%8E%EF%BC%8E/secret.txt",
                "/%u002e%u002e/%u002e%u002e/secret.txt",
                "/..;/..;/secret.txt",
                "/.%00./.%00./secret.txt",
                "/%2e%2e%5c%2e%2e%5csecret.txt",
                "/..%c1%9c..%c1%9csecret.txt",
                "/..%e0%80%af..%e0%80%afsecret.txt",
                "/%25%32%65%25%32%65/secret.txt",
                "/../../secret.txt?x=1",
                "/#/../../secret.txt"
            })
    void lookAlikeAndExoticTraversalsAreRefused(String target) throws Exception {
        Response r = get(target);
        // After '#' comes a fragment, not a path: that request is for "/" and gets the home page.
        if (!target.contains("#")) assertThat(r.status()).as(target).isIn(400, 404);
        assertThat(r.body()).doesNotContain("TOP-SECRET");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1.attacker.example",
                "localhost.attacker.example",
                "attacker.example:80@127.0.0.1",
                "127.0.0.2",
                "0.0.0.0",
                "[::ffff:127.0.0.1]"
            })
    void rebindingHostNamesAreRefused(String host) throws Exception {
        assertThat(raw("/", host).status()).as(host).isEqualTo(421);
    }

    @Test
    void oversizedRequestIsRefusedAndTheServerCarriesOn() throws Exception {
        try {
            assertThat(get("/" + "a".repeat(200_000)).status()).isNotEqualTo(200);
        } catch (IOException e) {
            // Closing the connection is a refusal too.
        }
        assertThat(get("/").status()).isEqualTo(200);
    }
}
