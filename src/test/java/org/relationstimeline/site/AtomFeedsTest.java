package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relationstimeline.testing.XmlDocuments.children;
import static org.relationstimeline.testing.XmlDocuments.text;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.testing.XmlDocuments;

/** Atom feeds (RFC 4287) of the "basic" fixture built under https://example.org/timeline/. */
class AtomFeedsTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String BASE = "https://example.org/timeline/";

    // The fixture is built once for the class and only read; the test that edits an entry
    // builds a copy of its own.
    @TempDir
    static Path dir;

    static TestProject project;
    static TestProject.Run built;

    @BeforeAll
    static void setUp() {
        project = TestProject.copy("basic", dir.resolve("basic"));
        built = project.build();
    }

    private org.w3c.dom.Element feed(String file) {
        return feed(project, file);
    }

    private static org.w3c.dom.Element feed(TestProject project, String file) {
        org.w3c.dom.Element root =
                XmlDocuments.parse(project.site().resolve(file)).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        return root;
    }

    private static String link(org.w3c.dom.Element parent, String rel) {
        List<org.w3c.dom.Element> links = children(parent, ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals(rel))
                .toList();
        assertThat(links).as("link rel=" + rel).hasSize(1);
        return links.get(0).getAttribute("href");
    }

    /** The file a URL of the site is served from. */
    private Path fileOf(String absolute) {
        assertThat(absolute).startsWith(BASE);
        String path = URI.create(absolute).getPath().substring("/timeline/".length());
        return project.site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    /** Entry page URL to entry id. */
    private Map<String, String> idsByLink(org.w3c.dom.Element feed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (org.w3c.dom.Element entry : children(feed, ATOM, "entry"))
            out.put(link(entry, "alternate"), text(entry, ATOM, "id"));
        return out;
    }

    private List<String> feedFiles() throws IOException {
        try (var walk = Files.walk(project.site())) {
            return walk.filter(p -> p.getFileName().toString().equals("feed.xml"))
                    .map(p -> project.site().relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereIsAFeedForTheSiteEveryPairAndEveryCountry() throws IOException {
        assertThat(built.exitCode()).isZero();
        assertThat(feedFiles())
                .contains(
                        "feed.xml",
                        "relations/algeria-russia/feed.xml",
                        "relations/norway-sweden/feed.xml",
                        "countries/algeria/feed.xml",
                        "countries/soviet-union/feed.xml",
                        "topics/trade/feed.xml");
        for (String pair : project.pairPages()) {
            assertThat(project.site().resolve(pair.replace("index.html", "feed.xml")))
                    .as(pair)
                    .exists();
        }
    }

    @Test
    void everyFeedIsValidAgainstTheAtomSchema() throws IOException {
        assertThat(built.exitCode()).isZero();
        for (String file : feedFiles()) {
            assertThat(XmlDocuments.validateRelaxNg(project.site().resolve(file), "atom.rnc"))
                    .as(file)
                    .isEmpty();
        }
    }

    @Test
    void theAtomSchemaCopyRejectsAFeedWithoutAnId() throws IOException {
        Path feed = Files.writeString(
                dir.resolve("bad.xml"),
                "<feed xmlns=\"" + ATOM + "\"><title>t</title>" + "<updated>2023-08-01T00:00:00Z</updated></feed>");
        Path badDate = Files.writeString(
                dir.resolve("date.xml"),
                "<feed xmlns=\"" + ATOM + "\"><id>x:y</id><title>t</title>" + "<updated>2023-08-01</updated></feed>");
        assertThat(XmlDocuments.validateRelaxNg(feed, "atom.rnc")).isNotEmpty();
        assertThat(XmlDocuments.validateRelaxNg(badDate, "atom.rnc")).isNotEmpty();
    }

    @Test
    void everyFeedHasTheElementsRfc4287Requires() throws IOException {
        assertThat(built.exitCode()).isZero();
        for (String file : feedFiles()) {
            org.w3c.dom.Element feed = feed(file);
            assertThat(text(feed, ATOM, "id")).as(file).startsWith("tag:example.org,");
            assertThat(text(feed, ATOM, "title")).as(file).isNotBlank();
            OffsetDateTime.parse(text(feed, ATOM, "updated"));
            org.w3c.dom.Element author = children(feed, ATOM, "author").get(0);
            assertThat(text(author, ATOM, "name")).isEqualTo("Test Timeline");
            assertThat(link(feed, "self")).isEqualTo(BASE + file);
            assertThat(fileOf(link(feed, "alternate"))).as(file).exists();
            List<org.w3c.dom.Element> entries = children(feed, ATOM, "entry");
            assertThat(entries).as(file).isNotEmpty();
            for (org.w3c.dom.Element entry : entries) {
                assertThat(text(entry, ATOM, "id")).startsWith("tag:example.org,2026:/timeline/entries/");
                assertThat(text(entry, ATOM, "title")).isNotBlank();
                OffsetDateTime.parse(text(entry, ATOM, "updated"));
                assertThat(fileOf(link(entry, "alternate"))).as(file).exists();
            }
            assertThat(idsByLink(feed).values()).as(file).doesNotHaveDuplicates();
        }
    }

    @Test
    void feedUpdatedIsTheNewestEntryDateNotTheBuildTime() {
        assertThat(built.exitCode()).isZero();
        assertThat(text(feed("feed.xml"), ATOM, "updated")).isEqualTo("2023-08-01T00:00:00Z");
        assertThat(text(feed("relations/algeria-soviet-union/feed.xml"), ATOM, "updated"))
                .isEqualTo("1962-01-01T00:00:00Z");
        assertThat(text(feed("relations/norway-sweden/feed.xml"), ATOM, "updated"))
                .isEqualTo("2001-05-01T00:00:00Z");
    }

    @Test
    void pairFeedListsThePairsEntriesNewestFirst() {
        assertThat(built.exitCode()).isZero();
        assertThat(idsByLink(feed("relations/algeria-russia/feed.xml")).keySet())
                .containsExactly(
                        BASE + "entries/2023/defence-talks/",
                        BASE + "entries/2023/a-same-day-trade-deal/",
                        BASE + "entries/2023/partnership-declaration/",
                        BASE + "entries/2006/debt-deal/",
                        BASE + "entries/2001/script-title/");
    }

    @Test
    void entryIdsStayTheSameWhenATitleChanges() throws IOException {
        TestProject project = TestProject.copy("basic", dir.resolve("retitled"));
        assertThat(project.build().exitCode()).isZero();
        Map<String, String> before = idsByLink(feed(project, "feed.xml"));
        Path file = project.content().resolve("entries/2023/2023-08-01-defence-talks.md");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("title: Defence chiefs meet in Moscow", "title: Defence chiefs meet again"));
        assertThat(project.build().exitCode()).isZero();
        org.w3c.dom.Element feed = feed(project, "feed.xml");
        assertThat(idsByLink(feed)).isEqualTo(before);
        assertThat(children(feed, ATOM, "entry").stream().map(e -> text(e, ATOM, "title")))
                .contains("Defence chiefs meet again")
                .doesNotContain("Defence chiefs meet in Moscow");
    }

    @Test
    void markupInTitlesAndSummariesIsEscapedText() {
        assertThat(built.exitCode()).isZero();
        org.w3c.dom.Element feed = feed("relations/algeria-russia/feed.xml");
        org.w3c.dom.Element entry = children(feed, ATOM, "entry").stream()
                .filter(e -> link(e, "alternate").endsWith("/script-title/"))
                .findFirst()
                .orElseThrow();
        org.w3c.dom.Element title = children(entry, ATOM, "title").get(0);
        assertThat(title.getAttribute("type")).isEqualTo("text");
        assertThat(title.getTextContent()).isEqualTo("<script>alert('x')</script> Strategic partnership");
        assertThat(children(title, "*", "script")).isEmpty();
        assertThat(text(entry, ATOM, "summary")).endsWith("Summary with <b>tags</b> & ampersands");
    }

    @Test
    void aFeedHoldsTheFiftyNewestEntries() {
        TestProject big = TestProject.empty(dir.resolve("big"));
        for (int i = 0; i < 55; i++) {
            big.write(
                    String.format("e%02d.md", i),
                    String.format("---\ntitle: Event %d\ndate: %d-01-01\ncountries: [DZ, RU]\n---\n", i, 1950 + i));
        }
        assertThat(big.build().exitCode()).isZero();
        for (String file : List.of("feed.xml", "relations/algeria-russia/feed.xml", "countries/russia/feed.xml")) {
            org.w3c.dom.Element feed =
                    XmlDocuments.parse(big.site().resolve(file)).getDocumentElement();
            List<org.w3c.dom.Element> entries = children(feed, ATOM, "entry");
            assertThat(entries).as(file).hasSize(AtomFeeds.MAX_ENTRIES);
            assertThat(text(entries.get(0), ATOM, "title")).isEqualTo("Event 54");
            assertThat(text(entries.get(49), ATOM, "title")).isEqualTo("Event 5");
        }
    }

    @Test
    void pagesAnnounceTheirFeedsMostSpecificFirst() {
        assertThat(built.exitCode()).isZero();
        for (String file : project.pageFiles()) {
            Document page = project.page(file);
            List<String> feeds = page.select("head link[rel=alternate][type=application/atom+xml]")
                    .eachAttr("href");
            assertThat(feeds).as(file).contains("/timeline/feed.xml");
            for (String href : feeds)
                assertThat(fileOf("https://example.org" + href))
                        .as(file + " -> " + href)
                        .exists();
            for (Element l : page.select("head link[rel=alternate]"))
                assertThat(l.attr("title")).isNotBlank();
        }
        assertThat(project.page("relations/algeria-russia/index.html")
                        .select("link[type=application/atom+xml]")
                        .eachAttr("href"))
                .containsExactly("/timeline/relations/algeria-russia/feed.xml", "/timeline/feed.xml");
        assertThat(project.page("countries/egypt/index.html")
                        .select("link[type=application/atom+xml]")
                        .eachAttr("href"))
                .containsExactly("/timeline/countries/egypt/feed.xml", "/timeline/feed.xml");
    }
}
