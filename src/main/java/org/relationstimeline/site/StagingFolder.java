package org.relationstimeline.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.text.Hashes;

/**
 * The new site as it is assembled in the staging folder, file by file, doing as little as it can:
 * a file the recycled generation already holds with the same content is kept as it is; one the
 * live site holds unchanged is shared with it through a hard link (so it keeps its modification
 * time); only the others are written, always as new files, never in place, since generations share
 * files. Safe to call from many threads.
 */
final class StagingFolder {
    private final Path staging;
    private final Path live;
    private final Map<String, SiteManifest.Row> liveFiles;
    /** What the recycled generation holds; a file replaced here is first removed from it. */
    private final Map<String, SiteManifest.Row> recycled;

    /** Whether a large file newly written is hashed too (see {@link SiteWriter#hashEveryFile}). */
    private final boolean hashEveryFile;

    private final Map<String, SiteManifest.Row> written = new ConcurrentHashMap<>();
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger newFiles = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    /**
     * @param recycled the files the staging folder already holds (see {@link Generations#recycle})
     * @param live the current site, whose manifest lists {@code liveFiles}
     */
    StagingFolder(
            Path staging,
            Map<String, SiteManifest.Row> recycled,
            Path live,
            Map<String, SiteManifest.Row> liveFiles,
            boolean hashEveryFile) {
        this.hashEveryFile = hashEveryFile;
        this.staging = staging;
        this.recycled = recycled;
        this.live = live;
        this.liveFiles = liveFiles;
    }

    /** Takes the live site's file when it was built from the same inputs; false when it cannot. */
    boolean reuse(String file, String inputs) {
        SiteManifest.Row row = liveFiles.get(file);
        if (row == null || !row.inputs().equals(inputs)) return false;
        try {
            if (!keepsRecycled(file, row.content())) {
                Path existing = live.resolve(file);
                if (!row.isHeldBy(existing)) return false;
                link(existing, replaceable(file));
            }
        } catch (IOException e) {
            return false;
        }
        written.put(file, row);
        unchanged.incrementAndGet();
        return true;
    }

    /**
     * Adds a file; content equal to what the live site or the recycled generation has is shared, not
     * written. A null {@code inputs} means the file is known by its content: its hash stands for them.
     */
    void write(String file, byte[] content, String inputs) throws IOException {
        SiteManifest.Row row = liveFiles.get(file);
        Path existing = live.resolve(file);
        String hash;
        if (content.length >= COMPARE_FROM) {
            // Comparing bytes costs a read; hashing a large file costs far more (SHA-256 runs without the
            // JIT's intrinsic under the launcher's C1-only options), and most large files made again are
            // unchanged. Only a file that holds exactly these bytes is kept, so its row's hash is theirs.
            hash = placeLarge(
                    file,
                    content.length,
                    p -> Arrays.equals(NoFollow.readAll(p, content.length), content),
                    t -> NoFollow.writeNew(t, content));
            if (hashEveryFile && hash.equals(SiteManifest.Row.UNHASHED)) hash = Hashes.of(content);
        } else {
            hash = Hashes.of(content);
            if (keepsRecycled(file, hash)) {
                unchanged.incrementAndGet();
            } else if (row != null && row.content().equals(hash) && row.isHeldBy(existing)) {
                link(existing, replaceable(file));
                unchanged.incrementAndGet();
            } else {
                NoFollow.writeNew(replaceable(file), content);
                newFiles.incrementAndGet();
            }
        }
        written.put(file, new SiteManifest.Row(inputs == null ? hash : inputs, hash, content.length));
    }

