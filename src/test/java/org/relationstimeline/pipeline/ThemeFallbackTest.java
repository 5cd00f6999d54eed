package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * The default theme ships in the jar and a project's theme folder overrides it file by file
 * (issue 10): one changed partial is all a restyled card needs, a project without templates/ builds
 * as if it had the whole default theme, and the folder is still read as contributed files.
 */
class ThemeFallbackTest {
    private static final String CARD = "<li class=\"entry-card\"";
    private static final String CARD_PARTIAL = "partials/entry-card.peb";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void projectWithoutTemplates() {
        project = TestProject.copy("basic", dir.resolve("project"));
    }

    /** A successful build's report and the theme files it took from the project instead of the default theme. */
    private record Built(BuildReport report, List<String> overrides) {}

    /** Builds the project's own layout (templates/ used when it exists), as the command line does from the project folder. */
    private Built build(Path out) {
        SiteBuild build = new SiteBuild(BuildOptions.standard(project.root()).withOut(out), SiteBuild.Progress.NONE);
        BuildReport report = build.run();
        assertThat(report.committed()).as(report.problems().toString()).isTrue();
        return new Built(report, build.themeOverrides());
    }

    /** The default theme's entry card, with {@code data-theme="mark"} added to every card it renders. */
    private static String markedCard(String mark) {
        return read(TestProject.THEME.resolve(CARD_PARTIAL)).replace(CARD, CARD + marker(mark));
    }

