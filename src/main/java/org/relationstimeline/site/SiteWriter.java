package org.relationstimeline.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.relationstimeline.files.FolderSwap;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.Seal;
import org.relationstimeline.text.Hashes;

/**
 * Writes a new site beside the current one and swaps it into place, so the published folder is
 * always a whole site: the old one or the new one. Files are never changed in place, because
 * generations share unchanged files through hard links.
 *
 * <p>In its state folder ({@link StateFiles}: {@code .rt-cache/build/site/} beside {@code site/})
 * live {@code staging} (the site being built), {@code previous} (the generation before the current
 * one) and {@code lock}. A build does not start from an empty folder: it recycles {@code previous}
 * as its staging folder, so it only touches the files
 * that differ from that generation — replacing them with hard links to the current site's files
 * when those are unchanged, or with newly written files. A build with little change therefore
 * costs few file operations, and unchanged files keep their modification times.
 *
 * <p>The manifest ({@link #MANIFEST}) is written last, so a staging folder holding one is a
 * complete site. The swap exchanges the two folders in one step where the system can
 * ({@link FolderSwap}), so {@code site/} is never missing; an interrupted swap is finished or
 * undone when the next writer opens.
 *
 * <p>None of these folders and files is trusted: a pull request can commit a link or a file at
 * any of them. Links are refused ({@link StateFiles#refuseLinks}), files are created exclusively
 * and read without following links ({@link NoFollow}), and a manifest vouches only under this
 * machine's seal ({@link Seal}).
 */
public final class SiteWriter implements AutoCloseable {
    /** Inside every site we write: output file, input fingerprint and content hash of each file. */
    public static final String MANIFEST = ".rt-manifest.tsv";
    /** The manifest's first row: the fingerprint of all the site's inputs. */
    private static final String SITE_KEY = "#site";
    /** A manifest row is about a hundred bytes: this is room for millions of files, never a heap's worth. */
    private static final long MAX_MANIFEST_BYTES = 512L << 20;

    private final Path out;
    private final Path staging;
    private final Path old;
    private final FolderSwap swap;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** The current site's files. */
    private final Map<String, ManifestRow> live;
    /** The files already in the (recycled) staging folder; prepared on first use. */
    private volatile Map<String, ManifestRow> staged;
    private final Map<String, ManifestRow> current = new ConcurrentHashMap<>();
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean committed;

    private record ManifestRow(String inputs, String content, long size) {}

    /** What a commit did. */
    public record Outcome(int written, int unchanged, int removed) {}

    /** The lock is held by another build of the same output folder. */
    public static final class BusyException extends Exception {
        public BusyException(String message) {
            super(message);
        }
    }

    private SiteWriter(StateFiles state, FolderSwap swap, FileChannel lockChannel, FileLock lock) throws IOException {
        this.out = state.out();
        this.staging = state.staging();
        this.old = state.previous();
        this.swap = swap;
        this.lockChannel = lockChannel;
        this.lock = lock;
        recover();
        this.live = readManifest(out.resolve(MANIFEST));
    }

    /**
     * True when the current site was built from inputs with this fingerprint and holds exactly
     * its files: each one the manifest lists, as the manifest says, and nothing else (a file
     * planted between two builds, a link, an empty folder). Then there is nothing to write.
     */
    public boolean upToDate(String siteFingerprint) {
        ManifestRow site = live.get(SITE_KEY);
        if (site == null || !site.inputs().equals(siteFingerprint)) return false;
        return holdsExactly(out, live);
    }

