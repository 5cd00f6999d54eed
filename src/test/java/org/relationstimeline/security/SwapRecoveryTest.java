package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.site.SiteManifest;
import org.relationstimeline.site.SiteWriter;
import org.relationstimeline.site.StateFiles;
import org.relationstimeline.testing.TestProject;

/**
 * The swap itself takes microseconds, so random kills rarely land in it; these tests put the
 * folders of its state folder in each state a kill during the swap can leave (StateFiles:
 * staging, previous; the manifest is written last) and check that the next writer finishes or undoes it.
 */
class SwapRecoveryTest {
    @TempDir
    Path dir;

    TestProject project;
    Map<String, String> siteA;
    Map<String, String> siteB;

    @BeforeEach
    void twoGenerations() throws IOException {
        project = TestProject.empty(dir);
        project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        assertThat(project.build().exitCode()).isZero();
        siteA = KilledBuildTest.snapshot(project.site());
        project.write("entries/b.md", "---\ntitle: Second\ndate: 2023-02-01\ncountries: [RU, EG]\n---\nTwo.\n");
        project.write("entries/a.md", "---\ntitle: First, revised\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        assertThat(project.build().exitCode()).isZero();
        siteB = KilledBuildTest.snapshot(project.site());
        assertThat(siteB).isNotEqualTo(siteA);
        assertThat(KilledBuildTest.snapshot(old()))
                .as("the previous generation is kept")
                .isEqualTo(siteA);
    }

    private Path staging() {
        return new StateFiles(project.site()).staging();
    }

    private Path old() {
        return new StateFiles(project.site()).previous();
    }

    private void openAndClose() throws Exception {
        try (SiteWriter writer = SiteWriter.open(project.site())) {
            assertThat(writer).isNotNull();
        }
    }

    @Test
    void killedBetweenTheTwoRenamesTheNewSiteIsPutInPlace() throws Exception {
        // commit by two renames: manifest written, site -> previous done, staging -> site not yet.
        Files.move(project.site(), staging());
        openAndClose();
        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(siteB);
    }

    @Test
    void stagedSiteWithoutItsManifestIsNeverPublished() throws Exception {
        // No site, and a staging folder that never got its manifest: the old generation comes back.
        Files.move(project.site(), staging());
        Files.delete(staging().resolve(SiteManifest.FILE));
        openAndClose();
        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(siteA);
    }

    @Test
    void completeStagingBeforeTheSwapIsDiscardedAndTheSiteKept() throws Exception {
        // Killed after the manifest was written but before any rename: the site is untouched.
        Files.createDirectories(staging());
        Files.writeString(staging().resolve(SiteManifest.FILE), "index.html\tx\ty\n");
        Files.writeString(staging().resolve("index.html"), "half a site");
        openAndClose();
        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(siteB);
        assertThat(project.build().exitCode()).isZero();
        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(siteB);
    }

    @Test
    void halfWrittenStagingIsDroppedByTheNextBuild() throws Exception {
        Files.createDirectories(staging().resolve("entries"));
        Files.writeString(staging().resolve("entries/stray.html"), "left by a killed build");
        project.write("entries/c.md", "---\ntitle: Third\ndate: 2023-03-01\ncountries: [RU, FR]\n---\nThree.\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.site().resolve("entries/stray.html")).doesNotExist();
        assertThat(project.site().resolve("entries/2023/c/index.html")).isRegularFile();
        assertThat(staging()).doesNotExist();
    }

    @Test
    void tamperedFileInTheOldGenerationIsNotRecycledIntoTheNewSite() throws Exception {
        // The previous generation is recycled as staging: a file changed there behind the
        // generator's back must not survive into the next site just because its manifest row matches.
        // 404.html is the same in every generation, so its manifest row always matches.
        assertThat(siteA.get("404.html")).isEqualTo(siteB.get("404.html"));
        Path stale = old().resolve("404.html");
        Files.delete(stale);
        Files.writeString(stale, "tampered");
        project.write("entries/c.md", "---\ntitle: Third\ndate: 2023-03-01\ncountries: [RU, FR]\n---\nThree.\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(Files.readString(project.site().resolve("404.html"))).doesNotContain("tampered");
    }

    @Test
    void killedAfterTheExchangeTheOldSiteBecomesThePreviousGeneration() throws Exception {
        // commit with an exchange: site and staging traded places, the rename of the old site to
        // previous not yet done. The site is whole; the old one is kept for recycling.
        NoFollow.deleteTree(old());
        Files.move(project.site(), staging());
        TestProject.copyTree(
                staging(), project.site()); // the seal covers the manifest's text, so a copy is still sealed
        openAndClose();
        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(siteB);
        assertThat(KilledBuildTest.snapshot(old())).isEqualTo(siteB);
        assertThat(staging()).doesNotExist();
    }
}
