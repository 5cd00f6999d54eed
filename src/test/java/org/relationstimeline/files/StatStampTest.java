package org.relationstimeline.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stamp of files sees, and what it refuses to vouch for. */
class StatStampTest {
    @TempDir
    Path dir;

    Path tree;
    Path config;

    @BeforeEach
    void files() throws IOException {
        tree = Files.createDirectories(dir.resolve("content/entries/2020"));
        old(Files.writeString(tree.resolve("a.md"), "a"));
        old(Files.writeString(tree.resolve("b.md"), "b"));
        config = old(Files.writeString(dir.resolve("site.yaml"), "title: x\n"));
        tree = dir.resolve("content");
    }

    private static Path old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    private Optional<StatStamp> stamp() throws IOException {
        return StatStamp.ofTrees(List.of(tree, config, dir.resolve("missing")));
    }

    @Test
    void theSameFilesGiveTheSameStamp() throws IOException {
        assertThat(stamp()).isPresent().isEqualTo(stamp());
    }

    @Test
    void anEditAnAdditionARemovalOrARenameChangeIt() throws IOException {
        String before = stamp().orElseThrow().digest();
        Path a = tree.resolve("entries/2020/a.md");

        Files.writeString(a, "a, edited");
        old(a);
        String edited = stamp().orElseThrow().digest();
        old(Files.writeString(tree.resolve("entries/2020/c.md"), "c"));
        String added = stamp().orElseThrow().digest();
        Files.move(tree.resolve("entries/2020/c.md"), tree.resolve("entries/2020/d.md"));
        String renamed = stamp().orElseThrow().digest();
        Files.createDirectories(tree.resolve("entries/2021"));
        String folder = stamp().orElseThrow().digest();

        assertThat(List.of(before, edited, added, renamed, folder)).doesNotHaveDuplicates();
    }

    @Test
    void aFileModifiedJustNowIsComparedByItsBytes() throws IOException {
        Path a = Files.writeString(tree.resolve("entries/2020/a.md"), "fresh");
        // A minute ahead: within the window however slowly this test runs.
        FileTime ahead = FileTime.from(Instant.now().plusSeconds(60));
        Files.setLastModifiedTime(a, ahead);
        StatStamp then = stamp().orElseThrow();
        assertThat(then.racy()).containsOnlyKeys(a.toAbsolutePath().toString());
        assertThat(then.stillHolds(stamp().orElseThrow())).isTrue();

        Files.writeString(a, "fres!"); // the same size and, put back, the same time: only the bytes tell
        Files.setLastModifiedTime(a, ahead);

        assertThat(stamp().orElseThrow().digest()).isEqualTo(then.digest());
        assertThat(then.stillHolds(stamp().orElseThrow())).isFalse();
    }

    @Test
    void aLinkIsNotVouchedFor() throws IOException {
        Files.createSymbolicLink(tree.resolve("entries/link.md"), tree.resolve("entries/2020/b.md"));
        assertThat(stamp()).isEmpty();
    }

    @Test
    void namedPathsCatchAFilePlantedInTheirFolder() throws IOException {
        List<String> paths = List.of("", "entries", "entries/2020", "entries/2020/a.md", "entries/2020/b.md");
        // The folder's time set back, so that the planted file's change of it shows on any clock.
        Files.setLastModifiedTime(
                tree.resolve("entries/2020"), FileTime.from(Instant.now().minusSeconds(3600)));
        String before = StatStamp.ofPaths(tree, paths).orElseThrow();
        assertThat(StatStamp.ofPaths(tree, paths)).contains(before);

        Files.writeString(tree.resolve("entries/2020/planted.js"), "alert(1)");

        assertThat(StatStamp.ofPaths(tree, paths).orElseThrow()).isNotEqualTo(before);
    }

    @Test
    void namedPathsCatchAFileReplacedByACopyWithItsTimesKept() throws IOException {
        List<String> paths = List.of("entries/2020/a.md");
        Path a = tree.resolve("entries/2020/a.md");
        FileTime time = Files.getLastModifiedTime(a);
        String before = StatStamp.ofPaths(tree, paths).orElseThrow();
        Path copy = Files.writeString(dir.resolve("copy.md"), "z");
        Files.setLastModifiedTime(copy, time);
        Files.move(copy, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(Files.getLastModifiedTime(a)).isEqualTo(time);
        assertThat(StatStamp.ofPaths(tree, paths).orElseThrow()).isNotEqualTo(before);
    }

    @Test
    void aTreeTooDeepIsNotStampedRatherThanWalkedWithoutEnd() throws IOException {
        Path deep = tree;
        for (int i = 0; i <= StatStamp.MAX_DEPTH + 1; i++) deep = deep.resolve("d");
        Files.createDirectories(deep);

        assertThat(stamp()).isEmpty();
    }

    @Test
    void racyFilesAreHashedOnlyUpToABudget() throws IOException {
        Path big = tree.resolve("entries/big.bin");
        Files.write(big, new byte[(int) StatStamp.MAX_RACY_BYTES + 1]);
        Files.setLastModifiedTime(big, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(stamp())
                .as("as after a fresh checkout: hashing it all would cost more than it saves")
                .isEmpty();

        old(big);
        assertThat(stamp()).isPresent();
    }
}
