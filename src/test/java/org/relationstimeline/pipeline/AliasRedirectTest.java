package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** {@code aliases:}: old addresses of a moved entry answer with a redirect to it. */
class AliasRedirectTest {
    private static final String TALKS = "entries/2023/2023-08-01-defence-talks.md";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    /** Adds {@code aliases: LIST} as line 2 of the defence talks entry. */
    private void aliases(String list) throws Exception {
        Path file = project.content().resolve(TALKS);
        Files.writeString(file, Files.readString(file).replaceFirst("---\n", "---\naliases: " + list + "\n"));
    }

    @Test
    void anOldAddressRedirectsToTheEntry() throws Exception {
        aliases("[/entries/2022/old-talks/, /talks/]");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String old : new String[] {"entries/2022/old-talks/index.html", "talks/index.html"}) {
            Document page = project.page(old);
            assertThat(page.select("meta[http-equiv=refresh]").attr("content"))
                    .isEqualTo("0; url=/timeline/entries/2023/defence-talks/");
            assertThat(page.select("link[rel=canonical]").attr("href"))
                    .isEqualTo("https://example.org/timeline/entries/2023/defence-talks/");
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("body a").attr("href")).isEqualTo("/timeline/entries/2023/defence-talks/");
            assertThat(page.select("body a").text()).isEqualTo("Defence chiefs meet in Moscow");
        }
        assertThat(Files.readString(project.site().resolve("sitemap.xml"))).doesNotContain("old-talks");
    }

    @Test
    void anAliasThatIsTheAddressOfAPageIsAnError() throws Exception {
        aliases("[/relations/algeria-russia/, /entries/2023/defence-talks/]");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(TALKS + ":2:11: error: alias /relations/algeria-russia/ is the address of the page"
                        + " 'Algeria\u2013Russia'")
                .contains(TALKS + ":2:39: error: alias /entries/2023/defence-talks/ is the entry's own address");
        assertThat(project.run("check").err()).contains(TALKS + ":2:11: error: alias /relations/algeria-russia/");
    }

    @Test
    void twoEntriesCannotClaimTheSameOldAddress() throws Exception {
        aliases("[/old/]");
        Path other = project.content().resolve("entries/2023/2023-06-15-partnership-declaration.md");
        Files.writeString(other, Files.readString(other).replaceFirst("---\n", "---\naliases: [/old/]\n"));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("2023-08-01-defence-talks.md:2:11: error: alias /old/ is already an alias of")
                .contains("2023-06-15-partnership-declaration.md");
    }

    @Test
    void anAliasMustBeAPathOfSlugs() throws Exception {
        aliases("[\"/entries/2022/Old Talks/\", \"https://example.org/x/\", old-talks]");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(TALKS + ":2:11: error: alias '/entries/2022/Old Talks/' has the part 'Old Talks'")
                .contains("alias 'https://example.org/x/' is a full address; give only its path")
                .contains("alias 'old-talks' must start with '/'");
    }
}