    /** One walk that does not follow links: every entry of the folder must be a listed file or a folder of one. */
    private static boolean holdsExactly(Path folder, Map<String, ManifestRow> rows) {
        Set<String> folders = new HashSet<>();
        for (String file : rows.keySet()) {
            for (int i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
                if (!folders.add(file.substring(0, i))) break;
            }
        }
        int[] files = {0};
        boolean[] exact = {true};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(folder) || folders.contains(relative(folder, dir))) return FileVisitResult.CONTINUE;
                    exact[0] = false;
                    return FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(folder, file);
                    ManifestRow row = rows.get(rel);
                    if (rel.equals(MANIFEST)) return FileVisitResult.CONTINUE;
                    if (row == null || rel.equals(SITE_KEY) || !matches(attrs, row)) {
                        exact[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    files[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        return exact[0] && files[0] == rows.size() - (rows.containsKey(SITE_KEY) ? 1 : 0);
    }

    private static String relative(Path folder, Path p) {
        return folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    /** How many files the current site has. */
    public int liveFileCount() {
        return (int) live.keySet().stream().filter(f -> !f.equals(SITE_KEY)).count();
    }

    private Map<String, ManifestRow> staged() throws IOException {
        Map<String, ManifestRow> s = staged;
        if (s == null) {
            synchronized (this) {
                if (staged == null) staged = prepareStaging();
                s = staged;
            }
        }
        return s;
    }

    /** Opens the output folder for a new build, taking its lock. */
    public static SiteWriter open(Path out) throws IOException, BusyException {
        return open(out, FolderSwap.system());
    }

    /** As {@link #open(Path)}, with the given way of swapping folders. */
    public static SiteWriter open(Path out, FolderSwap swap) throws IOException, BusyException {
        new StateFiles(out).refuseLinks();
        StateFiles state = new StateFiles(OutputFolderGuard.normal(out));
        state.refuseLinks();
        Files.createDirectories(state.out().getParent());
        state.createRoot();
        Path lockFile = state.lock();
        FileChannel channel = NoFollow.openLock(lockFile);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new BusyException("another build is writing " + out + " (lock " + lockFile
                    + " is held); wait for it to finish and try again");
        }
        try {
            return new SiteWriter(state, swap, channel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** True when the current site holds {@code file} built from the same inputs; the new site then shares it. */
    public boolean reuse(String file, String inputs) {
        ManifestRow row = live.get(file);
        if (row == null || file.equals(SITE_KEY)) return false;
        if (row == null || !row.inputs().equals(inputs)) return false;
        Path existing = out.resolve(file);
        try {
            staged();
            if (!keepStaged(file, row.content())) {
                if (!holds(existing, row)) return false;
                link(existing, replaceable(file));
            }
        } catch (IOException e) {
            return false;
        }
        current.put(file, row);
        unchanged.incrementAndGet();
        return true;
    }

    /** Adds a file; content equal to what the current site already has is shared, not written. */
    public void write(String file, byte[] content, String inputs) throws IOException {
        staged();
        String hash = Hashes.of(content);
        ManifestRow row = live.get(file);
        Path existing = out.resolve(file);
        if (keepStaged(file, hash)) {
            unchanged.incrementAndGet();
        } else if (row != null && row.content().equals(hash) && holds(existing, row)) {
            link(existing, replaceable(file));
            unchanged.incrementAndGet();
        } else {
            NoFollow.writeNew(replaceable(file), content);
            written.incrementAndGet();
        }
        current.put(file, new ManifestRow(inputs, hash, content.length));
    }

    public void write(String file, String content, String inputs) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /** The folder the new site is assembled in (for checks that run before the swap). */
    public Path stagingFolder() {
        return staging;
    }

    /**
     * Removes what the new site no longer has, writes the manifest last, then swaps: the current
     * site becomes {@code previous} (recycled by the next build) and the staged site takes its place.
     */
    public Outcome commit(String siteFingerprint) throws IOException {
        int removed = (int) live.keySet().stream().filter(f -> !f.equals(SITE_KEY) && !current.containsKey(f)).count();
        for (String file : staged().keySet()) {
            if (!file.equals(SITE_KEY) && !current.containsKey(file)) removeWithEmptyParents(target(file));
        }
        StringBuilder rows = new StringBuilder();
        new TreeMap<>(current).forEach((file, row) -> rows.append(file).append('\t').append(row.inputs()).append('\t')
                .append(row.content()).append('\t').append(row.size()).append('\n'));
        String body = siteFingerprint + "\n" + rows;
        String manifest = SITE_KEY + "\t" + siteFingerprint + "\t" + Seal.seal(body) + "\t-\n" + rows;
        NoFollow.writeNew(staging.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
        swap.replace(staging, out, old);
        committed = true;
        return new Outcome(written.get(), unchanged.get(), removed);
    }

    /** Releases the lock. Without a commit the staged files are deleted and the site is untouched. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed && staged != null) deleteTree(staging);
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /**
     * After a kill during {@link #commit}: a staged site with its manifest is complete, so the swap
     * is finished; otherwise the previous site is put back. When the site is in place, a sealed
     * site left in the staging folder (the old one, after an exchange whose second rename was cut
     * short) becomes the previous generation, to be recycled.
     */
    private void recover() throws IOException {
        // Only a folder under our own seal is a site we wrote; anything else stays out of place.
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS) && isSealedSite(staging)) FolderSwap.move(staging, old);
        } else if (isSealedSite(staging)) {
            FolderSwap.move(staging, out);
        } else if (isSealedSite(old)) {
            FolderSwap.move(old, out);
        }
    }

    /** True when the folder holds a manifest under this machine's seal: a site this generator wrote. */
    static boolean isSealedSite(Path folder) throws IOException {
        return NoFollow.isFolder(folder) && !readManifest(folder.resolve(MANIFEST)).isEmpty();
    }

    /**
     * Turns the generation before the current site into the staging folder, or starts an empty
     * one. Its manifest is deleted first: until the new manifest is written, the folder is not a
     * complete site. A leftover staging folder without a manifest is of unknown state and dropped.
     */
    private Map<String, ManifestRow> prepareStaging() throws IOException {
        deleteTree(staging);
        Map<String, ManifestRow> rows = new HashMap<>();
        if (NoFollow.isFolder(old) && Files.isRegularFile(old.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            rows = readManifest(old.resolve(MANIFEST));
            Files.delete(old.resolve(MANIFEST));
            FolderSwap.move(old, staging);
            keepOnlyListedFiles(rows);
        } else {
            deleteTree(old);
            NoFollow.createFolders(staging.getParent(), staging);
        }
        return rows;
    }

    /**
     * The recycled generation may hold more than its manifest lists (a file left by hand, a folder
     * committed to the repository): symbolic links would make later writes land outside the site
     * and unlisted files would be published unseen, so both go, and rows without a file are dropped.
     */
    private void keepOnlyListedFiles(Map<String, ManifestRow> rows) throws IOException {
        Set<String> present = new HashSet<>();
        List<Path> strays = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(staging, file);
                if (attrs.isRegularFile() && rows.containsKey(rel)) present.add(rel);
                else strays.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path stray : strays) Files.delete(stray);
        rows.keySet().retainAll(present);
    }

    /** True when the recycled staging folder already holds this content for the file. */
    private boolean keepStaged(String file, String contentHash) {
        ManifestRow row = staged.get(file);
        return row != null && row.content().equals(contentHash) && holds(target(file), row);
    }

    /**
     * True when the file is a plain file (not a symbolic link) of the size its row records. The
     * row itself is trusted only under a verified seal (see {@link Seal}), so a site or
     * generation that came from elsewhere never vouches for its files; the checks here catch what
     * can happen to our own files afterwards (a link put in place, an edit by hand) at the cost of
     * one lstat, where reading and hashing every file would cost as much as writing it.
     */
    private static boolean holds(Path file, ManifestRow row) {
        try {
            return matches(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), row);
        } catch (IOException e) {
            return false;
        }
    }

    /** A plain file (attributes read without following links) of the size the row records. */
    private static boolean matches(BasicFileAttributes attrs, ManifestRow row) {
        return attrs.isRegularFile() && attrs.size() == row.size();
    }

    /** The staged path of a file, with any stale staged copy removed and parent folders made. */
    private Path replaceable(String file) throws IOException {
        Path target = target(file);
        if (staged.containsKey(file)) Files.deleteIfExists(target);
        Path parent = target.getParent();
        // Many files share a folder: remember the folders made, since each mkdir is a slow journalled call.
        if (!madeFolders.contains(parent)) {
            Files.createDirectories(parent);
            for (Path p = parent; p != null && p.startsWith(staging) && madeFolders.add(p); p = p.getParent()) {
                // every ancestor now exists too
            }
        }
        return target;
    }

    private Path target(String file) {
        Path target = staging.resolve(file).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + file);
        }
        return target;
    }

