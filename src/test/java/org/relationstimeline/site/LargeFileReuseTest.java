package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.text.Hashes;

/**
 * A large file known by its content is compared byte for byte with the previous site's instead of
 * being hashed: whatever the shortcut, the site holds exactly what was written, and the manifest
 * lists the true hash of it when every file is hashed (as {@code --verify-output} builds do), or
 * lists it unhashed.
 */
class LargeFileReuseTest {
    @TempDir
    Path dir;

    private static final String FILE = "data/big.json";

    private static String large(char c) {
        return String.valueOf(c).repeat(StagingFolder.COMPARE_FROM * 3);
    }

    private boolean hashEveryFile;

    private Path build(String content) throws Exception {
        return build(content, hashEveryFile);
    }

    private Path build(String content, boolean hashed) throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            if (hashed) w.hashEveryFile();
            w.write("index.html", "<p>home</p>", "inputs-1");
            w.write(FILE, content, null);
            w.commit("fp-" + Hashes.of(content));
        }
        return out;
    }

    private static String listedHash(Path out) throws Exception {
        return SiteManifest.of(out).files().get(FILE).content();
    }

    private String expectedHash(String content) {
        return hashEveryFile ? Hashes.of(content.getBytes(StandardCharsets.UTF_8)) : SiteManifest.Row.UNHASHED;
    }

    private static Object inode(Path file) throws Exception {
        return Files.getAttribute(file, "unix:ino");
    }

    @ParameterizedTest(name = "every file hashed: {0}")
    @ValueSource(booleans = {true, false})
    void anUnchangedLargeFileIsSharedAndListedWithItsHash(boolean hashed) throws Exception {
        hashEveryFile = hashed;
        Path out = build(large('a'));
        build(large('a')); // a second generation, so the staging folder is recycled from now on
        Object before = inode(out.resolve(FILE));
        build(large('a'));
        assertThat(inode(out.resolve(FILE))).isEqualTo(before);
        assertThat(Files.readString(out.resolve(FILE))).isEqualTo(large('a'));
        assertThat(listedHash(out)).isEqualTo(expectedHash(large('a')));
    }

    @ParameterizedTest(name = "every file hashed: {0}")
    @ValueSource(booleans = {true, false})
    void aChangedLargeFileOfTheSameSizeIsWrittenWithItsNewHash(boolean hashed) throws Exception {
        hashEveryFile = hashed;
        Path out = build(large('a'));
        build(large('a'));
        build(large('b'));
        assertThat(Files.readString(out.resolve(FILE))).isEqualTo(large('b'));
        assertThat(listedHash(out)).isEqualTo(expectedHash(large('b')));
    }

    @ParameterizedTest(name = "every file hashed: {0}")
    @ValueSource(booleans = {true, false})
    void aLargeFileEditedByHandIsReplacedWithWhatTheBuildMakes(boolean hashed) throws Exception {
        hashEveryFile = hashed;
        Path out = build(large('a'));
        build(large('a'));
        // Same size, other bytes: the manifest's row still matches its size, but not its content.
        Files.writeString(out.resolve(FILE), large('x'));
        build(large('a'));
        assertThat(Files.readString(out.resolve(FILE))).isEqualTo(large('a'));
        assertThat(listedHash(out)).isEqualTo(expectedHash(large('a')));
    }

    @Test
    void aBuildThatHashesEveryFileHashesTheLargeFilesItKeepsUnhashed() throws Exception {
        Path out = build(large('a'), false);
        build(large('a'), false);
        assertThat(listedHash(out)).isEqualTo(SiteManifest.Row.UNHASHED);
        Object before = inode(out.resolve(FILE));
        build(large('a'), true);
        assertThat(inode(out.resolve(FILE))).as("kept, not written again").isEqualTo(before);
        assertThat(listedHash(out)).isEqualTo(Hashes.of(large('a').getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnhashedRowNeverVouchesForContent() throws Exception {
        Path out = build(large('a'), false);
        SiteManifest.Row row = SiteManifest.of(out).files().get(FILE);
        assertThat(row.isHashed()).isFalse();
        assertThat(row.holdsContent(out.resolve(FILE)))
                .as("--verify-output believes only hashed rows")
                .isFalse();
    }
}