    /**
     * Adds a file whose text is written as it is made. Up to {@link #SPILL_FROM} bytes it is added as
     * {@link #write(String, byte[], String)} adds bytes; past that it goes to a part file beside its
     * place, compared as large contents are with the previous files, and moved into place only when
     * it differs from both. The part file is deleted whatever happens; one left by a build killed
     * outright is in the staging folder, which the next build deletes before it recycles the
     * previous generation.
     */
    void write(String file, OutputFile.Text text, String inputs) throws IOException {
        Path target = target(file);
        makeParents(target);
        Path part = target.resolveSibling("." + target.getFileName() + ".rt-part");
        SpillingOutput bytes = new SpillingOutput(SPILL_FROM, part, hashEveryFile);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            text.writeTo(out);
        } catch (IOException | RuntimeException e) {
            try {
                bytes.discard();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup); // the first failure is the one to report
            }
            throw e;
        }
        if (!bytes.spilled()) {
            write(file, bytes.held(), inputs);
            return;
        }
        try {
            long size = bytes.size();
            String hash = placeLarge(file, size, p -> sameBytes(p, part, size), t -> Files.move(part, t));
            if (hash.equals(SiteManifest.Row.UNHASHED)) hash = bytes.hash();
            written.put(file, new SiteManifest.Row(inputs == null ? hash : inputs, hash, bytes.size()));
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Whether a file already there holds the bytes of a large file being added. */
    @FunctionalInterface
    private interface SameBytes {
        boolean in(Path file) throws IOException;
    }

    /** Puts a large file's bytes at its place in the staging folder, as a new file. */
    @FunctionalInterface
    private interface NewFile {
        void writeTo(Path target) throws IOException;
    }

    /**
     * Places a large file: the recycled generation's copy is kept, or the live site's shared through
     * a hard link (so it keeps its modification time), when that file is the one its row lists and
     * holds exactly these bytes, so the row's hash is theirs; otherwise it is made new. Returns the
     * hash of the row kept, or {@link SiteManifest.Row#UNHASHED} for a new file.
     */
    private String placeLarge(String file, long size, SameBytes same, NewFile make) throws IOException {
        SiteManifest.Row kept = recycled.get(file);
        if (holds(kept, target(file), size, same)) {
            unchanged.incrementAndGet();
            return kept.content();
        }
        SiteManifest.Row row = liveFiles.get(file);
        Path existing = live.resolve(file);
        if (holds(row, existing, size, same)) {
            link(existing, replaceable(file));
            unchanged.incrementAndGet();
            return row.content();
        }
        make.writeTo(replaceable(file));
        newFiles.incrementAndGet();
        return SiteManifest.Row.UNHASHED;
    }

    /** Files made as text go to a part file past this many bytes, instead of being held in memory. */
    static final int SPILL_FROM = 1 << 20;

    /** Removes the recycled files the new site does not have, with folders left empty. */
    void dropUnwritten() throws IOException {
        for (String file : recycled.keySet()) {
            if (!written.containsKey(file)) removeWithEmptyParents(target(file));
        }
    }

    /** The new site's files so far. */
    Map<String, SiteManifest.Row> files() {
        return written;
    }

    int newFiles() {
        return newFiles.get();
    }

    int unchangedFiles() {
        return unchanged.get();
    }

    /** Files at least this large are compared byte for byte with the previous ones before being hashed. */
    static final int COMPARE_FROM = 4096;

    /** True when {@code file} is the one {@code row} lists (by size) and holds the same bytes. */
    private static boolean holds(SiteManifest.Row row, Path file, long size, SameBytes same) {
        if (row == null || row.size() != size) return false;
        try {
            return same.in(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the two files hold the same {@code size} bytes, read side by side without following a link. */
    private static boolean sameBytes(Path file, Path part, long size) throws IOException {
        try (InputStream a = NoFollow.openRegular(file);
                InputStream b = NoFollow.openRegular(part)) {
            byte[] x = new byte[1 << 16];
            byte[] y = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(x.length, left);
                if (a.readNBytes(x, 0, n) != n || b.readNBytes(y, 0, n) != n) return false;
                if (!Arrays.equals(x, 0, n, y, 0, n)) return false;
                left -= n;
            }
            return a.read() < 0;
        }
    }

    /** True when the recycled generation already holds this content for the file. */
    private boolean keepsRecycled(String file, String contentHash) {
        SiteManifest.Row row = recycled.get(file);
        // Two unhashed files are not known to be the same.
        return row != null && row.isHashed() && row.content().equals(contentHash) && row.isHeldBy(target(file));
    }

    /** The staged path of a file, with any stale recycled copy removed and parent folders made. */
    private Path replaceable(String file) throws IOException {
        Path target = target(file);
        if (recycled.containsKey(file)) Files.deleteIfExists(target);
        makeParents(target);
        return target;
    }

    private void makeParents(Path target) throws IOException {
        Path parent = target.getParent();
        // Many files share a folder: remember the folders made, since each mkdir is a slow journalled call.
        if (!madeFolders.contains(parent)) {
            Files.createDirectories(parent);
            for (Path p = parent; p != null && p.startsWith(staging) && madeFolders.add(p); p = p.getParent()) {
                // every ancestor now exists too
            }
        }
    }

    /** Where a file goes; a path that would leave the staging folder is refused. */
    private Path target(String file) {
        Path target = staging.resolve(file).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + file);
        }
        return target;
    }

    private void removeWithEmptyParents(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent();
                dir != null && !dir.equals(staging) && dir.startsWith(staging);
                dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private static void link(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException e) {
            // File systems without hard links: a copy keeps the content and modification time.
            Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
