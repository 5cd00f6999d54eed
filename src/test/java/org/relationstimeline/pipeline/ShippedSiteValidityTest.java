package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.cli.Main;
import org.relationstimeline.testing.HtmlValidator;
import org.relationstimeline.testing.SearchIndexUrls;
import org.relationstimeline.testing.SiteLinks;
import org.relationstimeline.testing.Slow;

/**
 * The project's own content, config and theme, built as it ships: every page is valid HTML per
 * the Nu HTML Checker and every internal link, asset and search result URL resolves.
 */
@Slow // every page of the shipped site through the Nu HTML Checker
class ShippedSiteValidityTest {
    static final String BASE_URL = "https://example.org/shipped/";

    @TempDir
    static Path dir;

    static Path site;
    static SiteLinks links;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "build",
                "--content",
                "content",
                "--config",
                "site.yaml",
                "--templates",
                "templates",
                "--out",
                site.toString(),
                "--base-url",
                BASE_URL,
                "--quiet");
        assertThat(code).as(err.toString()).isZero();
        links = new SiteLinks(site, BASE_URL);
    }

    @Test
    void everyPageIsValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        List<String> pages = links.htmlFiles();
        assertThat(pages).hasSizeGreaterThan(100);
        List<String> invalid = new ArrayList<>();
        for (String page : pages) validator.errors(site.resolve(page)).forEach(e -> invalid.add(page + ":" + e));
        assertThat(invalid).isEmpty();
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertThat(links.broken()).isEmpty();
    }

    @Test
    void everyUrlInTheSearchIndexResolves() {
        List<String> urls = SearchIndexUrls.of(site);
        assertThat(urls).hasSizeGreaterThan(70).allMatch(u -> u.startsWith("/shipped/"));
        assertThat(urls.stream().map(u -> links.check("search/index.html", u)).filter(p -> p != null))
                .isEmpty();
    }

    @Test
    void theShippedAlgeriaRussiaProfileHasItsErasAndEveryFactItsSource() throws java.io.IOException {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                site.resolve("relations/algeria-russia/index.html").toFile(), "UTF-8");
        // The timeline is told in the eras: the list of them heads it, every era listed, the latest first.
        assertThat(page.select(".era-index__item:not(.era-index__item--outside)"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select(".key-facts dt:containsOwn(Diplomatic relations established) + dd")
                        .text())
                .isEqualTo("23 March 1962 (the event)");
        assertThat(page.select(".key-facts dd a:containsOwn(the event)").attr("href"))
                .isEqualTo("/shipped/entries/1962/soviet-union-algeria-diplomatic-relations/");
        List<org.jsoup.nodes.Element> facts = page.select(".key-facts dd:has(.key-facts__source)");
        assertThat(facts)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(dd ->
                        assertThat(dd.select(".key-facts__source cite").text()).isNotBlank());
        assertThat(org.jsoup.Jsoup.parse(site.resolve("pages/about/index.html").toFile(), "UTF-8")
                        .select("h2")
                        .eachText())
                .containsExactly("What this site is", "How entries are sourced", "Proposing a correction");
    }
}