    private static String marker(String mark) {
        return " data-theme=\"" + mark + "\"";
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry card's data-theme value, over all pages of a site (empty string for an unmarked card). */
    private static List<String> cardMarks(Path site, List<String> pages) {
        List<String> marks = new ArrayList<>();
        for (String page : pages) {
            for (Element card : Jsoup.parse(read(site.resolve(page))).select("li.entry-card"))
                marks.add(card.attr("data-theme"));
        }
        return marks;
    }

    @Test
    void aTemplatesFolderHoldingOnlyOneChangedPartialBuildsAndEveryPageUsesThePartial() {
        Path overrides = dir.resolve("my-theme");
        write(overrides.resolve(CARD_PARTIAL), markedCard("mine"));

        TestProject.Run run = project.build("--templates", overrides.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Could not find template");
        assertThat(run.out()).contains("theme: 1 file overrides the default theme: " + CARD_PARTIAL);
        List<String> pagesWithCards = new ArrayList<>();
        for (String page : project.htmlFiles()) {
            List<Element> cards = project.page(page).select("li.entry-card");
            assertThat(cards)
                    .as(page)
                    .allSatisfy(card -> assertThat(card.attr("data-theme")).isEqualTo("mine"));
            if (!cards.isEmpty()) pagesWithCards.add(page);
        }
        // The card is included by home.peb directly and through year-groups.peb by the list pages.
        assertThat(pagesWithCards)
                .contains(
                        "index.html",
                        "relations/algeria-russia/index.html",
                        "countries/russia/index.html",
                        "topics/trade/index.html",
                        "years/2023/index.html");
        // The rest is the default theme's: without the marker, every page is what the default theme alone makes.
        Path plain = dir.resolve("plain");
        build(plain);
        assertThat(project.htmlFiles())
                .isNotEmpty()
                .allSatisfy(
                        page -> assertThat(read(project.site().resolve(page)).replace(marker("mine"), ""))
                                .as(page)
                                .isEqualTo(read(plain.resolve(page))));
    }

    @Test
    void anAssetOverrideIsPublishedInsteadOfTheDefaultAndANewAssetBesideTheDefaults() {
        Path overrides = dir.resolve("my-theme");
        String css = "body { color: rebeccapurple; }\n";
        write(overrides.resolve("assets/style.css"), css);
        write(overrides.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        TestProject.Run run = project.build("--templates", overrides.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .as("an added file overrides nothing")
                .contains("theme: 1 file overrides the default theme: assets/style.css\n");
        assertThat(read(project.site().resolve("assets/style.css"))).isEqualTo(css);
        assertThat(project.site().resolve("assets/logo.svg")).exists();
        assertThat(read(project.site().resolve("assets/search.js")))
                .isEqualTo(read(TestProject.THEME.resolve("assets/search.js")));
        assertThat(project.page("index.html").select("link[rel=stylesheet]").attr("href"))
                .endsWith("/assets/style.css");
    }

    @Test
    void aProjectWithoutTemplatesBuildsTheSameBytesAsOneWithAFullCopyOfTheDefaultTheme() {
        Path bare = dir.resolve("bare");
        assertThat(build(bare).overrides()).isEmpty();

        project.copyTheme();
        Path copied = dir.resolve("copied");
        Built withCopy = build(copied);

        assertThat(withCopy.overrides())
                .as("an identical copy of a default file changes nothing, so it is not named")
                .isEmpty();
        assertThat(TestProject.fileHashes(bare))
                .containsKeys("index.html", "assets/style.css", "assets/search.js", "404.html")
                .isEqualTo(TestProject.fileHashes(copied));
    }

    @Test
    void addingEditingAndRemovingAnOverrideEachReRenderOnTheNextBuild() {
        Path site = project.site();
        build(site);
        assertThat(cardMarks(site, project.htmlFiles())).isNotEmpty().containsOnly("");
        Path card = project.root().resolve("templates").resolve(CARD_PARTIAL);

        write(card, markedCard("first"));
        assertThat(build(site).report().written()).isPositive();
        assertThat(cardMarks(site, project.htmlFiles())).containsOnly("first");
        assertThat(build(site).report().written()).as("nothing changed").isZero();

        write(card, markedCard("second"));
        assertThat(build(site).report().written()).isPositive();
        assertThat(cardMarks(site, project.htmlFiles())).containsOnly("second");
        Path clean = dir.resolve("clean");
        build(clean);
        assertThat(TestProject.fileHashes(site))
                .as("incremental equals clean")
                .isEqualTo(TestProject.fileHashes(clean));

        TestProject.deleteTree(project.root().resolve("templates"));
        build(site);
        assertThat(cardMarks(site, project.htmlFiles())).containsOnly("");
    }

    @Test
    void aLinkInTheProjectsOverrideFolderIsRefusedAndNothingIsPublished() throws IOException {
        Path secret = write(dir.resolve("environ"), "GITHUB_TOKEN=ghp_secret_value\n");
        Path partials = Files.createDirectories(project.root().resolve("templates/partials"));
        Files.createSymbolicLink(partials.resolve("entry-card.peb"), secret);

        BuildReport report = new SiteBuild(BuildOptions.standard(project.root()), SiteBuild.Progress.NONE).run();

        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("theme");
            assertThat(p.file()).endsWith("templates/" + CARD_PARTIAL);
            assertThat(p.message()).contains("symbolic link");
        });
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void aDanglingLinkInPlaceOfTemplatesIsReportedNotPassedOver() throws IOException {
        Files.createSymbolicLink(project.root().resolve("templates"), dir.resolve("nowhere"));

        BuildReport report = new SiteBuild(BuildOptions.standard(project.root()), SiteBuild.Progress.NONE).run();

        assertThat(report.committed()).isFalse();
        assertThat(report.problems())
                .anySatisfy(p -> assertThat(p.message()).contains("templates folder does not exist"));
    }

    @Test
    void aMistakeInAnOverrideIsReportedOnceAtTheProjectsFile() {
        Path overrides = dir.resolve("my-theme");
        write(overrides.resolve(CARD_PARTIAL), "<li>\n{% if %}\n</li>\n");

        TestProject.Run run = project.build("--templates", overrides.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains(": error:")).toList())
                .as(run.err())
                .singleElement()
                .asString()
                .startsWith(overrides.resolve(CARD_PARTIAL) + ":2: error:");
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void aMistakeThatSurfacesInADefaultFileNamesTheDefaultThemesFile() {
        Path overrides = dir.resolve("my-theme");
        // The default pagination partial reads fields an entry does not have.
        write(
                overrides.resolve(CARD_PARTIAL),
                "{% include \"partials/pagination.peb\" with {\"pagination\": entry} %}\n");

        TestProject.Run run = project.build("--templates", overrides.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("(default theme) partials/pagination.peb:1: error:")
                .doesNotContain(TestProject.THEME.toString());
    }
}
