package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's fingerprint follows what its jar holds, not when the jar was built. */
class GeneratorVersionTest {
    @TempDir
    Path dir;

    private Path jar(String name, long entryTime, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(entryTime);
                out.putNextEntry(entry);
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(entryTime));
        return file;
    }

    @Test
    void theSameCodeBuiltAtAnotherTimeKeepsItsFingerprint() throws IOException {
        Path first = jar("a.jar", 1_600_000_000_000L, Map.of("org/x/A.class", "code", "META-INF/maven/p", "built 1"));
        Path again = jar("b.jar", 1_700_000_000_000L, Map.of("org/x/A.class", "code", "META-INF/maven/p", "built 2"));

        assertThat(GeneratorVersion.fingerprintOf(again)).isEqualTo(GeneratorVersion.fingerprintOf(first));
    }

    @Test
    void anyChangedClassOrResourceChangesIt() throws IOException {
        Path first = jar("a.jar", 1_600_000_000_000L, Map.of("org/x/A.class", "code", "theme/page.peb", "x"));
        Path changedClass = jar("b.jar", 1_600_000_000_000L, Map.of("org/x/A.class", "cod3", "theme/page.peb", "x"));
        Path changedTheme = jar("c.jar", 1_600_000_000_000L, Map.of("org/x/A.class", "code", "theme/page.peb", "y"));
        Path added = jar(
                "d.jar",
                1_600_000_000_000L,
                Map.of("org/x/A.class", "code", "theme/page.peb", "x", "org/x/B.class", ""));

        String fp = GeneratorVersion.fingerprintOf(first);
        assertThat(GeneratorVersion.fingerprintOf(changedClass)).isNotEqualTo(fp);
        assertThat(GeneratorVersion.fingerprintOf(changedTheme)).isNotEqualTo(fp);
        assertThat(GeneratorVersion.fingerprintOf(added)).isNotEqualTo(fp);
    }
}
