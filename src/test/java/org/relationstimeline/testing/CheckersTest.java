package org.relationstimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkers the site tests rely on do find what they look for. */
class CheckersTest {
    @TempDir
    Path site;

    static final String PAGE =
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>%s</body></html>";

    @Test
    void theHtmlCheckerReportsDuplicateIdsAndMisplacedElements() throws IOException {
        Path bad = Files.writeString(site.resolve("bad.html"), PAGE.formatted("<p id=a>x</p><p id=a><div>y</div></p>"));
        Path good = Files.writeString(
                site.resolve("good.html"),
                PAGE.formatted(
                        "<p id=a>x</p>"
                                + "<svg role=\"img\" aria-labelledby=\"t\" viewBox=\"0 0 1 1\"><title id=\"t\">c</title><rect width=\"1\" height=\"1\"/></svg>"));
        HtmlValidator validator = new HtmlValidator();
        assertThat(validator.errors(bad))
                .anyMatch(e -> e.contains("Duplicate ID"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(validator.errors(good)).isEmpty();
    }

    @Test
    void theLinkCheckerFindsMissingFilesAnchorsAndLinksOutsideTheBasePath() throws IOException {
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/index.html"), PAGE.formatted("<p id=here>x</p>"));
        Files.writeString(
                site.resolve("index.html"),
                PAGE.formatted("<a href=\"/sub/a/\">ok</a><a href=\"/sub/a/#here\">ok</a>"
                        + "<a href=\"https://example.org/sub/a/\">own origin</a><a href=\"https://elsewhere.org/x\">external</a>"
                        + "<a href=\"/sub/b/\">missing</a><a href=\"/sub/a/#nowhere\">bad anchor</a><a href=\"/a/\">outside</a>"
                        + "<a href=\"a/\">relative</a><script src=\"/sub/app.js\"></script>"));
        SiteLinks links = new SiteLinks(site, "https://example.org/sub/");
        assertThat(links.broken())
                .containsExactly(
                        "index.html -> /sub/b/ (no file b/index.html)",
                        "index.html -> /sub/a/#nowhere (no element with id 'nowhere' on a/index.html)",
                        "index.html -> /a/ (outside the base path /sub/)",
                        "index.html -> a/ (relative links are not used by this site)",
                        "index.html -> /sub/app.js (no file app.js)");
    }
}
