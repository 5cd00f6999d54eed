package org.relationstimeline.serve;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.site.SiteWriter;

/**
 * The private folder the preview is built into: {@code .rt-cache/serve/site} in the project, kept
 * between runs so the first build after a restart is incremental too. It is never the published
 * {@code site/}. When another preview of the same project holds it, a temporary folder is used
 * instead and deleted on close.
 */
final class PreviewFolder implements AutoCloseable {
    private final Path site;
    private final Path temporaryRoot;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private PreviewFolder(Path site, Path temporaryRoot, FileChannel lockChannel, FileLock lock) {
        this.site = site;
        this.temporaryRoot = temporaryRoot;
        this.lockChannel = lockChannel;
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
            FileChannel channel = NoFollow.openLock(cache.resolve("serve.lock"));
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) return new PreviewFolder(cache.resolve("site"), null, channel, lock);
            channel.close();
        } catch (NoFollow.LinkFoundException e) {
            throw e;
        } catch (IOException e) {
            // A read-only project: fall through to a temporary folder.
        }
        Path temp = Files.createTempDirectory("relations-timeline-serve");
        return new PreviewFolder(temp.resolve("site"), temp, null, null);
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
            if (temporaryRoot != null) SiteWriter.deleteTree(temporaryRoot);
        } finally {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        }
    }
}
