package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** What each page's head tells search engines and link previews, on the "basic" fixture. */
class PageHeadTest {
    static final String BASE = "https://example.org/timeline/";

    // Every test only reads the built site, so it is built once for the class.
    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void setUp() {
        project = TestProject.copy("basic", dir);
        assertThat(project.build().exitCode()).isZero();
    }

    private static String meta(Document page, String property) {
        Elements found = page.select("head meta[property=" + property + "]");
        assertThat(found).as(property).hasSize(1);
        return found.attr("content");
    }

    private static JsonObject jsonLd(Document page) {
        Elements scripts = page.select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JsonParser.parseString(scripts.first().data()).getAsJsonObject();
    }

    @Test
    void everyPageHasAnAbsoluteCanonicalUrlADescriptionAndOpenGraphTags() {
        for (String file : project.pageFiles()) {
            if (file.equals("404.html")) continue;
            Document page = project.page(file);
            // A timeline read oldest first names its main listing (README "Pages and URLs").
            String own = BASE + file.replaceFirst("index\\.html$", "");
            String url = own.replaceFirst("oldest-first/(page/\\d+/)?$", "");
            assertThat(page.select("head link[rel=canonical]").eachAttr("href"))
                    .as(file)
                    .containsExactly(url);
            assertThat(page.select("head meta[name=description]").attr("content"))
                    .as(file)
                    .isNotBlank();
            assertThat(meta(page, "og:url")).as(file).isEqualTo(url);
            assertThat(meta(page, "og:title")).as(file).isNotBlank();
            assertThat(meta(page, "og:type")).as(file).isIn("website", "article");
            assertThat(meta(page, "og:description"))
                    .as(file)
                    .isEqualTo(page.select("meta[name=description]").attr("content"));
            assertThat(meta(page, "og:site_name")).as(file).isEqualTo("Test Timeline");
            JsonObject data = jsonLd(page);
            assertThat(data.get("@context").getAsString()).as(file).isEqualTo("https://schema.org");
            // The JSON-LD describes the page itself (an oldest-first ItemList is ascending).
            assertThat(data.get("url").getAsString()).as(file).isEqualTo(own);
        }
    }

    @Test
    void entryDescriptionIsItsSummaryOrElseItsDateAndParties() {
        Document talks = project.page("entries/2023/defence-talks/index.html");
        assertThat(talks.select("meta[name=description]").attr("content"))
                .isEqualTo("Russia offers help with the readiness of Algeria's forces.");
        assertThat(meta(talks, "og:type")).isEqualTo("article");
        Document nordic = project.page("entries/2001/norway-sweden/index.html");
        assertThat(nordic.select("meta[name=description]").attr("content"))
                .isEqualTo("1 May 2001: an event between Norway and Sweden.");
        Document pair = project.page("relations/algeria-russia/index.html");
        assertThat(pair.select("meta[name=description]").attr("content"))
                .isEqualTo("5 events in the relations between Algeria and Russia, 2001\u20132023.");
    }

    @Test
    void entryIsANewsArticleAboutAnEventThatCitesItsSources() {
        JsonObject data = jsonLd(project.page("entries/2023/defence-talks/index.html"));
        assertThat(data.get("@type").getAsString()).isEqualTo("NewsArticle");
        assertThat(data.get("headline").getAsString()).isEqualTo("Defence chiefs meet in Moscow");
        JsonObject event = data.getAsJsonObject("about");
        assertThat(event.get("@type").getAsString()).isEqualTo("Event");
        assertThat(event.get("startDate").getAsString()).isEqualTo("2023-08-01");
        JsonObject citation = data.getAsJsonArray("citation").get(0).getAsJsonObject();
        assertThat(citation.get("@type").getAsString()).isEqualTo("CreativeWork");
        assertThat(citation.get("name").getAsString()).isEqualTo("Fixture report one");
        assertThat(citation.get("url").getAsString()).isEqualTo("https://example.org/report-one");
        assertThat(citation.getAsJsonObject("publisher").get("name").getAsString())
                .isEqualTo("Fixture Agency");
        assertThat(citation.get("datePublished").getAsString()).isEqualTo("2023-08-01");
        List<String> mentions = new ArrayList<>();
        for (JsonElement m : data.getAsJsonArray("mentions"))
            mentions.add(m.getAsJsonObject().get("name").getAsString());
        assertThat(mentions).containsExactly("Algeria", "Russia");
    }

    @Test
    void pairPageIsACollectionPageWhoseItemListNamesItsEntriesInOrder() {
        JsonObject data = jsonLd(project.page("relations/algeria-russia/index.html"));
        assertThat(data.get("@type").getAsString()).isEqualTo("CollectionPage");
        JsonObject list = data.getAsJsonObject("mainEntity");
        assertThat(list.get("@type").getAsString()).isEqualTo("ItemList");
        JsonArray items = list.getAsJsonArray("itemListElement");
        assertThat(list.get("numberOfItems").getAsInt()).isEqualTo(items.size()).isEqualTo(5);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i).getAsJsonObject();
            assertThat(item.get("position").getAsInt()).isEqualTo(i + 1);
            urls.add(item.get("url").getAsString());
        }
        assertThat(urls).startsWith(BASE + "entries/2023/defence-talks/").endsWith(BASE + "entries/2001/script-title/");
    }

    @Test
    void homePageIsTheWebSite() {
        JsonObject data = jsonLd(project.page("index.html"));
        assertThat(data.get("@type").getAsString()).isEqualTo("WebSite");
        assertThat(data.get("name").getAsString()).isEqualTo("Test Timeline");
    }

    @Test
    void aTitleCannotBreakOutOfTheJsonLdScript() throws IOException {
        // Read the raw bytes: a parser would hide an early </script> by recovering from it.
        String html = Files.readString(project.site().resolve("entries/2001/script-title/index.html"));
        int start = html.indexOf("<script type=\"application/ld+json\">");
        assertThat(start).isNotNegative();
        int from = start + "<script type=\"application/ld+json\">".length();
        String data = html.substring(from, html.indexOf("</script>", from));
        assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonObject parsed = JsonParser.parseString(data).getAsJsonObject();
        assertThat(parsed.get("headline").getAsString()).isEqualTo("<script>alert('x')</script> Strategic partnership");
        assertThat(parsed.get("description").getAsString()).isEqualTo("Summary with <b>tags</b> & ampersands");
        assertThat(project.page("entries/2001/script-title/index.html").select("script").stream()
                        .filter(s -> !s.attr("type").equals("application/ld+json"))
                        .map(Element::data))
                .noneMatch(s -> s.contains("alert("));
    }

    @Test
    void notFoundPageIsNotIndexedAndClaimsNoAddress() {
        Document page = project.page("404.html");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("meta[property=og:url]")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]")).isEmpty();
    }
}
