package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.testing.TestProject.Run;

/**
 * {@code check} keeps a cache of the files it parsed in the project's {@code .rt-cache/check/}, so
 * a second run reads only what changed. Whatever the cache holds, check reports what the files say
 * now; a link committed where the cache goes is not followed. Check runs in its own JVM here, since
 * the project is the folder it runs in.
 */
@Slow
class CheckCacheTest {
    @TempDir
    Path dir;

    private TestProject project;

    private static final String GOOD = "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n"
            + "sources:\n  - title: A report\n    publisher: Reuters\n    date: 2023-01-02\n---\nOne.\n";

    @BeforeEach
    void project() {
        project = TestProject.empty(dir.resolve("project"));
        project.write("entries/a.md", GOOD);
        project.write("entries/b.md", GOOD.replace("First", "Second"));
    }

    private Run check() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "check",
                        "--content",
                        "content")
                .directory(project.root().toFile());
        return TestProject.runProcess(pb, dir);
    }

    private List<Path> shards() throws IOException {
        Path folder = project.root().resolve(".rt-cache/check");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches("entries-\\d\\d\\.bin"))
                    .toList();
        }
    }

    @Test
    void aSecondRunReportsTheSameFromItsCacheAndAnEditIsSeen() throws Exception {
        Run first = check();
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("source 'A report' has no URL");
        assertThat(shards()).isNotEmpty();

        Run second = check();
        assertThat(second).isEqualTo(first);

        project.write("entries/b.md", GOOD.replace("date: 2023-01-01", "date: 2023-13-01"));
        Run edited = check();
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.err()).contains("content/entries/b.md:3:");
        assertThat(edited.err()).contains("checked 2 file(s): 1 error(s)");
    }

    @Test
    void aConfigChangeIsSeenByFilesTheCacheKnows() throws Exception {
        project.write("entries/a.md", GOOD.replace("countries: [RU, DZ]", "countries: [RU, DZ]\ntopics: [trade]"));
        Files.writeString(project.root().resolve("site.yaml"), "title: T\ntopics:\n  trade: Trade\n");
        assertThat(check().exitCode()).isZero();

        Files.writeString(project.root().resolve("site.yaml"), "title: T\ntopics:\n  energy: Energy\n");
        Run run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/entries/a.md:").contains("trade");
    }

    @Test
    void aDamagedCacheIsNotBelieved() throws Exception {
        Run first = check();
        for (Path shard : shards()) Files.write(shard, new byte[] {1, 2, 3});

        assertThat(check()).isEqualTo(first);
    }

    @Test
    void aLinkWhereTheCacheGoesIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(project.root().resolve(".rt-cache"));
        Files.createSymbolicLink(project.root().resolve(".rt-cache/check"), elsewhere);

        Run run = check();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("checked 2 file(s): 0 error(s), 2 warning(s)");
        assertThat(run.err()).contains(".rt-cache/check is a symbolic link").contains("check ran without its cache");
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).as("nothing written through the link").isEmpty();
        }
    }

    /** Sets the project's files an {@code ago} back, as files not edited just now are. */
    private void age(java.time.Duration ago) throws IOException {
        java.nio.file.attribute.FileTime then =
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(ago));
        try (Stream<Path> walk = Files.walk(project.content())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, then);
        }
    }

    private Path lastCheck() {
        return project.root().resolve(".rt-cache/check/last-check.bin");
    }

    /**
     * With nothing changed since the last check, as stat sees the files, check reports what it
     * found then without reading a file. Shown by a profile (which the entry cache does not keep)
     * rewritten behind check's back with its size and time kept: as make and ninja, check goes by
     * the stat, and an editor's save changes the time.
     */
    @Test
    void anUnchangedProjectIsAnsweredFromTheLastCheck() throws Exception {
        Path profile = project.write("countries/algeria.md", "---\nsummary: x\n---\n");
        age(java.time.Duration.ofHours(1));
        Run first = check();
        assertThat(first.exitCode()).isZero();
        assertThat(lastCheck()).isRegularFile();

        rewriteKeepingSizeAndTime(profile, "---\nsummarx: x\n---\n");
        assertThat(check()).isEqualTo(first);

        Files.setLastModifiedTime(
                profile,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));
        assertThat(check().err()).contains("unknown profile key 'summarx'");
    }

    private static void rewriteKeepingSizeAndTime(Path file, String text) throws IOException {
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        assertThat(text.length()).isEqualTo(Files.size(file));
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aFileEditedJustNowIsComparedByItsBytes() throws Exception {
        // Dated a minute ahead, so that however slowly check starts, the edit is within its racy window.
        Path profile = project.write("countries/algeria.md", "---\nsummary: x\n---\n");
        age(java.time.Duration.ofMinutes(-1));
        Run first = check();
        assertThat(first.exitCode()).isZero();
        assertThat(lastCheck()).isRegularFile();

        rewriteKeepingSizeAndTime(profile, "---\nsummarx: x\n---\n");

        assertThat(check().err()).contains("unknown profile key 'summarx'");
    }

    @Test
    void aRecordNotSealedHereIsNotBelieved() throws Exception {
        Path profile = project.write("countries/algeria.md", "---\nsummary: x\n---\n");
        age(java.time.Duration.ofHours(1));
        check();
        byte[] bytes = Files.readAllBytes(lastCheck());
        bytes[bytes.length - 1] ^= 1;
        Files.write(lastCheck(), bytes);
        rewriteKeepingSizeAndTime(profile, "---\nsummarx: x\n---\n");

        assertThat(check().err()).contains("unknown profile key 'summarx'");
    }
}
