package org.relationstimeline.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.relationstimeline.files.LockFile;
import org.relationstimeline.files.NoFollow;

/**
 * The private folder the preview is built into: {@code .rt-cache/serve/site} in the project, kept
 * between runs so the first build after a restart is incremental too. It is never the published
 * {@code site/}. When another preview of the same project holds it, a temporary folder is used
 * instead and deleted on close.
 */
final class PreviewFolder implements AutoCloseable {
    private final Path site;
    private final Path temporaryRoot;
    /** Held while this preview uses the project's folder; null for a temporary folder. */
    private final LockFile lock;

    private PreviewFolder(Path site, Path temporaryRoot, LockFile lock) {
        this.site = site;
        this.temporaryRoot = temporaryRoot;
        this.lock = lock;
    }

    /**
     * Opens the project's preview folder. The project may come from a pull request, so a link at
     * {@code .rt-cache}, inside it, or at the lock is an error naming it, never followed.
     */
    static PreviewFolder open(Path project) throws IOException {
        Path root = project.toAbsolutePath().normalize();
        Path cache = root.resolve(".rt-cache").resolve("serve");
        try {
            NoFollow.createFolders(root, cache);
            Optional<LockFile> lock = LockFile.tryTake(cache.resolve("serve.lock"));
            if (lock.isPresent()) return new PreviewFolder(cache.resolve("site"), null, lock.get());
        } catch (NoFollow.LinkFoundException e) {
            throw e;
        } catch (IOException e) {
            // A read-only project: fall through to a temporary folder.
        }
        Path temp = Files.createTempDirectory("relations-timeline-serve");
        return new PreviewFolder(temp.resolve("site"), temp, null);
    }

    Path site() {
        return site;
    }

    boolean isTemporary() {
        return temporaryRoot != null;
    }

    @Override
    public void close() throws IOException {
        try {
            if (temporaryRoot != null) NoFollow.deleteTree(temporaryRoot);
        } finally {
            if (lock != null) lock.close();
        }
    }
}
