package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.site.SiteWriter;

/**
 * The last line of defence: whatever output path an extra output or a future page kind asks
 * for, the writer refuses any that would land outside the folder it is building.
 */
class SiteWriterEscapeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../escaped.html",
                "../../escaped.html",
                "/tmp/escaped.html",
                "a/../../escaped.html",
                "a/b/../../../escaped.html",
                "..",
                ".",
                "",
                "./",
                "a/..",
                "escaped\u0000.html"
            })
    void escapingOutputPathIsRefused(String file) throws Exception {
        Path out = dir.resolve("deep/site");
        try (SiteWriter writer = SiteWriter.open(out)) {
            assertThatThrownBy(() -> writer.write(file, "x", "inputs")).isInstanceOf(IllegalArgumentException.class);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.filter(Files::isRegularFile)
                            .map(p -> dir.relativize(p).toString()))
                    .allSatisfy(p -> assertThat(p).startsWith("deep/"))
                    .noneMatch(p -> p.contains("escaped"));
        }
        assertThat(Path.of("/tmp/escaped.html")).doesNotExist();
    }

    @Test
    void backslashesAreOneNameOnThisSystemAndStayInside() throws IOException, SiteWriter.BusyException {
        Path out = dir.resolve("site");
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write("..\\..\\escaped.html", "x", "inputs");
            assertThat(writer.stagingFolder().resolve("..\\..\\escaped.html")).isRegularFile();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.filter(p -> p.getFileName().toString().contains("escaped")))
                    .as("nothing was committed, so nothing remains")
                    .isEmpty();
        }
    }
}
