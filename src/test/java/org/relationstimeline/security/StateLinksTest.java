package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.serve.PreviewServer;
import org.relationstimeline.testing.TestProject;

/**
 * A pull request can commit a symbolic link (and, with {@code git add -f}, an ignored file) at any
 * place the generator keeps its own state beside the site. None is followed: each is an error
 * naming the link, the link's target is left as it was, and the previous site stays.
 */
class StateLinksTest {
    /** The state folder of the output folder {@code site/}. */
    private static final String STATE = ".rt-cache/build/site/";

    private static final String HOSTILE =
            "---\ntitle: Hostile\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\n" + "<script>alert(1)</script> body\n";

    @TempDir
    Path dir;

    TestProject project;
    Path theme;
    Path victim;

    @BeforeEach
    void projectWithPrivateTheme() throws IOException {
        project = TestProject.empty(dir.resolve("project"));
        project.write("entries/a.md", HOSTILE);
        theme = project.copyTheme();
        victim = theme.resolve("partials/breadcrumbs.peb");
    }

    private TestProject.Run build() {
        return project.build("--templates", theme.toString());
    }

    private Path beside(String name) {
        return project.root().resolve(name);
    }

    @Test
    void aLinkAtTheCacheDraftIsRefusedAndItsTargetKept() throws IOException {
        byte[] before = Files.readAllBytes(victim);
        Files.createDirectories(beside(STATE + "cache"));
        Files.createSymbolicLink(beside(STATE + "cache/entries-00.bin.tmp"), victim);

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(STATE + "cache/entries-00.bin.tmp").contains("symbolic link");
        assertThat(Files.readAllBytes(victim))
                .as("the theme file behind the link")
                .isEqualTo(before);
        assertThat(project.site()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                STATE + "cache/entries-00.bin",
                STATE + "cache",
                STATE + "lock",
                STATE + "staging",
                STATE + "previous",
                ".rt-cache/build/site",
                ".rt-cache/build",
                ".rt-cache"
            })
    void aLinkAtAnyStatePlaceIsAnErrorNamingIt(String place) throws IOException {
        Path target = dir.resolve("elsewhere/target");
        Files.createDirectories(target.getParent());
        Files.createDirectories(beside(place).getParent());
        Files.createSymbolicLink(beside(place), target);

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(place).contains("symbolic link");
        assertThat(target).as("nothing is made where the link points").doesNotExist();
        assertThat(Files.isSymbolicLink(beside(place)))
                .as("the link is reported, not removed")
                .isTrue();
    }

    @Test
    void aLinkedStatePlaceAfterAGoodBuildLeavesThatSiteAsItWas() throws IOException {
        assertThat(build().exitCode()).isZero();
        List<String> pages = project.htmlFiles();
        Path target = dir.resolve("elsewhere/lock");
        Files.createDirectories(target.getParent());
        Files.delete(beside(STATE + "lock"));
        Files.createSymbolicLink(beside(STATE + "lock"), target);
        project.write("entries/b.md", "---\ntitle: Second\ndate: 2023-02-01\ncountries: [RU, EG]\n---\nTwo.\n");

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(STATE + "lock");
        assertThat(target).doesNotExist();
        assertThat(project.htmlFiles()).isEqualTo(pages);
    }

    @Test
    void theOutputFolderItselfMayNotBeALink() throws IOException {
        Path target = dir.resolve("elsewhere/site");
        Files.createDirectories(target);
        Files.createSymbolicLink(project.site(), target);

        TestProject.Run run = build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("symbolic link");
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void aCacheCopiedFromElsewhereIsNotBelieved() throws IOException {
        assertThat(build().exitCode()).isZero();
        // Forge the cached title, same length so the file still parses: without the seal it would be believed.
        Path cache;
        try (Stream<Path> shards = Files.list(beside(STATE + "cache"))) {
            cache = shards.filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(cache);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Hostile");
        Files.write(cache, text.replace("Hostile", "Forged!").getBytes(StandardCharsets.ISO_8859_1));
        // Any theme change re-renders every page, from the entries the cache gives.
        Files.writeString(theme.resolve("partials/breadcrumbs.peb"), Files.readString(victim) + "\n");

        assertThat(build().exitCode()).isZero();

        assertThat(project.page("index.html").text()).contains("Hostile").doesNotContain("Forged!");
    }

    @Test
    void thePreviewFolderIsNotFollowedEither() throws IOException {
        Path target = dir.resolve("elsewhere/cache");
        Files.createDirectories(target);
        Files.createSymbolicLink(beside(".rt-cache"), target);

        assertThatThrownBy(this::startPreview)
                .isInstanceOf(NoFollow.LinkFoundException.class)
                .hasMessageContaining(".rt-cache")
                .hasMessageContaining("symbolic link");
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void thePreviewLockIsNotFollowed() throws IOException {
        Path target = dir.resolve("elsewhere/serve.lock");
        Files.createDirectories(target.getParent());
        Files.createDirectories(beside(".rt-cache/serve"));
        Files.createSymbolicLink(beside(".rt-cache/serve/serve.lock"), target);

        assertThatThrownBy(this::startPreview)
                .isInstanceOf(NoFollow.LinkFoundException.class)
                .hasMessageContaining("serve.lock");
        assertThat(target).doesNotExist();
    }

    private void startPreview() throws IOException {
        try (PreviewServer server =
                PreviewServer.start(BuildOptions.standard(project.root()), 0, new PrintWriter(new StringWriter()))) {
            assertThat(server).isNotNull();
        }
    }
}
