package org.relationstimeline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
    @TempDir
    Path dir;

    @Test
    void aHeldLockIsRefusedUntilItIsClosed() throws Exception {
        Path file = dir.resolve("lock");
        Optional<LockFile> first = LockFile.tryTake(file);
        assertThat(first).isPresent();
        assertThat(LockFile.tryTake(file)).isEmpty();
        first.get().close();
        try (LockFile again = LockFile.tryTake(file).orElseThrow()) {
            assertThat(file).isRegularFile();
        }
    }

    @Test
    void aLinkAtTheLockIsRefusedAndItsTargetUntouched() throws Exception {
        Path target = dir.resolve("elsewhere");
        Path link = Files.createSymbolicLink(dir.resolve("lock"), target);
        assertThatThrownBy(() -> LockFile.tryTake(link)).isInstanceOf(NoFollow.LinkFoundException.class);
        assertThat(target).doesNotExist();
    }
}
