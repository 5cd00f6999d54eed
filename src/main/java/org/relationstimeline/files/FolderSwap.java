package org.relationstimeline.files;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Renames folders. {@link #exchange} swaps two folders in one step where the system can (Linux's
 * {@code renameat2} with {@code RENAME_EXCHANGE}, since 3.15), so the published folder is never
 * missing, not even for a moment; elsewhere it falls back to two renames, and the next build
 * finishes a swap that a kill interrupted between them.
 */
public interface FolderSwap {
    /**
     * Puts the folder {@code staged} in place of {@code live}, and what {@code live} held at
     * {@code previous} (which must not exist). {@code live} may be missing.
     */
    void replace(Path staged, Path live, Path previous) throws IOException;

    /** True when {@code live} exists at every moment of {@link #replace}. */
    boolean keepsLiveInPlace();

    /** Renames {@code from} to {@code to}, which must not exist. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** The best swap this system offers. */
    static FolderSwap system() {
        return Exchange.AVAILABLE ? new Exchange() : new TwoRenames();
    }

    /** Two renames: between them {@code live} does not exist, and a kill there leaves it missing. */
    final class TwoRenames implements FolderSwap {
        @Override
        public void replace(Path staged, Path live, Path previous) throws IOException {
            if (Files.exists(live, LinkOption.NOFOLLOW_LINKS)) move(live, previous);
            move(staged, live);
        }

        @Override
        public boolean keepsLiveInPlace() {
            return false;
        }
    }

    /** One {@code renameat2(RENAME_EXCHANGE)} call through JNA, then the old site is renamed aside. */
    final class Exchange implements FolderSwap {
        private static final int AT_FDCWD = -100;
        private static final int RENAME_EXCHANGE = 2;
        private static final int EINVAL = 22;
        private static final int ENOSYS = 38;
        private static final int EOPNOTSUPP = 95;
        static final boolean AVAILABLE = probe();

        /** The C library's {@code renameat2} (glibc 2.28+). */
        interface LibC extends Library {
            int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags)
                    throws LastErrorException;
        }

        private static final class Holder {
            static final LibC C = Native.load("c", LibC.class);
        }

        private static boolean probe() {
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) return false;
            try {
                return Holder.C != null;
            } catch (Throwable e) {
                return false; // no native access here: two renames will do
            }
        }

        @Override
        public void replace(Path staged, Path live, Path previous) throws IOException {
            if (!Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
                move(staged, live);
                return;
            }
            try {
                Holder.C.renameat2(
                        AT_FDCWD,
                        staged.toAbsolutePath().toString(),
                        AT_FDCWD,
                        live.toAbsolutePath().toString(),
                        RENAME_EXCHANGE);
            } catch (LastErrorException e) {
                int errno = e.getErrorCode();
                if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
                    throw new IOException("could not swap " + staged + " and " + live + " (errno " + errno + ")", e);
                }
                // A file system or kernel without exchange: the swap still happens, in two steps.
                new TwoRenames().replace(staged, live, previous);
                return;
            }
            move(staged, previous);
        }

        @Override
        public boolean keepsLiveInPlace() {
            return true;
        }
    }
}
