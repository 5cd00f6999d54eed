package org.relationstimeline.files;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.relationstimeline.text.Hashes;

/**
 * Files as {@code lstat} sees them (type, size, modification time in nanoseconds, device and
 * inode), folded into one digest: the same digest means that nothing was added, removed, renamed
 * or rewritten, without reading a byte. This is how make and ninja decide that there is nothing to
 * do; like git's index, a stamp does not trust the stat alone of files modified too close to the
 * moment it was taken ({@link #RACY_MILLIS}), where a file system's coarse clock could hide a
 * second edit: their bytes are compared as well.
 */
public record StatStamp(String digest, Map<String, String> racy) {
    /** A file modified this close to a stamp's walk (or later) could change again unseen. */
    public static final long RACY_MILLIS = 2_000;
    /** The racy files of one stamp are hashed up to this many bytes together; past it the trees are not stamped. */
    static final long MAX_RACY_BYTES = 8L << 20;

    /**
     * @param digest the digest of the stat of every file and folder
     * @param racy the files (by absolute path) modified within {@link #RACY_MILLIS} of the walk or
     *     later, with the SHA-256 of their content at the walk: their stat alone cannot tell a second
     *     edit within the same clock tick, so their content is compared too (git's "racy clean" rule)
     */
    public StatStamp {
        racy = Map.copyOf(racy);
    }

    /** The same stamp with {@code more} folded into its digest (options, versions: what the files alone do not say). */
    public StatStamp with(String more) {
        return new StatStamp(Hashes.of(digest + "\n" + more), racy);
    }

    /**
     * Writes the stamp as the records keep it: the digest, then the racy files' paths and, in the
     * same order, their hashes.
     */
    public void writeTo(DataOutputStream out) throws IOException {
        List<Map.Entry<String, String>> files = List.copyOf(racy.entrySet());
        BinaryFields.writeString(out, digest);
        BinaryFields.writeStrings(out, files.stream().map(Map.Entry::getKey).toList());
        for (Map.Entry<String, String> file : files) BinaryFields.writeString(out, file.getValue());
    }

    /** A stamp as {@link #writeTo} wrote it. */
    public static StatStamp readFrom(DataInputStream in) throws IOException {
        String digest = BinaryFields.readString(in);
        List<String> files = BinaryFields.readStrings(in);
        Map<String, String> racy = new HashMap<>();
        for (String file : files) racy.put(file, BinaryFields.readString(in));
        return new StatStamp(digest, racy);
    }

    /**
     * True when {@code now}, taken of the same trees later, shows them as this stamp did: the same
     * stat everywhere, and each file that was racy then still holding the same bytes.
     */
    public boolean stillHolds(StatStamp now) {
        if (!digest.equals(now.digest)) return false;
        for (Map.Entry<String, String> file : racy.entrySet()) {
            Optional<String> hash = contentHash(Path.of(file.getKey()));
            if (hash.isEmpty() || !hash.get().equals(file.getValue())) return false;
        }
        return true;
    }

