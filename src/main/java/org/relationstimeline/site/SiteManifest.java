package org.relationstimeline.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.Seal;

/**
 * The list of a site's files that the writer puts into every site folder, last: for each file, the
 * fingerprint of its inputs, the hash of its content and its size; and, first, the fingerprint of
 * all the site's inputs, with a seal ({@link Seal}) over the whole list.
 *
 * <pre>
 * #site  &lt;site fingerprint&gt;  &lt;seal&gt;  -
 * &lt;file&gt;  &lt;inputs&gt;  &lt;content hash&gt;  &lt;size&gt;     (one row per file, sorted, tab-separated)
 * </pre>
 *
 * A manifest vouches for its files only when its seal verifies: one that is missing, unsealed,
 * altered or malformed reads as {@link #NONE}, so a folder that did not come from this machine's
 * builds never tells a build that its files are up to date.
 */
public final class SiteManifest {
    /** Its name, inside the site folder. */
    public static final String FILE = ".rt-manifest.tsv";

    private static final String SITE_KEY = "#site";
    /** A row is about a hundred bytes: this is room for millions of files, never a heap's worth. */
    private static final long MAX_BYTES = 512L << 20;

    /** A manifest that vouches for nothing. */
    public static final SiteManifest NONE = new SiteManifest(null, Map.of(), Optional.empty());

    /** What the manifest says of one file. */
    public record Row(String inputs, String content, long size) {
        /** The content column of a large file written without its hash (see {@link SiteWriter#hashEveryFile}). */
        public static final String UNHASHED = "-";

        /** False for a file recorded without its hash: only its bytes can tell what it holds. */
        public boolean isHashed() {
            return !content.equals(UNHASHED);
        }

        /**
         * True when the file is a plain file (not a symbolic link) of the recorded size. The row
         * itself is trusted only under a verified seal; this check catches what can happen to our
         * own files afterwards (a link put in place, an edit by hand) at the cost of one lstat,
         * where reading and hashing every file would cost as much as writing it.
         */
        boolean isHeldBy(Path file) {
            try {
                return matches(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException e) {
                return false;
            }
        }

        /** A plain file that holds the content the row hashes: read whole, without following a link. */
        public boolean holdsContent(Path file) {
            try {
                byte[] bytes = NoFollow.readAll(file, size);
                return isHashed()
                        && bytes.length == size
                        && org.relationstimeline.text.Hashes.of(bytes).equals(content);
            } catch (IOException e) {
                return false;
            }
        }

        /** A plain file (attributes read without following links) of the size the row records. */
        boolean matches(BasicFileAttributes attrs) {
            return attrs.isRegularFile() && attrs.size() == size;
        }
    }

    /** Which file a manifest was read from: the same file, unchanged, needs no second reading. */
    private record Stamp(Object fileKey, FileTime modified, long size) {
        static Optional<Stamp> of(Path file) throws IOException {
            return NoFollow.lstat(file)
                    .filter(BasicFileAttributes::isRegularFile)
                    .map(a -> new Stamp(a.fileKey(), a.lastModifiedTime(), a.size()));
        }
    }

    private final String siteFingerprint;
    private final Map<String, Row> files;
    private final Optional<Stamp> readFrom;

    private SiteManifest(String siteFingerprint, Map<String, Row> files, Optional<Stamp> readFrom) {
        this.siteFingerprint = siteFingerprint;
        this.files = Collections.unmodifiableMap(files);
        this.readFrom = readFrom;
    }

    /** The manifest of a folder, or {@link #NONE} when it has none that verifies. */
    public static SiteManifest of(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        // Stamped before reading: if the file is replaced meanwhile, the stamp is the old file's and
        // a later check reads again rather than trusting these rows for the new file.
        Optional<Stamp> stamp = Stamp.of(file);
        if (stamp.isEmpty()) return NONE;
        byte[] bytes;
        try {
            bytes = NoFollow.readAll(file, MAX_BYTES);
        } catch (NoFollow.TooLargeException | NoFollow.LinkFoundException e) {
            return NONE;
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), stamp);
    }

    /** True when the folder holds a manifest under this machine's seal: a site this generator wrote. */
    public static boolean isSealedSite(Path folder) throws IOException {
        return NoFollow.isFolder(folder) && of(folder).isSealed();
    }

