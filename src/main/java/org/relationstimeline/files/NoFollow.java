package org.relationstimeline.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * File operations for everything the generator keeps beside the site (cache, lock, staging,
 * generations, manifest, the preview's folders) and for the theme. A pull request can commit a
 * symbolic link at any of those places, so none is ever followed: files are opened with
 * {@code O_NOFOLLOW}, created with {@code O_EXCL}, and folders are checked with {@code lstat}
 * before anything is made inside them. A link found is a {@link LinkFoundException} naming it.
 */
public final class NoFollow {
    private NoFollow() {}

    /** A symbolic link where the generator keeps its own files or reads its theme. */
    public static final class LinkFoundException extends IOException {
        private final Path link;

        public LinkFoundException(Path link, String role) {
            super(link + " is a symbolic link" + (role.isEmpty() ? "" : " (" + role + ")")
                    + "; links are never followed there, since a pull request can commit one: delete it");
            this.link = link;
        }

        public Path link() {
            return link;
        }
    }

    /** A file larger than its limit (checked while reading, so sparse and special files are caught too). */
    public static final class TooLargeException extends IOException {
        public TooLargeException(Path file, long limit) {
            super(file + " is larger than " + limit + " bytes");
        }
    }

    /** The file's attributes without following a link, or empty when nothing is there. */
    public static Optional<BasicFileAttributes> lstat(Path p) throws IOException {
        try {
            return Optional.of(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Throws when {@code p} is a symbolic link; nothing there, a file or a folder pass. */
    public static void refuseLink(Path p, String role) throws IOException {
        Optional<BasicFileAttributes> a = lstat(p);
        if (a.isPresent() && a.get().isSymbolicLink()) throw new LinkFoundException(p, role);
    }

    /**
     * Makes {@code dir} and its missing parents below {@code trusted} (which must exist), refusing
     * a link or a file at any step instead of following it.
     */
    public static void createFolders(Path trusted, Path dir) throws IOException {
        Path root = trusted.toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        if (!target.startsWith(root)) throw new IOException(target + " is not inside " + root);
        Path p = root;
        for (Path part : root.relativize(target)) {
            if (part.toString().isEmpty()) continue;
            p = p.resolve(part);
            Optional<BasicFileAttributes> a = lstat(p);
            if (a.isEmpty()) {
                try {
                    Files.createDirectory(p);
                } catch (FileAlreadyExistsException raced) {
                    // made meanwhile: checked below
                }
                a = lstat(p);
            }
            if (a.isPresent() && a.get().isSymbolicLink()) throw new LinkFoundException(p, "");
            if (a.isEmpty() || !a.get().isDirectory()) throw new IOException(p + " exists and is not a folder");
        }
    }

    /** A new file, created exclusively: fails when anything, a link included, is already there. */
    public static OutputStream createNew(Path file) throws IOException {
        try {
            return Files.newOutputStream(
                    file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            refuseLink(file, "");
            throw e;
        }
    }

    /** What writes a file's bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces {@code file} in one step with what {@code content} writes: a draft beside it,
     * {@code <name>.tmp}, is created exclusively (a link or a draft left by a killed run is deleted
     * first, never written through: a pull request can commit a link at that name), then moved
     * over the file. A reader sees the old file or the new one, never half of one.
     */
    public static void replace(Path file, Content content) throws IOException {
        Path tmp = draftOf(file);
        Files.deleteIfExists(tmp); // deletes a link itself, never its target
        try (OutputStream out = new BufferedOutputStream(createNew(tmp), 1 << 16)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where {@link #replace} writes before it replaces {@code file}. */
    public static Path draftOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Writes a new file exclusively. */
    public static void writeNew(Path file, byte[] content) throws IOException {
        try (OutputStream out = createNew(file)) {
            out.write(content);
        }
    }

    /** Opens (making it if missing) a lock file; a link there is refused, never followed. */
    public static FileChannel openLock(Path file) throws IOException {
        refuseLink(file, "lock file");
        try {
            return FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            refuseLink(file, "lock file");
            throw e;
        }
    }

    /** Opens a plain file for reading; a link or anything but a regular file is refused. */
    public static InputStream openRegular(Path file) throws IOException {
        Optional<BasicFileAttributes> a = lstat(file);
        if (a.isEmpty()) throw new NoSuchFileException(file.toString());
        if (a.get().isSymbolicLink()) throw new LinkFoundException(file, "");
        if (!a.get().isRegularFile()) throw new IOException(file + " is not a regular file");
        SeekableByteChannel ch = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        return Channels.newInputStream(ch);
    }

    /**
     * Reads a plain file of at most {@code limit} bytes. The limit is enforced on the bytes read,
     * not only on the size the file system reports: files under {@code /proc} report 0.
     */
    public static byte[] readAll(Path file, long limit) throws IOException {
        Optional<BasicFileAttributes> a = lstat(file);
        if (a.isPresent() && a.get().isRegularFile() && a.get().size() > limit)
            throw new TooLargeException(file, limit);
        try (InputStream in = openRegular(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) throw new TooLargeException(file, limit);
            return bytes;
        }
    }

    /** True when {@code p} is a plain folder (not a link to one). */
    public static boolean isFolder(Path p) throws IOException {
        Optional<BasicFileAttributes> a = lstat(p);
        return a.isPresent() && a.get().isDirectory();
    }

    /** Deletes a folder tree, or a file; a link inside is deleted itself, never followed. Nothing there is fine. */
    public static void deleteTree(Path dir) throws IOException {
        if (lstat(dir).isEmpty()) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