    /**
     * The stamp of every file and folder under each root (a root may be a file, or missing), walked
     * without following links; empty when a link or a special file is found (what it leads to would
     * not be stamped), when folders nest deeper than {@link #MAX_DEPTH}, or when the racy files are
     * more than {@link #MAX_RACY_BYTES} together (as after a fresh checkout, where every file is new:
     * hashing them all would cost more than the shortcut saves).
     */
    public static Optional<StatStamp> ofTrees(List<Path> roots) throws IOException {
        Walk walk = new Walk(System.currentTimeMillis() - RACY_MILLIS);
        MessageDigest digest = Hashes.digest();
        try {
            for (Path root : roots) {
                Optional<BasicFileAttributes> a = NoFollow.lstat(root);
                if (a.isEmpty()) digest.update((byte) 0);
                else if (a.get().isDirectory()) digest.update(new Folder(root, 0, walk).invoke());
                else digest.update(walk.fileRow(root, a.get()));
            }
        } catch (Untrusted e) {
            return Optional.empty();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Optional.of(new StatStamp(Hashes.hex(digest), walk.racy));
    }

    /** Folders nested deeper than this are not stamped (the walk is recursive; content this deep is not an editor's). */
    static final int MAX_DEPTH = 64;

    /** A link, a special file, a tree too deep or too many racy bytes: the stamp would not vouch for what is read. */
    private static final class Untrusted extends RuntimeException {
        Untrusted() {
            super(null, null, false, false);
        }
    }

    /** What one walk shares between its folders, which are stamped side by side. */
    private static final class Walk {
        final long racyFrom;
        final Map<String, String> racy = new ConcurrentHashMap<>();
        final AtomicLong racyBytes = new AtomicLong();

        Walk(long racyFrom) {
            this.racyFrom = racyFrom;
        }

        byte[] fileRow(Path file, BasicFileAttributes a) {
            if (!a.isRegularFile()) throw new Untrusted();
            if (a.lastModifiedTime().toMillis() >= racyFrom) {
                if (racyBytes.addAndGet(a.size()) > MAX_RACY_BYTES) throw new Untrusted();
                racy.put(file.toAbsolutePath().toString(), contentHash(file).orElseThrow(Untrusted::new));
            }
            return (file.getFileName() + "\t" + a.size() + "\t"
                            + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\t" + Objects.hashCode(a.fileKey())
                            + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The SHA-256 of a plain file's bytes, read without following a link; empty when it cannot be read whole. */
    private static Optional<String> contentHash(Path file) {
        try {
            return Optional.of(Hashes.of(NoFollow.readAll(file, MAX_RACY_BYTES)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * One folder's digest: its entries in listing order (the same for a folder left as it was; a
     * folder listed in another order only costs the next build its shortcut), then its
     * subfolders' digests, which are worked out side by side.
     */
    private static final class Folder extends RecursiveTask<byte[]> {
        private final Path dir;
        private final int depth;
        private final Walk walk;

        Folder(Path dir, int depth, Walk walk) {
            this.dir = dir;
            this.depth = depth;
            this.walk = walk;
        }

        @Override
        protected byte[] compute() {
            if (depth > MAX_DEPTH) throw new Untrusted();
            MessageDigest digest = Hashes.digest();
            List<Folder> folders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    BasicFileAttributes a =
                            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isDirectory()) {
                        digest.update((p.getFileName() + "/\n").getBytes(StandardCharsets.UTF_8));
                        folders.add(new Folder(p, depth + 1, walk));
                    } else {
                        digest.update(walk.fileRow(p, a));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            invokeAll(folders);
            for (Folder f : folders) digest.update(f.join());
            return digest.digest();
        }
    }

    /**
     * The digest of the named paths below {@code root} (files and folders alike; a missing one
     * counts as missing), each stat side by side: a folder's modification time changes when an
     * entry is added to it, removed or renamed, so stamping a tree's folders and files by name
     * catches a planted file without listing a single folder.
     */
    public static Optional<String> ofPaths(Path root, List<String> paths) {
        // Stat side by side into one array in the list's order, then one digest over it: no row text.
        long[] stats = new long[paths.size() * FIELDS];
        try {
            IntStream.range(0, paths.size()).parallel().forEach(i -> {
                String p = paths.get(i);
                statInto(p.isEmpty() ? root : root.resolve(p), stats, i * FIELDS);
            });
        } catch (UncheckedIOException e) {
            return Optional.empty(); // a folder that cannot be read: no stamp, rather than one that matches itself
        }
        ByteBuffer bytes = ByteBuffer.allocate(stats.length * Long.BYTES);
        bytes.asLongBuffer().put(stats);
        MessageDigest digest = Hashes.digest();
        digest.update(bytes.array());
        return Optional.of(Hashes.hex(digest));
    }

    private static final int FIELDS = 4;

    private static void statInto(Path p, long[] into, int at) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            into[at] = a.isRegularFile() ? 1 : a.isDirectory() ? 2 : a.isSymbolicLink() ? 3 : 4;
            into[at + 1] = a.size();
            into[at + 2] = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            into[at + 3] = Objects.hashCode(a.fileKey()); // device and inode: a copy made with its times kept differs
        } catch (NoSuchFileException e) {
            into[at] = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
