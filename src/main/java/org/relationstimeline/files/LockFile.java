package org.relationstimeline.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An exclusive lock on a file, held until closed: it keeps two builds of one output folder, or
 * two previews of one project, apart. The lock is the operating system's, so it is released
 * when the process dies however it dies, and a lock file left behind blocks nobody.
 */
public final class LockFile implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LockFile(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, making the file if missing; empty when another process, or another part
     * of this one, holds it. A link at the file is refused ({@link NoFollow#openLock}), never followed.
     */
    public static Optional<LockFile> tryTake(Path file) throws IOException {
        FileChannel channel = NoFollow.openLock(file);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held within this JVM
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new LockFile(channel, lock));
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
