package org.relationstimeline.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RT_SEAL_KEY: a CI secret as the seal's key, so state cached between runs can be verified.
 *
 * <p>Otherwise the machine's seal key is kept only in a folder of the user's own that nobody else can write,
 * and never read or written through a link: a key planted there would make every seal worthless.
 * Where the folder is not fit, no key is kept and the run seals with one of its own.
 */
class SealKeyTest {
    private static final String SECRET = "3f1c0a9e5b7d2c4e6f8a0b1c2d3e4f5a";

    @TempDir
    Path dir;

    @Test
    void aLongSecretGivesTheSameKeyEveryTimeAndAnotherSecretAnother() {
        assertThat(Seal.keyFrom(SECRET)).get().isEqualTo(Seal.keyFrom(SECRET).orElseThrow());
        assertThat(Seal.keyFrom(SECRET).orElseThrow()).hasSize(32);
        assertThat(Seal.keyFrom(SECRET + "x").orElseThrow())
                .isNotEqualTo(Seal.keyFrom(SECRET).orElseThrow());
    }

    @Test
    void aShortOrMissingSecretIsIgnored() {
        assertThat(Seal.keyFrom(null)).isEmpty();
        assertThat(Seal.keyFrom("")).isEmpty();
        assertThat(Seal.keyFrom("short-secret")).isEmpty();
        assertThat(Seal.keyFrom("   " + SECRET.substring(1) + "   ")).isEmpty();
    }

    @Test
    void aKeyIsMadeOnceForTheOwnerOnlyAndReadBack() throws Exception {
        Path folder = dir.resolve("relations-timeline");
        byte[] first = Seal.loadOrCreate(folder).orElseThrow();

        assertThat(first).hasSize(32);
        assertThat(Seal.loadOrCreate(folder))
                .hasValueSatisfying(k -> assertThat(k).isEqualTo(first));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("manifest.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }

    @Test
    void aFolderThatIsALinkIsNotUsed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path folder = Files.createSymbolicLink(dir.resolve("relations-timeline"), elsewhere);

        assertThat(Seal.loadOrCreate(folder)).isEmpty();
        try (var inside = Files.list(elsewhere)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void aFolderOthersCanWriteIsNotUsed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("relations-timeline"));
        Files.write(folder.resolve("manifest.key"), new byte[32]);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(Seal.loadOrCreate(folder))
                .as("a key anyone could have planted")
                .isEmpty();
    }

    @Test
    void aKeyFileThatIsALinkIsNotRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("relations-timeline"));
        Path planted = Files.write(dir.resolve("planted.key"), new byte[32]);
        Files.createSymbolicLink(folder.resolve("manifest.key"), planted);

        assertThat(Seal.loadOrCreate(folder)).isEmpty();
    }

    @Test
    void aKeyOthersCanWriteIsNotRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("relations-timeline"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path key = Files.write(folder.resolve("manifest.key"), new byte[32]);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(Seal.loadOrCreate(folder)).isEmpty();
    }
}
