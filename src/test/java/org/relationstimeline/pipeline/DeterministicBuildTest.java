package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Two builds of the same input give the same bytes: no build time stamps, a stable order everywhere. */
class DeterministicBuildTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    private static List<String> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> differences(Path a, Path b) throws IOException {
        List<String> diff = new ArrayList<>();
        List<String> filesA = files(a);
        List<String> filesB = files(b);
        if (!filesA.equals(filesB)) diff.add("file lists differ: " + filesA + " vs " + filesB);
        for (String f : filesA) {
            if (filesB.contains(f) && Files.mismatch(a.resolve(f), b.resolve(f)) != -1) diff.add(f);
        }
        return diff;
    }

    @Test
    void twoBuildsOfTheSameInputIntoTwoFoldersAreByteIdentical() throws IOException {
        Path first = dir.resolve("out-one/site");
        Path second = dir.resolve("out-two/public");
        assertThat(project.build("--out", first.toString()).exitCode()).isZero();
        assertThat(project.build("--out", second.toString()).exitCode()).isZero();
        assertThat(files(first))
                .contains(
                        "index.html",
                        "sitemap.xml",
                        "feed.xml",
                        "data/entries.json",
                        "data/entries.csv",
                        "relations/algeria-russia/index.json",
                        "relations/algeria-russia/feed.xml",
                        "404.html",
                        "robots.txt");
        assertThat(differences(first, second)).isEmpty();
    }

    @Test
    void aBuildWithContentFilesWrittenInAnotherOrderGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("one");
        assertThat(project.build("--out", first.toString()).exitCode()).isZero();
        // Recreate every content file, newest first, so directory order and timestamps differ.
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(project.content())) {
            sources = walk.filter(Files::isRegularFile)
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
        }
        for (Path p : sources) {
            byte[] bytes = Files.readAllBytes(p);
            Files.delete(p);
            Files.write(p, bytes);
        }
        Path second = dir.resolve("two");
        assertThat(project.build("--out", second.toString()).exitCode()).isZero();
        assertThat(differences(first, second)).isEmpty();
    }

    @Test
    void noProducedFileMentionsTheDayOfTheBuild() throws IOException {
        assertThat(project.build().exitCode()).isZero();
        List<String> today = List.of(
                LocalDate.now(ZoneOffset.UTC).toString(),
                LocalDate.now(ZoneId.systemDefault()).toString());
        for (String f : files(project.site())) {
            String text = new String(Files.readAllBytes(project.site().resolve(f)), StandardCharsets.UTF_8);
            for (String day : today) assertThat(text).as(f).doesNotContain(day);
        }
    }
}