    private void removeWithEmptyParents(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(staging) && dir.startsWith(staging); dir = dir.getParent()) {
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

    /** The rows of a manifest whose seal verifies; an unsealed or altered manifest vouches for nothing. */
    private static Map<String, ManifestRow> readManifest(Path file) throws IOException {
        Map<String, ManifestRow> rows = new HashMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return rows;
        String text;
        try {
            text = new String(NoFollow.readAll(file, MAX_MANIFEST_BYTES), StandardCharsets.UTF_8);
        } catch (NoFollow.TooLargeException | NoFollow.LinkFoundException e) {
            return rows;
        }
        int firstLine = text.indexOf('\n');
        if (firstLine < 0) return rows;
        String[] head = text.substring(0, firstLine).split("\t");
        String body = text.substring(firstLine + 1);
        if (head.length != 4 || !head[0].equals(SITE_KEY) || !Seal.verifies(head[1] + "\n" + body, head[2])) {
            return rows;
        }
        rows.put(SITE_KEY, new ManifestRow(head[1], "-", 0));
        for (String line : body.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length != 4) continue;
            try {
                rows.put(parts[0], new ManifestRow(parts[1], parts[2], Long.parseLong(parts[3])));
            } catch (NumberFormatException e) {
                return new HashMap<>();
            }
        }
        return rows;
    }

    /** Deletes a folder tree without following symbolic links out of it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw new UncheckedIOException(e);
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
