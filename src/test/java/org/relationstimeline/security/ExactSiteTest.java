package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.files.FolderSwap;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.site.SiteManifest;
import org.relationstimeline.testing.TestProject;

/**
 * A successful build leaves exactly the files it planned, also when its inputs did not change,
 * and {@code site/} exists at every moment of the swap.
 */
class ExactSiteTest {
    @TempDir
    Path dir;

    TestProject project;
    Map<String, String> built;

    @BeforeEach
    void builtOnce() throws IOException {
        project = TestProject.empty(dir.resolve("project"));
        project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        assertThat(project.build().exitCode()).isZero();
        built = KilledBuildTest.snapshot(project.site());
    }

    @Test
    void aFilePlantedBetweenBuildsIsGoneAfterABuildWithTheSameInputs() throws IOException {
        Files.writeString(project.site().resolve("planted.html"), "<script>alert(1)</script>");
        Files.writeString(project.site().resolve("entries/planted.js"), "alert(1)");

        assertThat(project.build().exitCode()).isZero();

        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(built);
    }

    @Test
    void aPlantedLinkOrEmptyFolderIsGoneToo() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "token");
        Files.createSymbolicLink(project.site().resolve("secret.txt"), secret);
        Files.createDirectories(project.site().resolve("planted/empty"));

        assertThat(project.build().exitCode()).isZero();

        assertThat(project.site().resolve("secret.txt")).doesNotExist();
        assertThat(project.site().resolve("planted")).doesNotExist();
        assertThat(KilledBuildTest.snapshot(project.site())).isEqualTo(built);
        assertThat(secret).hasContent("token");
    }

    @Test
    void anUnchangedBuildWithNothingPlantedWritesNothing() {
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out() + run.err()).contains(" 0 written");
    }

    @Test
    void aFolderWithAnUnsealedManifestIsNotTakenForASite() throws IOException {
        Path notOurs = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(notOurs.resolve(SiteManifest.FILE), "#site\tx\ty\t-\n");
        Files.writeString(notOurs.resolve("thesis.txt"), "years of work");

        TestProject.Run run = project.build("--out", notOurs.toString());

        assertThat(run.exitCode()).as("a refused --out is a usage error").isEqualTo(2);
        assertThat(run.err()).contains("was not written by relations-timeline");
        assertThat(notOurs.resolve("thesis.txt")).hasContent("years of work");
    }

    @Test
    void theSystemSwapExchangesInOneStepOnLinux() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        assertThat(FolderSwap.system().keepsLiveInPlace()).isTrue();
    }

    /** A watcher that looks for the site all through many swaps never finds it missing. */
    @Test
    void theSiteIsThereThroughoutTheSwap() throws Exception {
        FolderSwap swap = FolderSwap.system();
        assumeTrue(swap.keepsLiveInPlace());
        Path live = Files.createDirectories(dir.resolve("live"));
        Path staged = dir.resolve("staged");
        Path previous = dir.resolve("previous");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                if (!Files.isDirectory(live)) missing.incrementAndGet();
                looks.incrementAndGet();
            }
        });
        watcher.start();
        try {
            for (int i = 0; i < 300; i++) {
                Files.createDirectories(staged);
                Files.writeString(staged.resolve("index.html"), "generation " + i);
                swap.replace(staged, live, previous);
                NoFollow.deleteTree(previous);
            }
        } finally {
            done.set(true);
            watcher.join();
        }
        assertThat(Files.readString(live.resolve("index.html"))).isEqualTo("generation 299");
        assertThat(looks.get()).isPositive();
        assertThat(missing.get()).as("looks that found no site").isZero();
    }
}
