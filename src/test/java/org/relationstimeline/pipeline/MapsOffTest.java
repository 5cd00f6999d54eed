package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.SiteLinks;
import org.relationstimeline.testing.TestProject;

/** {@code maps: false} in site.yaml: the maps fixture built without a map on any page or asset. */
class MapsOffTest {
    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.copy("maps", dir);
        Path config = project.root().resolve("site.yaml");
        Files.writeString(config, Files.readString(config) + "\nmaps: false\n");
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("maps");
    }

    @Test
    void noPageShowsAMapOrLoadsItsStylesheet() {
        for (String file : new String[] {
            "relations/algeria-russia/index.html", "countries/russia/index.html", "countries/index.html"
        }) {
            Document page = project.page(file);
            assertThat(page.select("figure.map, svg use[href*=maps/]")).as(file).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                    .as(file)
                    .noneMatch(href -> href.endsWith("maps.css"));
            assertThat(page.select("main h1").text()).as(file).isNotBlank();
        }
    }

    @Test
    void theSharedMapAssetsAreLeftOutAndNothingLinksToThem() {
        assertThat(project.site().resolve("assets/maps")).doesNotExist();
        assertThat(project.site().resolve("countries/map.svg")).doesNotExist();
        assertThat(project.site().resolve("countries/russia/map.svg")).doesNotExist();
        assertThat(new SiteLinks(project.site(), "https://example.org/atlas/").broken())
                .isEmpty();
    }
}
