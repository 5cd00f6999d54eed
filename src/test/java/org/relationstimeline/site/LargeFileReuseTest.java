package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationstimeline.text.Hashes;

/**
 * A large file known by its content is compared byte for byte with the previous site's instead of
 * being hashed: whatever the shortcut, the site holds exactly what was written, and the manifest
 * lists the true hash of it when every file is hashed (as {@code --verify-output} builds do), or
 * lists it unhashed. The same holds for a file written as it is made ({@link OutputFile#streamed}),
 * which past {@link StagingFolder#SPILL_FROM} bytes goes through a part file instead of memory.
 */
class LargeFileReuseTest {
    @TempDir
    Path dir;

    private static final String FILE = "data/big.json";

    /** Larger than both thresholds, so a streamed file spills to a part file too. */
    private static String large(char c) {
        return String.valueOf(c).repeat(StagingFolder.SPILL_FROM + StagingFolder.COMPARE_FROM * 3);
    }

    private boolean hashEveryFile;
    /** Whether the large file is given as a text written piece by piece, rather than as bytes. */
    private boolean streamed;

    private Path build(String content) throws Exception {
        return build(content, hashEveryFile);
    }

    private Path build(String content, boolean hashed) throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            if (hashed) w.hashEveryFile();
            w.write("index.html", "<p>home</p>", "inputs-1");
            if (streamed) {
                w.write(
                        FILE,
                        sink -> {
                            for (int i = 0; i < content.length(); i += 1000)
                                sink.write(content, i, Math.min(1000, content.length() - i));
                        },
                        null);
            } else {
                w.write(FILE, content, null);
            }
            w.commit("fp-" + Hashes.of(content));
        }
        assertThat(partFiles(out)).as("no part file is left in the site").isEmpty();
        return out;
    }

    private static java.util.List<Path> partFiles(Path out) throws Exception {
        try (var walk = Files.walk(out.getParent())) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".rt-part"))
                    .toList();
        }
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

    @ParameterizedTest(name = "every file hashed: {0}, streamed: {1}")
    @CsvSource({"true,false", "false,false", "true,true", "false,true"})
    void anUnchangedLargeFileIsSharedAndListedWithItsHash(boolean hashed, boolean streamed) throws Exception {
        hashEveryFile = hashed;
        this.streamed = streamed;
        Path out = build(large('a'));
        build(large('a')); // a second generation, so the staging folder is recycled from now on
        Object before = inode(out.resolve(FILE));
        build(large('a'));
        assertThat(inode(out.resolve(FILE))).isEqualTo(before);
        assertThat(Files.readString(out.resolve(FILE))).isEqualTo(large('a'));
        assertThat(listedHash(out)).isEqualTo(expectedHash(large('a')));
    }

    @ParameterizedTest(name = "every file hashed: {0}, streamed: {1}")
    @CsvSource({"true,false", "false,false", "true,true", "false,true"})
    void aChangedLargeFileOfTheSameSizeIsWrittenWithItsNewHash(boolean hashed, boolean streamed) throws Exception {
        hashEveryFile = hashed;
        this.streamed = streamed;
        Path out = build(large('a'));
        build(large('a'));
        build(large('b'));
        assertThat(Files.readString(out.resolve(FILE))).isEqualTo(large('b'));
        assertThat(listedHash(out)).isEqualTo(expectedHash(large('b')));
    }

    @ParameterizedTest(name = "every file hashed: {0}, streamed: {1}")
    @CsvSource({"true,false", "false,false", "true,true", "false,true"})
    void aLargeFileEditedByHandIsReplacedWithWhatTheBuildMakes(boolean hashed, boolean streamed) throws Exception {
        hashEveryFile = hashed;
        this.streamed = streamed;
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
    void aStreamedTextThatFailsLeavesNoPartFileAndTheSiteAsItWas() throws Exception {
        streamed = true;
        Path out = build(large('a'));
        try (SiteWriter w = SiteWriter.open(out)) {
            assertThatThrownBy(() -> w.write(
                            FILE,
                            sink -> {
                                sink.write(large('b'));
                                throw new java.io.IOException("disk full");
                            },
                            null))
                    .hasMessage("disk full");
        }
        assertThat(partFiles(out)).isEmpty();
        assertThat(Files.readString(out.resolve(FILE))).isEqualTo(large('a'));
    }

    @Test
    void aSmallStreamedTextIsHashedLikeBytes() throws Exception {
        streamed = true;
        Path out = build("{}");
        assertThat(listedHash(out)).isEqualTo(Hashes.of("{}".getBytes(StandardCharsets.UTF_8)));
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