    /**
     * This manifest when the folder's manifest file is still the one it was read from (same file,
     * size and modification time), else the folder's manifest read afresh. The writer rereads the
     * manifest the output-folder guard read only when a build swapped in a new site meanwhile.
     */
    public SiteManifest stillIn(Path folder) throws IOException {
        Optional<Stamp> now = Stamp.of(folder.resolve(FILE));
        if (now.isEmpty()) return NONE;
        return now.equals(readFrom) ? this : of(folder);
    }

    /**
     * This manifest without the rows whose file in the folder does not hold the content the row
     * hashes: for a folder restored from elsewhere (a CI cache), where a file of the recorded size
     * could still have been altered. Those files are then made afresh, and the site is not up to
     * date. Reads and hashes every file, side by side.
     */
    public SiteManifest verifiedIn(Path folder) {
        if (!isSealed()) return this;
        Map<String, Row> kept = new java.util.concurrent.ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(e -> {
            if (e.getValue().holdsContent(folder.resolve(e.getKey()))) kept.put(e.getKey(), e.getValue());
        });
        return new SiteManifest(siteFingerprint, new HashMap<>(kept), readFrom);
    }

    public boolean isSealed() {
        return siteFingerprint != null;
    }

    /** The fingerprint of all the inputs of the site; empty for {@link #NONE}. */
    public Optional<String> siteFingerprint() {
        return Optional.ofNullable(siteFingerprint);
    }

    /** The site's files by path relative to the folder, the manifest itself not included. */
    public Map<String, Row> files() {
        return files;
    }

    /** Writes the manifest into the folder, exclusively: it must not be there yet. */
    static void write(Path folder, String siteFingerprint, Map<String, Row> files) throws IOException {
        StringBuilder rows = new StringBuilder(files.size() * 100);
        new TreeMap<>(files)
                .forEach((file, row) -> rows.append(file)
                        .append('\t')
                        .append(row.inputs())
                        .append('\t')
                        .append(row.content())
                        .append('\t')
                        .append(row.size())
                        .append('\n'));
        String seal = Seal.seal(siteFingerprint + "\n" + rows);
        String text = SITE_KEY + "\t" + siteFingerprint + "\t" + seal + "\t-\n" + rows;
        NoFollow.writeNew(folder.resolve(FILE), text.getBytes(StandardCharsets.UTF_8));
    }

    private static SiteManifest parse(String text, Optional<Stamp> stamp) {
        int firstLine = text.indexOf('\n');
        if (firstLine < 0) return NONE;
        String[] head = text.substring(0, firstLine).split("\t");
        String body = text.substring(firstLine + 1);
        if (head.length != 4 || !head[0].equals(SITE_KEY) || !Seal.verifies(head[1] + "\n" + body, head[2]))
            return NONE;
        Map<String, Row> rows = new HashMap<>();
        for (String line : body.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length != 4) continue;
            try {
                rows.put(parts[0], new Row(parts[1], parts[2], Long.parseLong(parts[3])));
            } catch (NumberFormatException e) {
                return NONE;
            }
        }
        return new SiteManifest(head[1], rows, stamp);
    }

    /**
     * True when the folder holds exactly the listed files, each as its row says, and nothing else
     * (a file planted between two builds, a link, an empty folder): one walk that follows no link.
     */
    boolean isExactlyIn(Path folder) {
        Set<String> folders = foldersOf(files.keySet());
        int[] seen = {0};
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
                    if (rel.equals(FILE)) return FileVisitResult.CONTINUE;
                    Row row = files.get(rel);
                    if (row == null || !row.matches(attrs)) {
                        exact[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    seen[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        return exact[0] && seen[0] == files.size();
    }

    /** Every folder that holds one of {@code files} (paths relative to the site, with forward slashes), at any depth. */
    public static Set<String> foldersOf(Collection<String> files) {
        Set<String> folders = new HashSet<>();
        for (String file : files) {
            for (int i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
                if (!folders.add(file.substring(0, i))) break; // its parents are in already
            }
        }
        return folders;
    }

    /** A path below the folder as the manifest writes it, with forward slashes. */
    static String relative(Path folder, Path p) {
        return folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
