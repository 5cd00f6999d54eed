package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteManifestTest {
    @TempDir
    Path dir;

    private static final Map<String, SiteManifest.Row> FILES = Map.of(
            "index.html",
            new SiteManifest.Row("in-1", "hash-1", 11),
            "a/index.html",
            new SiteManifest.Row("in-2", "hash-2", 8));

    @Test
    void whatIsWrittenIsReadBackUnderTheSeal() throws Exception {
        SiteManifest.write(dir, "site-fp", FILES);
        SiteManifest read = SiteManifest.of(dir);
        assertThat(read.isSealed()).isTrue();
        assertThat(read.siteFingerprint()).contains("site-fp");
        assertThat(read.files()).isEqualTo(FILES);
        assertThat(SiteManifest.isSealedSite(dir)).isTrue();
    }

    @Test
    void aMissingUnsealedOrAlteredManifestVouchesForNothing() throws Exception {
        assertThat(SiteManifest.of(dir)).isSameAs(SiteManifest.NONE);
        SiteManifest.write(dir, "site-fp", FILES);
        Path file = dir.resolve(SiteManifest.FILE);
        Files.writeString(file, Files.readString(file).replace("hash-2", "hash-3"));
        assertThat(SiteManifest.of(dir).isSealed()).isFalse();
        Files.writeString(file, "#site\tx\ty\t-\nindex.html\tx\ty\t1\n");
        assertThat(SiteManifest.of(dir).files()).isEmpty();
        assertThat(SiteManifest.isSealedSite(dir)).isFalse();
    }

    @Test
    void theManifestAlreadyReadIsKeptUntilAnotherTakesItsPlace() throws Exception {
        SiteManifest.write(dir, "first", FILES);
        SiteManifest seen = SiteManifest.of(dir);
        assertThat(seen.stillIn(dir)).isSameAs(seen);

        // A build swapping in a new site brings a new file, never one rewritten in place.
        Files.delete(dir.resolve(SiteManifest.FILE));
        SiteManifest.write(dir, "second", Map.of());
        assertThat(seen.stillIn(dir).siteFingerprint()).contains("second");

        Files.delete(dir.resolve(SiteManifest.FILE));
        assertThat(seen.stillIn(dir)).isSameAs(SiteManifest.NONE);
        assertThat(SiteManifest.NONE.stillIn(dir)).isSameAs(SiteManifest.NONE);
    }

    @Test
    void theExactSiteCheckAcceptsOnlyTheListedFiles() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("index.html"), "<p>home</p>");
        Files.writeString(dir.resolve("a/index.html"), "<p>a</p>");
        SiteManifest.write(
                dir,
                "fp",
                Map.of(
                        "index.html",
                        new SiteManifest.Row("i", "h", 11),
                        "a/index.html",
                        new SiteManifest.Row("i", "h", 8)));
        SiteManifest manifest = SiteManifest.of(dir);
        assertThat(manifest.isExactlyIn(dir)).isTrue();
        Files.createDirectories(dir.resolve("planted"));
        assertThat(manifest.isExactlyIn(dir)).isFalse();
        Files.delete(dir.resolve("planted"));
        Files.writeString(dir.resolve("a/index.html"), "<p>edited</p>");
        assertThat(manifest.isExactlyIn(dir)).isFalse();
    }
}
