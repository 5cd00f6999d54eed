package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * A build whose inputs and site are as the last build left them answers from that build's record
 * ({@link LastBuild}) without loading anything, and says what the last build said; anything that
 * could make a difference sends it the ordinary way, which makes the same site as a clean build.
 */
class NothingChangedTest {

    @TempDir
    Path dir;

    TestProject project;
    Path theme;
    /** The ordinary build that made the record. */
    TestProject.Run first;

    @BeforeEach
    void builtOnce() throws IOException {
        project = TestProject.empty(dir.resolve("project"));
        theme = project.copyTheme();
        project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne.\n");
        project.write(
                "entries/later.md",
                "---\ntitle: Later\ndate: " + LocalDate.now().plusYears(2) + "\ncountries: [RU, DZ]\n---\nTwo.\n");
        age(project.root(), Duration.ofHours(1));
        first = build();
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("is in the future");
        assertThat(answeredFromRecord(first)).isFalse();
    }

    /** True when {@code --timings} shows the phase of a build answered from the record. */
    private static boolean answeredFromRecord(TestProject.Run run) {
        return run.err().lines().anyMatch(l -> l.matches("unchanged +\\d+ ms"));
    }

    private TestProject.Run build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--templates", theme.toString(), "--timings"));
        args.addAll(List.of(extra));
        return project.build(args.toArray(String[]::new));
    }

    /** Sets every file under the project's sources an {@code ago} back, as files not edited just now are. */
    private static void age(Path root, Duration ago) throws IOException {
        FileTime then = FileTime.from(Instant.now().minus(ago));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.startsWith(root.resolve("site")) || p.startsWith(root.resolve(".rt-cache"))) continue;
                Files.setLastModifiedTime(p, then);
            }
        }
    }

    private Map<String, String> site() {
        return TestProject.fileHashes(project.site());
    }

    private Path record() {
        return project.root().resolve(".rt-cache/build/site/cache/last-build.bin");
    }

    /** The problem lines of a run (without the timings and the summary). */
    private static List<String> problems(TestProject.Run run) {
        return run.err().lines().filter(l -> l.contains(": warning: ")).toList();
    }

    @Test
    void unchangedInputsAreAnsweredFromTheRecordWithTheSameWarnings() throws IOException {
        Map<String, String> before = site();
        TestProject.Run second = build();

        assertThat(second.exitCode()).isZero();
        assertThat(answeredFromRecord(second)).isTrue();
        assertThat(second.out()).contains("built 2 entries into ").contains(" 0 written");
        assertThat(problems(second))
                .as("what the build that made the record said")
                .isNotEmpty()
                .isEqualTo(problems(first));
        assertThat(site()).isEqualTo(before);
    }

    @Test
    void anEditedEntryIsBuilt() throws IOException {
        project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne, edited.\n");
        age(project.content(), Duration.ofMinutes(30));

        TestProject.Run run = build();

        assertThat(answeredFromRecord(run)).isFalse();
        assertThat(project.page("entries/2023/a/index.html").select(".prose").text())
                .isEqualTo("One, edited.");
    }

    @Test
    void aTouchedFileGoesTheOrdinaryWayAndWritesNothing() throws IOException {
        Files.setLastModifiedTime(
                project.content().resolve("entries/a.md"),
                FileTime.from(Instant.now().minusSeconds(600)));

        TestProject.Run run = build();

        assertThat(answeredFromRecord(run)).isFalse();
        assertThat(run.out()).contains(" 0 written");
        assertThat(answeredFromRecord(build()))
                .as("the new record answers the next build")
                .isTrue();
    }

    @Test
    void aFilePlantedInTheSiteIsRemoved() throws IOException {
        Map<String, String> before = site();
        Files.writeString(project.site().resolve("entries/planted.js"), "alert(1)");

        TestProject.Run run = build();

        assertThat(answeredFromRecord(run)).isFalse();
        assertThat(site()).isEqualTo(before);
    }

    @Test
    void aSiteFileEditedByHandIsRestored() throws IOException {
        Map<String, String> before = site();
        Path home = project.site().resolve("index.html");
        FileTime time = Files.getLastModifiedTime(home);
        Files.writeString(home, "defaced");
        Files.setLastModifiedTime(home, time); // only the size tells

        TestProject.Run run = build();

        assertThat(answeredFromRecord(run)).isFalse();
        assertThat(site()).isEqualTo(before);
    }

    @Test
    void foldersNestedVeryDeepTurnTheShortcutOffRatherThanFailTheBuild() throws IOException {
        Path deep = project.content().resolve("notes");
        for (int i = 0; i < 200; i++) deep = deep.resolve("a");
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("x.txt"), "x");
        age(project.root(), Duration.ofHours(1));

        assertThat(build().exitCode()).isZero();
        TestProject.Run again = build();

        assertThat(again.exitCode()).isZero();
        assertThat(answeredFromRecord(again)).isFalse();
    }

    @Test
    void aDeletedSiteIsBuiltAgain() throws IOException {
        Map<String, String> before = site();
        TestProject.deleteTree(project.site());

        assertThat(answeredFromRecord(build())).isFalse();
        assertThat(site()).isEqualTo(before);
    }

    @Test
    void otherOptionsAreAnotherBuild() {
        assertThat(answeredFromRecord(build("--drafts"))).isFalse();
        assertThat(answeredFromRecord(build("--base-url", "https://example.org/x/")))
                .isFalse();
        assertThat(answeredFromRecord(build("--base-url", "https://example.org/x/")))
                .isTrue();
        assertThat(project.page("index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/x/");
    }

    @Test
    void aFileEditedJustNowIsComparedByItsBytes() throws IOException {
        Path a = project.write("entries/a.md", "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne!\n");
        // Dated a minute ahead, so that however slowly the build starts, the edit is within its racy window.
        FileTime ahead = FileTime.from(Instant.now().plusSeconds(60));
        Files.setLastModifiedTime(a, ahead);
        assertThat(answeredFromRecord(build())).isFalse();
        assertThat(answeredFromRecord(build()))
                .as("the same bytes: nothing changed")
                .isTrue();

        // A second edit within the same clock tick: the same size and time, other bytes.
        Files.writeString(a, "---\ntitle: First\ndate: 2023-01-01\ncountries: [RU, DZ]\n---\nOne?\n");
        Files.setLastModifiedTime(a, ahead);
        TestProject.Run run = build();

        assertThat(answeredFromRecord(run)).isFalse();
        assertThat(project.page("entries/2023/a/index.html").select(".prose").text())
                .isEqualTo("One?");
    }

    @Test
    void aLinkAmongTheInputsTurnsTheShortcutOff() throws IOException {
        Files.createSymbolicLink(
                project.content().resolve("entries/b.md"), project.content().resolve("entries/a.md"));
        age(project.root(), Duration.ofHours(1));
        build();

        assertThat(answeredFromRecord(build())).isFalse();
    }

    @Test
    void aRecordNotSealedOnThisMachineIsIgnored() throws IOException {
        assertThat(record()).isRegularFile();
        byte[] bytes = Files.readAllBytes(record());
        bytes[bytes.length - 1] ^= 1; // the seal no longer verifies
        Files.write(record(), bytes);

        TestProject.Run run = build();

        assertThat(run.exitCode()).isZero();
        assertThat(answeredFromRecord(run)).isFalse();
        assertThat(answeredFromRecord(build()))
                .as("rewritten by the ordinary build")
                .isTrue();
    }

    @Test
    void aLinkAtTheRecordIsRefusedNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.bin"), "not a record");
        Files.delete(record());
        Files.createSymbolicLink(record(), elsewhere);

        TestProject.Run run = build();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("last-build.bin is a symbolic link");
        assertThat(elsewhere).hasContent("not a record");
    }
}
