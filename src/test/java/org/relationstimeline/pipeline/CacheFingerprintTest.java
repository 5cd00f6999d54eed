package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * The entry cache is stamped with the config file's bytes: a change that the parsed config's text
 * form would not show (a party's alias) still empties it. Modification times are set far into the
 * past, so the cache's stat shortcut, not its racy-clean re-hash, is what is tested.
 */
class CacheFingerprintTest {
    @TempDir
    Path dir;

    private static void ageAll(Path root) throws IOException {
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, past);
        }
    }

    @Test
    void addingAnAliasToAPartyInTheConfigIsSeenByTheNextBuild() throws IOException {
        TestProject project = TestProject.empty(dir);
        Path config = dir.resolve("site.yaml");
        Files.writeString(config, "parties:\n  - code: EU\n    name: European Union\n");
        project.write("entries/a.md", "---\ntitle: Summit\ndate: 2023-01-01\ncountries: [RU, Union]\n---\nOne.\n");
        ageAll(project.content());
        TestProject.Run first = project.build();
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.err()).contains("Union");

        Files.writeString(config, "parties:\n  - code: EU\n    name: European Union\n    aliases: [Union]\n");
        ageAll(dir);

        TestProject.Run second = project.build();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(project.site().resolve("entries/2023/a/index.html")).isRegularFile();
    }
}
