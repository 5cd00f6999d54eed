package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestSealTest {
    @TempDir
    Path dir;

    private Path buildOnce(String fingerprint) throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "<p>home</p>", "inputs-1");
            w.write("a/index.html", "<p>a</p>", "inputs-2");
            w.commit(fingerprint);
        }
        return out;
    }

    @Test
    void ourOwnManifestVouchesForUnchangedFiles() throws Exception {
        Path out = buildOnce("fp");
        try (SiteWriter w = SiteWriter.open(out)) {
            assertThat(w.upToDate("fp")).isTrue();
            assertThat(w.reuse("a/index.html", "inputs-2")).isTrue();
        }
    }

    @Test
    void anAlteredManifestVouchesForNothing() throws Exception {
        Path out = buildOnce("fp");
        Path manifest = out.resolve(SiteManifest.FILE);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replace("inputs-2", "inputs-3"), StandardCharsets.UTF_8);
        try (SiteWriter w = SiteWriter.open(out)) {
            assertThat(w.upToDate("fp")).isFalse();
            assertThat(w.reuse("a/index.html", "inputs-3")).isFalse();
            assertThat(w.reuse("index.html", "inputs-1")).isFalse();
        }
    }

    @Test
    void aFileEditedByHandIsNotReused() throws Exception {
        Path out = buildOnce("fp");
        Files.writeString(out.resolve("a/index.html"), "<p>edited by hand</p>");
        try (SiteWriter w = SiteWriter.open(out)) {
            assertThat(w.upToDate("fp")).isFalse();
            assertThat(w.reuse("a/index.html", "inputs-2")).isFalse();
            assertThat(w.reuse("index.html", "inputs-1")).isTrue();
        }
    }

    @Test
    void aSymbolicLinkInPlaceOfAFileIsNotReused() throws Exception {
        Path out = buildOnce("fp");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "<p>a</p>");
        Files.delete(out.resolve("a/index.html"));
        Files.createSymbolicLink(out.resolve("a/index.html"), secret);
        try (SiteWriter w = SiteWriter.open(out)) {
            assertThat(w.reuse("a/index.html", "inputs-2")).isFalse();
        }
    }
}
